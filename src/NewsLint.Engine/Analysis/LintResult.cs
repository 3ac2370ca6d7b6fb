using System.Collections.Generic;
using System.Collections.Immutable;
using NewsLint.Diagnostics;
using NewsLint.Markdown;

namespace NewsLint.Analysis;

/// <summary>The outcome of linting one article.</summary>
public sealed class LintResult
{
    internal LintResult(ArticleDocument? document, string? language, ImmutableArray<LintDiagnostic> diagnostics, IReadOnlyDictionary<object, object> mentions)
    {
        Document = document;
        Language = language;
        Diagnostics = diagnostics;
        Mentions = mentions;
    }

    /// <summary>The parsed article, or null when it could not be parsed at all.</summary>
    public ArticleDocument? Document { get; }

    /// <summary>The language code the article was checked as, or null.</summary>
    public string? Language { get; }

    /// <summary>Findings in source order, at their default (or rule-file) severity; hosts apply configuration.</summary>
    public ImmutableArray<LintDiagnostic> Diagnostics { get; }

    /// <summary>The mentions recognizers found, keyed by recognizer, for explanations.</summary>
    public IReadOnlyDictionary<object, object> Mentions { get; }

    /// <summary>
    /// The same findings without the parsed document and mentions, for hosts that keep many results until they
    /// report (the CLI over an archive): an article's result then costs its findings, not its whole parse.
    /// </summary>
    public LintResult WithoutDetails() =>
        Document is null && Mentions.Count == 0 ? this : new LintResult(null, Language, Diagnostics, NoMentions);

    private static readonly IReadOnlyDictionary<object, object> NoMentions = new Dictionary<object, object>();
}
