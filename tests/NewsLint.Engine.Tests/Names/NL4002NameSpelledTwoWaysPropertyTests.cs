using System.Collections.Generic;
using System.Linq;
using CsCheck;
using NewsLint.Checks.Names;
using NewsLint.Diagnostics;
using NewsLint.Tests.Infrastructure;
using Xunit;

namespace NewsLint.Tests.Names;

/// <summary>
/// NL4002 looks a name up only at a word some name may start with, and only for the lengths in words of those names;
/// on generated articles it reports what it reports when it looks up every word at every length.
/// </summary>
public sealed class NL4002NameSpelledTwoWaysPropertyTests
{
    private static readonly string[] Pool =
    {
        "Kyiv", "Kiev", "KIEV", "kiev", "Kyïv", "Kyiv's", "Kiev’s", "the", "The", "THE", "Ukraine", "the Ukraine", "The Ukraine",
        "Ukraina", "Ukraine's", "the Ukraine's", "the\u00A0Ukraine", "the  Ukraine", "\u0301", "e\u0301", "Ukraine \u0301",
        "Moskow", "Moscow", "Moskva's", "then", "there", "Zelensky", "Zelenskyy", "Selenskyj", "Sumy", "Gaddafi", "Qaddafi's",
        "Kazakhstan", "Kazakstan", "Kyrgyzstan", "Kirghizia", "said", "in", "dan", ",", ".", "-", "2022", "Ukr", "Kie",
        "the minister", "the United", "the US", "the\nUkraine", "*the Ukraine*", "the *Ukraine*", "the U", "the Úkraine", "\n",
        "St.", "St", "Saint", "Petersburg", "Petersburg's", "St. Petersburg", "St.\u00A0Petersburg", "st. petersburg", "Sankt-Peterburg",
    };

    private static readonly Gen<string> Articles = Gen.OneOfConst(Pool).Array[0, 20]
        .Select(words => string.Join(" ", words))
        .Array[1, 4]
        .Select(paragraphs => string.Join("\n\n", paragraphs.Where(p => p.Trim().Length > 0).DefaultIfEmpty("x")));

    [Theory]
    [InlineData("en")]
    [InlineData("id")]
    public void Filtered_lookups_report_what_looking_up_every_word_reports(string language)
    {
        Articles.Sample(
            markdown =>
            {
                Assert.Equal(Findings(NL4002NameSpelledTwoWays.TryingEveryWord, markdown, language), Findings(new NL4002NameSpelledTwoWays(), markdown, language));
            },
            iter: 2000);
    }

    private static IEnumerable<string> Findings(NL4002NameSpelledTwoWays rule, string markdown, string language)
    {
        var diagnostics = new List<LintDiagnostic>();
        rule.Analyze(TestContexts.Create(markdown, language, diagnostics));
        return diagnostics.Select(d => $"{d.Span} {d.Message}").ToList();
    }
}
