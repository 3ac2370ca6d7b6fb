using System;
using System.Linq;
using NewsLint.Diagnostics;
using NewsLint.Rules;
using NewsLint.Rules.Style;
using NewsLint.Tests.Infrastructure;
using Xunit;

namespace NewsLint.Tests.Style;

/// <summary>Every mistake in a style rule file is an NL0001 (NL0005 for an unknown key) at its line and column.</summary>
public sealed class StyleRuleFileTests
{
    [Theory]
    [InlineData("id: T1\nkind: existance\nmessage: x\ntokens: [a]\n", "NL0001 2:7", "'kind' must be one of")]
    [InlineData("kind: existence\nmessage: x\ntokens: [a]\n", "NL0001 1:1", "'id' is required")]
    [InlineData("id: T1\nkind: existence\ntokens: [a]\n", "NL0001 1:1", "'message' is required")]
    [InlineData("id: T1\nkind: existence\nmessage: x\nseverity: loud\ntokens: [a]\n", "NL0001 4:11", "'severity' must be")]
    [InlineData("id: NL4001\nkind: existence\nmessage: x\ntokens: [a]\n", "NL0001 1:5", "NewsLint's own ID range")]
    [InlineData("id: NL5000\nkind: existence\nmessage: x\ntokens: [a]\n", "NL0001 1:5", "reserved")]
    [InlineData("id: 'TEMPO 1'\nkind: existence\nmessage: x\ntokens: [a]\n", "NL0001 1:5", "'id' must start with a letter")]
    [InlineData("id: T1\nkind: existence\nmessage: x\n", "NL0001 1:1", "exactly one of 'pattern'")]
    [InlineData("id: T1\nkind: existence\nmessage: x\ntokens: [a]\npattern: b\n", "NL0001 5:10", "exactly one of 'pattern'")]
    [InlineData("id: T1\nkind: existence\nmessage: x\ntokens: [a]\nscope: chapter\n", "NL0001 5:8", "'scope' values are")]
    [InlineData("id: T1\nkind: existence\nmessage: x\ntokens: [a]\nquotations: never\n", "NL0001 5:13", "'quotations' must be")]
    [InlineData("id: T1\nkind: existence\nmessage: x\ntokens: [a]\ntimeout-ms: 0\n", "NL0001 5:13", "'timeout-ms' must be between")]
    [InlineData("id: T1\nkind: occurrence\nmessage: x\ntokens: [a]\n", "NL0001 1:1", "needs 'max', 'min' or both")]
    [InlineData("id: T1\nkind: consistency\nmessage: x\neither:\n  - tokens: [a]\n", "NL0001 5:3", "at least two forms")]
    [InlineData("id: T1\nkind: conditional\nmessage: x\nif: { tokens: [a] }\n", "NL0001 1:1", "'then' is required")]
    [InlineData("id: T1\nkind: conditional\nmessage: x\nif: { tokens: [a] }\nthen: { tokens: [b] }\norder: after\n", "NL0001 6:8", "'order' must be")]
    [InlineData("id: T1\nkind: substitution\nmessage: x\nswap:\n  - tokens: [a]\n", "NL0001 5:5", "'replacement' is required")]
    public void Mistake_is_NL0001_at_its_place(string yaml, string expected, string words)
    {
        Assert.Equal(new[] { expected }, StyleRules.Problems(yaml));
        Assert.Contains(words, StyleRules.Problem(yaml).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_key_is_NL0005_and_the_rule_still_loads()
    {
        RuleSet rules = RuleSetLoader.Load(new[] { new RuleFile(StyleRules.Path, "id: T1\nkind: existence\nmessage: x\ntokens: [a]\nlevel: error\n") });
        Assert.Equal(new[] { "NL0005 5:1" }, StyleRules.Problems(rules));
        Assert.Contains(rules.Get<StyleCatalog>().Rules, r => r.Id == "T1");
    }

    [Fact]
    public void Duplicate_id_in_one_file_is_NL0001_at_the_second()
    {
        const string yaml = "rules:\n  - id: T1\n    kind: existence\n    message: x\n    tokens: [a]\n  - id: T1\n    kind: existence\n    message: y\n    tokens: [b]\n";
        Assert.Equal(new[] { "NL0001 6:9" }, StyleRules.Problems(yaml));
        Assert.Contains("line 2", StyleRules.Problem(yaml).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_later_file_overrides_a_shipped_rule_by_id()
    {
        RuleSet rules = StyleRules.Load("id: NL5001\nkind: existence\nmessage: \"Spaced dash: '{match}'\"\nseverity: error\nlanguage: id\npattern: '\\p{L}+ – \\p{L}+'\n");
        StyleRule rule = Assert.Single(rules.Get<StyleCatalog>().Rules, r => r.Id == "NL5001");
        Assert.Equal(Severity.Error, rule.Descriptor.DefaultSeverity);
        Assert.Equal(RuleDescriptor.HelpLinkBase + "NL5001.md", rule.Descriptor.HelpLink);
        LintDiagnostic diagnostic = Assert.Single(Lint.Run(Lint.Fixture("csto-summit-moscow-2022.md"), rules).OfId("NL5001"), d => d.LineSpan.Start.Line == 15);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal("Spaced dash: 'negara – negara'", diagnostic.Message);
    }

    [Fact]
    public void Newsroom_ids_link_to_their_own_page()
    {
        RuleSet rules = StyleRules.Load("id: TEMPO001\nkind: existence\nmessage: x\nlink: https://tempo.example/style#1\ntokens: [a]\n");
        Assert.Equal("https://tempo.example/style#1", rules.Get<StyleCatalog>().Rules.Single(r => r.Id == "TEMPO001").Descriptor.HelpLink);
    }
}
