using System.Collections.Immutable;
using NewsLint.Analysis;
using NewsLint.Diagnostics;
using NewsLint.Markdown;
using NewsLint.Recognizers.Quotations;

namespace NewsLint.Checks.Quotations;

/// <summary>NL2001: a quotation that nobody is said to have said (no speaker, office, medium or document).</summary>
public sealed class NL2001UnattributedQuotation : ArticleRule
{
    public const string Category = "NewsLint.Quotations";

    public static readonly RuleDescriptor Descriptor = new(
        id: "NL2001",
        title: "Quotation is not attributed",
        messageFormat: "This quotation ({0} words, “{1}”) is attributed to nobody; name who said or wrote it in its sentence, or in the sentence before or after it",
        category: Category,
        defaultSeverity: Severity.Warning,
        description: "A quotation of at least the minimum number of words has no attribution verb or phrase (rules/languages/*.yaml) tied to a speaker in its sentence, the sentence before or after it, or an introducing sentence ending with a colon.");

    public override ImmutableArray<RuleDescriptor> Descriptors { get; } = ImmutableArray.Create(Descriptor);

    public override void Analyze(ArticleContext context)
    {
        int minimumWords = context.Options.MinimumQuotationWords;
        foreach (Quotation quotation in context.Get(QuotationRecognizer.Instance).Quotations)
        {
            if (quotation.Attribution is not null || quotation.Depth > 0 || quotation.IsTerm(minimumWords) || quotation.FirstBlock.Kind != ProseKind.Paragraph)
            {
                continue;
            }

            context.Report(Descriptor, quotation.SourceSpan, quotation.WordCount, Excerpt(quotation.Text));
        }
    }

    private static string Excerpt(string text)
    {
        const int Words = 6;
        int spaces = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]) && ++spaces == Words)
            {
                return text.Substring(0, i) + " …";
            }
        }

        return text;
    }
}
