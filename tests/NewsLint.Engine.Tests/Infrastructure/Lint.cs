using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NewsLint.Analysis;
using NewsLint.Diagnostics;
using NewsLint.Rules;
using Xunit;

namespace NewsLint.Tests.Infrastructure;

/// <summary>Runs the engine on Markdown with markup and compares diagnostics of the given IDs exactly.</summary>
public static class Lint
{
    public static readonly RuleSet DefaultRules = RuleSetLoader.LoadDefaults();

    public static LintResult Run(string markdown, RuleSet? rules = null, LintOptions? options = null, string path = "article.md") =>
        new LintEngine(rules ?? DefaultRules, options).Lint(path, markdown);

    /// <summary>Asserts that the diagnostics with IDs in <paramref name="ids"/> are exactly the marked ones.</summary>
    public static LintResult Verify(string markup, string[] ids, RuleSet? rules = null, LintOptions? options = null)
    {
        (string text, List<ExpectedDiagnostic> expected) = Markup.Parse(markup);
        LintResult result = Run(text, rules, options);
        var actual = result.Diagnostics
            .Where(d => ids.Contains(d.Id, StringComparer.Ordinal))
            .Select(d => $"{d.Id}:{d.Span.Start}:{d.Span.Length}:{text.Substring(d.Span.Start, d.Span.Length)}")
            .ToList();
        var wanted = expected
            .Where(e => ids.Contains(e.Id, StringComparer.Ordinal))
            .Select(e => $"{e.Id}:{e.Start}:{e.Length}:{e.Text}")
            .ToList();
        Assert.True(
            wanted.SequenceEqual(actual),
            $"Expected:\n  {string.Join("\n  ", wanted)}\nActual:\n  {string.Join("\n  ", actual)}\nAll diagnostics:\n  {string.Join("\n  ", result.Diagnostics)}");
        return result;
    }

    public static LintResult Verify(string markup, string id, RuleSet? rules = null, LintOptions? options = null) =>
        Verify(markup, new[] { id }, rules, options);

    public static string Fixture(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    public static IEnumerable<LintDiagnostic> OfId(this LintResult result, string id) =>
        result.Diagnostics.Where(d => d.Id == id);
}
