using System.Collections.Immutable;
using NewsLint.Text;

namespace NewsLint.Markdown;

/// <summary>The article's YAML front matter: the keys NewsLint understands, and where the block stands.</summary>
public sealed class FrontMatter
{
    public static readonly FrontMatter None = new(null, null, null, null, ImmutableArray<string>.Empty, default, false);

    public FrontMatter(string? title, string? date, string? language, string? rawText, ImmutableArray<string> disabledRules, TextSpan span, bool exists)
    {
        Title = title;
        Date = date;
        Language = language;
        RawText = rawText;
        DisabledRules = disabledRules;
        Span = span;
        Exists = exists;
    }

    public string? Title { get; }

    /// <summary>The publication date as written (ISO 8601 expected); date rules interpret it.</summary>
    public string? Date { get; }

    /// <summary>The language code (<c>lang</c> or <c>language</c>).</summary>
    public string? Language { get; }

    /// <summary>The YAML text between the fences.</summary>
    public string? RawText { get; }

    /// <summary>IDs listed under <c>newslint-disable</c>; "all" disables every rule for the file.</summary>
    public ImmutableArray<string> DisabledRules { get; }

    public TextSpan Span { get; }

    public bool Exists { get; }
}
