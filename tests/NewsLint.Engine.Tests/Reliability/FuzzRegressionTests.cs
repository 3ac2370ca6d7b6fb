using System.Text;
using NewsLint.Analysis;
using NewsLint.Diagnostics;
using NewsLint.Tests.Infrastructure;
using NewsLint.Text;
using Xunit;

namespace NewsLint.Tests.Reliability;

/// <summary>Every input the fuzzer (tests/NewsLint.Fuzz, docs/fuzzing.md) found to crash, minimised, as a regression test.</summary>
public sealed class FuzzRegressionTests
{
    private static readonly LintEngine Engine = new(Lint.DefaultRules);

    private static LintResult Check(byte[] bytes)
    {
        DecodedSource decoded = SourceDecoder.Decode(bytes);
        LintResult result = Engine.Lint("fuzz.md", decoded);
        Hostile.AssertWellFormed(decoded.Text, result);
        return result;
    }

    [Fact]
    public void Unclosed_flow_list_in_front_matter_is_NL0006_not_a_parser_crash()
    {
        // AFL crash id:000000 (2026-11-25): YamlDotNet throws InvalidOperationException (no position) for a flow list
        // left open at the end of the front matter ("title: ["), which escaped FrontMatterReader and lost the whole article as NL0004.
        byte[] bytes = Encoding.UTF8.GetBytes("---\ntitle: [\nlang: id\n---\n\u0016\u0016");
        LintResult result = Check(bytes);
        LintDiagnostic nl0006 = Assert.Single(result.Diagnostics, d => d.Id == "NL0006");
        Assert.Contains("never closed (front matter line 1)", nl0006.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Noncharacters_in_a_repeated_paragraph_are_folded_not_a_crash()
    {
        // AFL crashes id:000000-000025 (2026-11-30, after NL4003 joined): UTF-16 text holding U+FFFF reached
        // string.Normalize through TextFolding.Fold, which throws on noncharacters, and NL4003 lost the article as NL0004.
        byte[] bytes = { 0xFF, 0xFE, 0xFF, 0x7F, 0xFF, 0xFF, 0xFF, 0x7F, 0xFE, 0xFF, 0x00, 0x17, 0xE8, 0xFF, 0x00, 0x03, 0xE8 };
        Check(bytes);
    }

    [Theory]
    [InlineData("Kyiv\uFFFF", "kyiv\uFFFD")]
    [InlineData("Kyiv\uFFFE", "kyiv\uFFFD")]
    [InlineData("\uFDD0Kyiv", "\uFFFDkyiv")]
    public void Folding_replaces_what_normalization_rejects(string text, string folded) =>
        Assert.Equal(folded, NewsLint.Language.TextFolding.Fold(text));

    [Fact]
    public void Folding_survives_a_lone_surrogate_and_supplementary_noncharacters()
    {
        Assert.Equal("ky\uFFFDiv", NewsLint.Language.TextFolding.Fold("Ky" + '\uD800' + "iv"));
        NewsLint.Language.TextFolding.Fold("Kyiv \U0001FFFE \U0010FFFF");
    }

    [Fact]
    public void Same_paragraph_twice_with_a_noncharacter_is_still_NL4003()
    {
        LintResult result = Lint.Run("Delegates met in Moscow on Monday to talk \uFFFF about security.\n\nDelegates met in Moscow on Monday to talk \uFFFF about security.\n");
        Assert.Single(result.OfId("NL4003"));
    }

    [Fact]
    public void Quotation_across_blocks_out_of_source_order_gets_a_covering_span()
    {
        // AFL crash id:000000 (2026-11-30, third run): a table inside a block quote whose lazy paragraph Markdig ends after
        // the cells put a block first in document order but last in the source; a quotation spanning it had an end
        // before its start, and NL2001 was lost as NL0004.
        byte[] bytes = System.IO.File.ReadAllBytes(System.IO.Path.Combine(System.AppContext.BaseDirectory, "Fixtures", "fuzz", "table-in-block-quote-span-order.bin"));
        Check(bytes);
    }
}
