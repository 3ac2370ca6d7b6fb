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
}
