using System;
using System.Linq;
using NewsLint.Analysis;
using NewsLint.Diagnostics;
using NewsLint.Markdown;
using NewsLint.Rules;
using NewsLint.Rules.Style;
using NewsLint.Tests.Infrastructure;
using NewsLint.Text;
using Xunit;

namespace NewsLint.Tests.Style;

/// <summary>Patterns compile once at load with a time limit; a catastrophic one is NL0002 and the run goes on.</summary>
public sealed class StylePatternTests
{
    private const string SlowRules = """
        rules:
          - id: TEMPO900
            kind: existence
            message: "'{match}'"
            timeout-ms: 100
            pattern: '(a+)+$'
          - id: TEMPO901
            kind: existence
            message: "Avoid '{match}'"
            tokens: [shocking]
        """;

    [Fact]
    public void Catastrophic_pattern_is_NL0002_naming_the_rule_file_and_line_and_other_rules_still_run()
    {
        RuleSet rules = StyleRules.Load(SlowRules);
        string text = "Delegates came from Paris, London, Paris and Rome.\n\nA shocking run: " + new string('a', 5000) + "!\n";
        LintResult result = Lint.Run(text, rules);
        LintDiagnostic timeout = Assert.Single(result.OfId("NL0002"));
        Assert.Equal(Severity.Warning, timeout.Severity);
        Assert.Equal(new LinePosition(3, 1), timeout.LineSpan.Start);
        Assert.Equal(
            "Rule TEMPO900 (newsroom/rules/style/house.yaml, line 6) was stopped: its pattern took longer than 100 ms on this text; the other rules still ran. Simplify the pattern (avoid nested repetition such as (a+)+)",
            timeout.Message);
        Assert.Empty(result.OfId("TEMPO900"));
        Assert.Single(result.OfId("TEMPO901"));
        Assert.Single(result.OfId("NL4001"));
        Assert.Empty(result.OfId("NL0004"));
    }

    [Fact]
    public void Catastrophic_pattern_in_an_occurrence_rule_counted_without_matches_is_NL0002_too()
    {
        const string yaml = "rules:\n  - id: TEMPO902\n    kind: occurrence\n    message: x\n    timeout-ms: 100\n    pattern: '(a+)+$'\n    max: 3\n";
        LintResult result = Lint.Run("A run: " + new string('a', 5000) + "!\n", StyleRules.Load(yaml));
        Assert.Single(result.OfId("NL0002"));
        Assert.Empty(result.OfId("NL0004"));
    }

    [Fact]
    public void The_next_article_is_checked_afresh()
    {
        RuleSet rules = StyleRules.Load(SlowRules);
        Lint.Run(new string('a', 5000) + "!", rules);
        LintResult clean = Lint.Run("A short line of aaa", rules);
        Assert.Empty(clean.OfId("NL0002"));
        Assert.Single(clean.OfId("TEMPO900"));
    }

    [Fact]
    public void Invalid_pattern_is_NL0001_at_the_pattern_and_the_other_rules_load()
    {
        const string yaml = "rules:\n  - id: TEMPO1\n    kind: existence\n    message: x\n    pattern: '(unclosed'\n  - id: TEMPO2\n    kind: existence\n    message: x\n    tokens: [fine]\n";
        RuleSet rules = RuleSetLoader.Load(new[] { new RuleFile(StyleRules.Path, yaml) });
        Assert.Equal(new[] { "NL0001 5:14" }, StyleRules.Problems(rules));
        Assert.StartsWith("Rule file is invalid: invalid pattern:", rules.Diagnostics.Single(d => d.Path == StyleRules.Path).Message, StringComparison.Ordinal);
        StyleRule rule = Assert.Single(rules.Get<StyleCatalog>().Rules, r => r.Id.StartsWith("TEMPO", StringComparison.Ordinal));
        Assert.Equal("TEMPO2", rule.Id);
    }

    [Fact]
    public void Patterns_are_compiled_once_per_pattern_options_and_timeout()
    {
        StylePattern a = StylePattern.FromRegex("ab+c", ignoreCase: false, 100, "a.yaml", 1, out _)!;
        StylePattern b = StylePattern.FromRegex("ab+c", ignoreCase: false, 100, "b.yaml", 9, out _)!;
        StylePattern c = StylePattern.FromRegex("ab+c", ignoreCase: true, 100, "a.yaml", 1, out _)!;
        StylePattern d = StylePattern.FromRegex("ab+c", ignoreCase: false, 50, "a.yaml", 1, out _)!;
        Assert.Same(a.Regex, b.Regex);
        Assert.NotSame(a.Regex, c.Regex);
        Assert.NotSame(a.Regex, d.Regex);
        Assert.Equal(TimeSpan.FromMilliseconds(100), a.Regex.MatchTimeout);
        Assert.Equal("b.yaml", b.Path);
    }

    [Fact]
    public void A_token_list_compiles_its_regex_only_when_asked_for_it()
    {
        // Its matches come from its token alternatives; a unit with a case oddity (the Kelvin sign, which a regex
        // ignoring case takes for a k) is scanned with the regex, built then; a rule file's pattern compiles at load.
        StylePattern tokens = StylePattern.FromTokens(new[] { "kilo meters", "per cent" }, 100, "a.yaml", 1);
        Assert.False(tokens.IsRegexBuilt);
        ProseBlock block = ArticleParser.Parse(new SourceDocument("a.md", "Ten kilo  meters, or five per cent more.\n")).Blocks[0];
        var unit = new StyleSpan(block, 0, block.Text.Length, new BlockPrefixes(block.Text));
        Assert.Equal(new[] { "kilo  meters", "per cent" }, tokens.Matches(unit).Select(m => m.Value));
        Assert.False(tokens.IsRegexBuilt);

        ProseBlock odd = ArticleParser.Parse(new SourceDocument("a.md", "Ten \u212Ailo meters.\n")).Blocks[0];
        Assert.Equal(new[] { "\u212Ailo meters" }, tokens.Matches(new StyleSpan(odd, 0, odd.Text.Length, new BlockPrefixes(odd.Text))).Select(m => m.Value));
        Assert.True(tokens.IsRegexBuilt);
        Assert.Equal(100, tokens.TimeoutMilliseconds);
        Assert.Equal(TimeSpan.FromMilliseconds(100), tokens.Regex.MatchTimeout);
        Assert.False(tokens.HasKeyGroup);
        Assert.True(StylePattern.FromRegex("per (cent)", ignoreCase: true, 100, "a.yaml", 2, out _)!.IsRegexBuilt);
    }

    [Fact]
    public void Token_lists_are_literal()
    {
        StylePattern tokens = StylePattern.FromTokens(new[] { "a.b", "(x)", "per cent" }, 100, "a.yaml", 1);
        Assert.Matches(tokens.Regex, "write A.B here");
        Assert.DoesNotMatch(tokens.Regex, "write axb here");
        Assert.Matches(tokens.Regex, "5 PER   cent");
        Assert.Matches(tokens.Regex, "see (x) now");
    }
}
