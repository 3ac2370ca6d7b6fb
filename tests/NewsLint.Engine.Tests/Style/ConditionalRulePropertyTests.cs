using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using NewsLint.Analysis;
using NewsLint.Rules;
using NewsLint.Tests.Infrastructure;
using Xunit;

namespace NewsLint.Tests.Style;

/// <summary>
/// <c>missing: ignore</c> runs "if" only where a key "then" met can be found: its findings are exactly those of the
/// same rule with <c>missing: report</c> whose key some "then" match defines.
/// </summary>
public sealed class ConditionalRulePropertyTests
{
    private const string Acronym = @"'(?<![\p{L}\p{N}_.&$-])(?![IVXLCDM]+(?![\p{L}\p{N}]))([A-Z]{2,6})(?![\p{L}\p{N}_&$-])'";
    private const string Definition = @"'\(([A-Z]{2,6})\)'";
    private const string Scoped = "    scope: [paragraph, list]\n    quotations: exclude\n";

    private static readonly RuleSet Rules = StyleRules.Load(
        "rules:\n"
        + Conditional("TEMPO050", Scoped, "pattern: " + Acronym, "pattern: " + Definition, "ignore")
        + Conditional("TEMPO051", Scoped, "pattern: " + Acronym, "pattern: " + Definition, "report")
        + Existence("TEMPO052", Scoped, "{1}", "pattern: " + Definition)
        + Conditional("TEMPO053", string.Empty, "tokens: [embargo]", "tokens: [Reuters]", "ignore")
        + Conditional("TEMPO054", string.Empty, "tokens: [embargo]", "tokens: [Reuters]", "report")
        + Existence("TEMPO055", string.Empty, "{match}", "tokens: [Reuters]"));

    private static readonly string[] Words =
    {
        "CSTO", "(CSTO)", "csto", "Csto", "NATO", "(NATO)", "OSCE", "(OSCE)", "UN", "(UN)", "(un)", "IV", "(IV)", "CSTOs",
        "the", "met", "embargo", "Reuters", "said", "\"the CSTO", "(OSCE)\"", "U.N.", "A-OSCE", "#",
    };

    private static readonly string[] Separators = { " ", " ", " ", ". ", ", ", "\n\n", "\n\n- ", "\n\n# " };

    private static readonly Gen<string> Articles = Gen.Select(Gen.OneOfConst(Words).Array[1, 40], Gen.OneOfConst(Separators).Array[40], (w, s) =>
        string.Concat(w.Select((word, i) => word + s[i])) + "\n");

    [Fact]
    public void Missing_ignore_reports_the_late_definitions_that_missing_report_reports()
    {
        Articles.Sample(
            article =>
            {
                LintResult result = Lint.Run(article, Rules);
                AssertLateOnly(result, "TEMPO050", "TEMPO051", "TEMPO052");
                AssertLateOnly(result, "TEMPO053", "TEMPO054", "TEMPO055");
            },
            iter: 3000,
            threads: 1);
    }

    /// <summary>The findings of <paramref name="ignoring"/> are those of <paramref name="reporting"/> whose key <paramref name="defining"/> finds.</summary>
    private static void AssertLateOnly(LintResult result, string ignoring, string reporting, string defining)
    {
        var defined = new HashSet<string>(result.OfId(defining).Select(d => KeyOf(d.Message)), StringComparer.OrdinalIgnoreCase);
        bool anyDefined = defined.Count > 0;
        List<string> expected = result.OfId(reporting)
            .Where(d => ignoring == "TEMPO053" ? anyDefined : defined.Contains(KeyOf(d.Message)))
            .Select(d => $"{d.Span.Start}:{d.Span.Length}:{KeyOf(d.Message)}")
            .ToList();
        List<string> actual = result.OfId(ignoring).Select(d => $"{d.Span.Start}:{d.Span.Length}:{KeyOf(d.Message)}").ToList();
        Assert.Equal(expected, actual);
    }

    private static string Conditional(string id, string scope, string ifPattern, string thenPattern, string missing) =>
        $"  - id: {id}\n    kind: conditional\n    message: \"{{key}}\"\n{scope}    if: {{ {ifPattern} }}\n    then: {{ {thenPattern} }}\n    missing: {missing}\n";

    private static string Existence(string id, string scope, string message, string pattern) =>
        $"  - id: {id}\n    kind: existence\n    message: \"{message}\"\n{scope}    {pattern}\n";

    /// <summary>The key in a message that is only "{key}", whether or not the rule's ID comes first.</summary>
    private static string KeyOf(string message)
    {
        int colon = message.IndexOf(": ", StringComparison.Ordinal);
        return colon < 0 ? message : message.Substring(colon + 2);
    }
}
