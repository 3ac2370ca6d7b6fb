using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
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

    /// <summary>A clause's own properties, made once: each addition to an immutable dictionary builds a node path.</summary>
    private static readonly ConditionalWeakTable<CanonClause, ImmutableDictionary<string, string>> ClauseProperties = new();

    private static readonly ConditionalWeakTable<CanonClause, ImmutableDictionary<string, string>>.CreateValueCallback Properties = clause =>
        ImmutableDictionary<string, string>.Empty.Add("clause", clause.Id).Add("ruleFile", clause.SourcePath);

    public override void Analyze(ArticleContext context)
    {
        foreach (ClauseMatch match in context.Get(ClauseMatchRecognizer.Instance))
        {
            if (match.Alignment is not { } alignment || alignment.Edits.IsEmpty)
            {
                continue;
            }

            Severity severity = alignment.Clause.IsAuthentic || alignment.HasMaterialEdits ? Severity.Warning : Severity.Info;
            string percent = ((int)System.Math.Floor(alignment.Similarity * 100)).ToString(CultureInfo.InvariantCulture);
            ImmutableDictionary<string, string> properties = ClauseProperties.GetValue(alignment.Clause, Properties)
                .Add("similarity", alignment.Similarity.ToString("0.00", CultureInfo.InvariantCulture));
            context.Report(Descriptor, severity, match.ContentSourceSpan, properties, Descriptor.FormatMessage(CanonWording.Clause(alignment), percent, CanonWording.Edits(alignment.Edits)));
        }
    }
}
