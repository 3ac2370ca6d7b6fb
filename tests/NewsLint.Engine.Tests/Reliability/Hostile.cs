using System;
using System.Collections.Generic;
using System.Linq;
using NewsLint.Analysis;
using NewsLint.Diagnostics;
using NewsLint.Tests.Infrastructure;
using NewsLint.Text;
using Xunit;

namespace NewsLint.Tests.Reliability;

/// <summary>
/// Helpers for hostile input: a normal article whose findings must not change, and checks that every diagnostic of a
/// result is well-formed (inside the text, line and column agreeing with the offset, no contained crash).
/// </summary>
public static class Hostile
{
    /// <summary>A paragraph with exactly one finding (NL4001 on the second Paris), appended to hostile inputs.</summary>
    public const string Canary = "Delegates came from Paris, London, Paris and Rome.";

    public static readonly string NormalArticle = Lint.Fixture("csto-summit-moscow-2022.md");

    /// <summary>The normal article's findings, as "ID line:col message" lines.</summary>
    public static IReadOnlyList<string> NormalFindings() => Describe(Lint.Run(NormalArticle, path: "csto.md"));

    public static IReadOnlyList<string> Describe(LintResult result) =>
        result.Diagnostics.Select(d => $"{d.Id} {d.LineSpan} {d.Message}").ToList();

    /// <summary>Lints the hostile text between two runs of the normal article and asserts the normal findings are the same.</summary>
    public static LintResult LintBetweenNormalArticles(string text, LintOptions? options = null)
    {
        IReadOnlyList<string> before = NormalFindings();
        Assert.Contains(before, f => f.StartsWith("NL4001", StringComparison.Ordinal));
        LintResult result = Lint.Run(text, options: options);
        AssertWellFormed(text, result);
        Assert.Equal(before, NormalFindings());
        return result;
    }

    public static void AssertWellFormed(string text, LintResult result)
    {
        var source = new SourceDocument("article.md", text);
        foreach (LintDiagnostic diagnostic in result.Diagnostics)
        {
            Assert.True(diagnostic.Id != "NL0004", "contained internal error: " + diagnostic);
            Assert.InRange(diagnostic.Span.End, diagnostic.Span.Start, source.Text.Length);
            Assert.Equal(source.GetLineSpan(diagnostic.Span), diagnostic.LineSpan);
        }
    }

    /// <summary>The canary's finding is present: text after the hostile part was still checked.</summary>
    public static void AssertCanaryFound(string text, LintResult result)
    {
        int second = text.LastIndexOf("Paris and Rome", StringComparison.Ordinal);
        Assert.Contains(result.Diagnostics, d => d.Id == "NL4001" && d.Span.Start == second && d.Span.Length == "Paris".Length);
    }

    public static string Repeat(string s, int count) => string.Concat(Enumerable.Repeat(s, count));
}
