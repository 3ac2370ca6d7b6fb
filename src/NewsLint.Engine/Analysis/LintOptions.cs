using System;

namespace NewsLint.Analysis;

/// <summary>What a host tells the engine; the engine reads no clock, environment or file of its own.</summary>
public sealed class LintOptions
{
    public static readonly LintOptions Default = new();

    /// <summary>The language when front matter names none and detection is unsure (e.g. from configuration).</summary>
    public string? DefaultLanguage { get; init; }

    /// <summary>"Today", for rules that reason about recency; null when the host does not say.</summary>
    public DateTime? Today { get; init; }

    /// <summary>Quotations shorter than this many words are terms, not speech (scare quotes, titles).</summary>
    public int MinimumQuotationWords { get; init; } = 4;

    /// <summary>Characters of an article that are checked; past this only the lines before it are, with NL0008.</summary>
    public int MaxArticleLength { get; init; } = DefaultMaxArticleLength;

    /// <summary>4 Mi characters: about a hundred times the longest news article.</summary>
    public const int DefaultMaxArticleLength = 4 * 1024 * 1024;
}
