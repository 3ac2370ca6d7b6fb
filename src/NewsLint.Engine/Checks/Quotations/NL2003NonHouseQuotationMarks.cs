using System;
using System.Collections.Immutable;
using NewsLint.Analysis;
using NewsLint.Diagnostics;
using NewsLint.Recognizers.Quotations;
using NewsLint.Rules.Languages;
using NewsLint.Text;

namespace NewsLint.Checks.Quotations;

/// <summary>NL2003: a top-level quotation set in marks other than the house style's (<c>‘’…’’</c> where the house writes <c>“…”</c>).</summary>
public sealed class NL2003NonHouseQuotationMarks : ArticleRule
{
    public static readonly RuleDescriptor Descriptor = new(
        id: "NL2003",
        title: "Quotation marks differ from the house style",
        messageFormat: "Quotation set in {0} … {1}; the house style is {2} … {3}",
        category: NL2001UnattributedQuotation.Category,
        defaultSeverity: Severity.Info,
        description: "A top-level quotation uses a pair of marks other than quotation-marks.house in rules/languages/*.yaml. Nested quotations may use the inner pair.");

    public override ImmutableArray<RuleDescriptor> Descriptors { get; } = ImmutableArray.Create(Descriptor);

    public override void Analyze(ArticleContext context)
    {
        if (context.Language?.HouseQuotationMarks is not { } house)
        {
            return;
        }

        foreach (Quotation quotation in context.Get(QuotationRecognizer.Instance).Quotations)
        {
            if (quotation.Depth > 0 || quotation.Pair is not { } pair || IsHouse(pair, house))
            {
                continue;
            }

            QuotationPart first = quotation.Parts[0];
            QuotationPart last = quotation.Parts[quotation.Parts.Length - 1];
            TextSpan close = last.ClosingMarkSourceSpan;
            var properties = ImmutableDictionary<string, string>.Empty
                .Add("CloseStart", close.Start.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Add("CloseLength", close.Length.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Add("HouseOpen", house.Open)
                .Add("HouseClose", house.Close);
            context.Report(Descriptor, first.OpeningMarkSourceSpan, properties, pair.Open, pair.Close, house.Open, house.Close);
        }
    }

    private static bool IsHouse(QuotePair pair, QuotePair house) =>
        string.Equals(pair.Open, house.Open, StringComparison.Ordinal) && string.Equals(pair.Close, house.Close, StringComparison.Ordinal);
}
