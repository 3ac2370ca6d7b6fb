using System.Collections.Immutable;
using System.Linq;
using NewsLint.Analysis;
using NewsLint.Recognizers.Quotations;
using NewsLint.Tests.Infrastructure;
using Xunit;

namespace NewsLint.Tests.Quotations;

/// <summary>Quotation tests name their language in front matter, so short examples never depend on detection.</summary>
public static class QuoteLint
{
    public static LintResult Verify(string language, string markup, string id, int? quotations = null)
    {
        LintResult result = Lint.Verify($"---\nlanguage: {language}\n---\n{markup}", id);
        if (quotations is { } expected)
        {
            Assert.Equal(expected, Quotations(result).Length);
        }

        return result;
    }

    public static LintResult Run(string language, string text) => Lint.Run($"---\nlanguage: {language}\n---\n{text}");

    public static ImmutableArray<Quotation> Quotations(LintResult result) =>
        result.Mentions.Values.OfType<QuotationSet>().SingleOrDefault()?.Quotations ?? ImmutableArray<Quotation>.Empty;
}
