using System.Collections.Immutable;
using NewsLint.Analysis;
using NewsLint.Diagnostics;
using NewsLint.Recognizers.Canon;

namespace NewsLint.Checks.Canon;

/// <summary>
/// NL3003: a quotation is attributed to an article of an instrument whose text NewsLint has in the article's language,
/// and it matches none of the instrument's clauses.
/// </summary>
public sealed class NL3003QuotationMatchesNoClause : ArticleRule
{
    public static readonly RuleDescriptor Descriptor = new(
        id: "NL3003",
        title: "Quotation matches no clause of the cited instrument",
        messageFormat: "This quotation is attributed to {0} but matches none of its clauses in rules/canon; check the wording and the citation",
        category: CanonWording.Category,
        defaultSeverity: Severity.Warning,
        description: "A quotation is cited as an article of an instrument whose clauses are in rules/canon in the article's language, and its words match none of them.");

    public override ImmutableArray<RuleDescriptor> Descriptors { get; } = ImmutableArray.Create(Descriptor);

    public override void Analyze(ArticleContext context)
    {
        foreach (ClauseMatch match in context.Get(ClauseMatchRecognizer.Instance))
        {
            if (match.Alignment is null && match.Citation is { Instrument: { } instrument } citation)
            {
                context.Report(Descriptor, match.ContentSourceSpan, $"{instrument.NameFor(context.Language?.Code ?? "en")} ({citation.Text})");
            }
        }
    }
}
