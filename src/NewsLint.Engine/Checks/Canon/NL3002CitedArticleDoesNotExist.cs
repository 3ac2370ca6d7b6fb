using System.Collections.Immutable;
using NewsLint.Analysis;
using NewsLint.Diagnostics;
using NewsLint.Recognizers.Canon;

namespace NewsLint.Checks.Canon;

/// <summary>NL3002: a citation names an article number the instrument does not have (<c>Article 15 of the North Atlantic Treaty</c>).</summary>
public sealed class NL3002CitedArticleDoesNotExist : ArticleRule
{
    public static readonly RuleDescriptor Descriptor = new(
        id: "NL3002",
        title: "Cited article does not exist",
        messageFormat: "{0} has {1} articles; there is no Article {2} (rules/canon: {3})",
        category: CanonWording.Category,
        defaultSeverity: Severity.Warning,
        description: "A citation names an instrument from rules/canon and an article number beyond the instrument's number of articles.");

    public override ImmutableArray<RuleDescriptor> Descriptors { get; } = ImmutableArray.Create(Descriptor);

    public override void Analyze(ArticleContext context)
    {
        foreach (Citation citation in context.Get(CitationRecognizer.Instance))
        {
            if (citation is not { InstrumentNamed: true, Instrument: { Articles: int count } instrument }
                || !int.TryParse(citation.Article, out int number) || (number >= 1 && number <= count))
            {
                continue;
            }

            context.Report(Descriptor, citation.SourceSpan, instrument.NameFor(context.Language?.Code ?? "en"), count, citation.Article, instrument.Id);
        }
    }
}
