using System;

namespace NewsLint.Rules;

/// <summary>A rule file's path and text, as the host read it. The engine never opens files itself.</summary>
public sealed class RuleFile
{
    public RuleFile(string path, string text)
    {
        Path = path ?? throw new ArgumentNullException(nameof(path));
        Text = text ?? throw new ArgumentNullException(nameof(text));
        ContentHashCode = RuleFileKey.Combine(StringComparer.Ordinal.GetHashCode(path), StringComparer.Ordinal.GetHashCode(text));
    }

    /// <summary>Where the file lives; the folder name above it (languages, places, ...) says what kind of rules it holds.</summary>
    public string Path { get; }

    public string Text { get; }

    /// <summary>An ordinal hash code of the path and text, taken once: the loader's set and file keys both use it.</summary>
    internal int ContentHashCode { get; }

    public override string ToString() => Path;
}
