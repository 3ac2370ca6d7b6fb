using System.Collections.Immutable;
using NewsLint.Analysis;
using NewsLint.Diagnostics;
using NewsLint.Recognizers.Quotations;

namespace NewsLint.Checks.Quotations;

/// <summary>NL2002: a quotation mark that opens and never closes, or closes and never opened.</summary>
public sealed class NL2002UnbalancedQuotationMarks : ArticleRule
{
    public static readonly RuleDescriptor Descriptor = new(
        id: "NL2002",
        title: "Quotation mark is not balanced",
        messageFormat: "{0}",
        category: NL2001UnattributedQuotation.Category,
        defaultSeverity: Severity.Warning,
        description: "An opening quotation mark is never closed (outside the convention of reopening each paragraph of a long quotation), or a closing mark closes nothing. Apostrophes are not marks.");

    public override ImmutableArray<RuleDescriptor> Descriptors { get; } = ImmutableArray.Create(Descriptor);

    public override void Analyze(ArticleContext context)
    {
        foreach (UnbalancedMark mark in context.Get(QuotationRecognizer.Instance).UnbalancedMarks)
        {
            string message = mark.IsOpening
                ? $"The opening quotation mark {mark.Mark} is never closed; close the quotation, or open the next paragraph with {mark.Mark} if the quotation goes on"
                : $"The closing quotation mark {mark.Mark} closes no quotation; add the opening mark or remove this one";
            context.Report(Descriptor, mark.SourceSpan, message);
        }
    }
}
