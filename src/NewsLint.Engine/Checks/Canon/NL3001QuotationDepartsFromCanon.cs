using System.Collections.Immutable;
using System.Globalization;
using NewsLint.Analysis;
using NewsLint.Canon;
using NewsLint.Diagnostics;
using NewsLint.Recognizers.Canon;
using NewsLint.Rules.Canon;

namespace NewsLint.Checks.Canon;

/// <summary>
/// NL3001: a quotation matched to a canonical clause (<c>rules/canon</c>) departs from it. Against an authentic text
/// every difference is a warning; against a reference translation only material changes (numbers, negations, modals,
/// time words, parties, conditions: the language's <c>canon.material</c> vocabulary) are, and the rest is info.
/// </summary>
public sealed class NL3001QuotationDepartsFromCanon : ArticleRule
{
    public static readonly RuleDescriptor Descriptor = new(
        id: "NL3001",
        title: "Quotation departs from the canonical text",
        messageFormat: "This quotation departs from {0}: {1}% similar; {2}",
        category: CanonWording.Category,
        defaultSeverity: Severity.Warning,
        description: "A quotation matched to a canonical clause in rules/canon differs from it word by word. Against an authentic text every difference is reported as a warning; against a reference translation material changes (numbers, negations, modals, time words, parties, conditions) are warnings and other differences info.");

    public override ImmutableArray<RuleDescriptor> Descriptors { get; } = ImmutableArray.Create(Descriptor);

    /// <summary>The message format's text around its three arguments: a message is written in one builder.</summary>
    private static readonly string[]? AroundArguments = CanonWording.AroundThreeArguments(Descriptor.MessageFormat);

    public override void Analyze(ArticleContext context)
    {
        foreach (ClauseMatch match in context.Get(ClauseMatchRecognizer.Instance))
        {
            if (match.Alignment is not { } alignment || alignment.Edits.IsEmpty)
            {
                continue;
            }

            Severity severity = alignment.Clause.IsAuthentic || alignment.HasMaterialEdits ? Severity.Warning : Severity.Info;
            int percent = (int)System.Math.Floor(alignment.Similarity * 100);
            string message = AroundArguments is { } around ? CanonWording.Message(around, alignment, percent)
                : Descriptor.FormatMessage(CanonWording.Clause(alignment), percent.ToString(CultureInfo.InvariantCulture), CanonWording.Edits(alignment.Edits));
            context.Report(Descriptor, severity, match.ContentSourceSpan, CanonWording.Properties(alignment), message);
        }
    }
}
