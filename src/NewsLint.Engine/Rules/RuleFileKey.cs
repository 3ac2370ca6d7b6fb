using System;
using System.Collections.Generic;

namespace NewsLint.Rules;

/// <summary>
/// A cache key made of rule files' paths and texts themselves, compared in full: equal keys mean equal files, so a hit
/// can never return another file's rules, and no cryptographic hash (nor the crypto library's start-up) is needed to
/// find one. The strings' own hash codes only pick the bucket.
/// </summary>
internal sealed class RuleFileKey : IEquatable<RuleFileKey>
{
    private readonly string _kind;
    private readonly RuleFile[] _files;
    private readonly int _hash;

    /// <summary>One file, read as <paramref name="kind"/>.</summary>
    public RuleFileKey(string kind, RuleFile file)
        : this(kind, new[] { file })
    {
    }

    /// <summary>A whole set, in the order its files are combined.</summary>
    public RuleFileKey(IReadOnlyList<RuleFile> files)
        : this(string.Empty, Copy(files))
    {
    }

    private RuleFileKey(string kind, RuleFile[] files)
    {
        _kind = kind;
        _files = files;
        int hash = StringComparer.Ordinal.GetHashCode(kind);
        foreach (RuleFile file in files)
        {
            hash = Combine(hash, file.ContentHashCode);
        }

        _hash = hash;
    }

    public bool Equals(RuleFileKey? other)
    {
        if (other is null || other._hash != _hash || other._files.Length != _files.Length || !string.Equals(other._kind, _kind, StringComparison.Ordinal))
        {
            return false;
        }

        for (int i = 0; i < _files.Length; i++)
        {
            RuleFile mine = _files[i];
            RuleFile theirs = other._files[i];
            if (!ReferenceEquals(mine, theirs)
                && !(string.Equals(mine.Path, theirs.Path, StringComparison.Ordinal) && string.Equals(mine.Text, theirs.Text, StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as RuleFileKey);

    public override int GetHashCode() => _hash;

    /// <summary>Mixes one more hash code in; <see cref="RuleFile.ContentHashCode"/> combines its path and text alike.</summary>
    internal static int Combine(int hash, int next) => unchecked((hash * -1521134295) + next);

    private static RuleFile[] Copy(IReadOnlyList<RuleFile> files)
    {
        var copy = new RuleFile[files.Count];
        for (int i = 0; i < copy.Length; i++)
        {
            copy[i] = files[i];
        }

        return copy;
    }
}
