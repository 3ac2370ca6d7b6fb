using System;
using System.Collections.Immutable;
using NewsLint.Analysis;
using NewsLint.Canon;
using NewsLint.Diagnostics;
using NewsLint.Recognizers.Canon;
using NewsLint.Recognizers.Dates;
using NewsLint.Rules.Canon;

namespace NewsLint.Checks.Canon;

/// <summary>
/// NL3004: a quotation follows a wording of a clause that is no longer in force (its <c>version.until</c> in
/// <c>rules/canon</c> is on or before the article's date, or set at all when the article has none). Reported once
/// for a clause quoted over consecutive quotations, on the first.
/// </summary>
public sealed class NL3004QuotationFollowsSupersededVersion : ArticleRule
{
    public static readonly RuleDescriptor Descriptor = new(
        id: "NL3004",
        title: "Quotation follows a superseded wording",
        messageFormat: "This quotation follows the {0} wording of {1}, which was changed on {2}{3} ({4}); quote the wording in force or say which wording you quote",
        category: CanonWording.Category,
        defaultSeverity: Severity.Warning,
        description: "The clause a quotation matches best is a version whose 'until' date in rules/canon is past: the law it quotes has since changed.");

    public override ImmutableArray<RuleDescriptor> Descriptors { get; } = ImmutableArray.Create(Descriptor);

    public override void Analyze(ArticleContext context)
    {
        ImmutableArray<ClauseMatch> matches = context.Get(ClauseMatchRecognizer.Instance);
        if (matches.IsEmpty)
        {
            return;
        }

        DateTime? published = DateRecognizer.ParsePublicationDate(context.Document.FrontMatter.Date) ?? context.Options.Today;
        foreach (ClauseMatch match in matches)
        {
            if (match.ContinuesPrevious || match.Alignment is not { } alignment || alignment.Clause.Version is not { Until: { } until } version || (published is { } day && day < until))
            {
                continue;
            }

            CanonClause clause = alignment.Clause;
            string by = version.ChangedBy is null ? string.Empty : " by " + version.ChangedBy;
            context.Report(Descriptor, match.ContentSourceSpan, version.Name, clause.Title("en") + " " + alignment.ParagraphText, CanonWording.Day(until), by, clause.SourcePath);
        }
    }
}
