using System.Linq;
using NewsLint.Rules;
using NewsLint.Rules.Style;
using Xunit;

namespace NewsLint.Tests.Style;

/// <summary>A rule's languages asked with the code lowercased once per article, as with the code as written.</summary>
public sealed class StyleRuleLanguageTests
{
    /// <summary>Rules for one language, for none, for two, and one whose code is written in capitals.</summary>
    private const string Yaml = """
        rules:
          - id: TEMPO020
            kind: existence
            message: x
            language: en
            tokens: [foo]
          - id: TEMPO021
            kind: existence
            message: x
            tokens: [foo]
          - id: TEMPO022
            kind: existence
            message: x
            language: [id, en]
            tokens: [bar]
          - id: TEMPO023
            kind: existence
            message: x
            language: ID
            tokens: [baz]
        """;

    /// <summary>Codes as written: none, lowercase, capitals, mixed, one no rule names, empty.</summary>
    public static readonly TheoryData<string?> Languages = new() { null, "en", "EN", "En", "id", "ID", "ru", string.Empty };

    [Theory]
    [MemberData(nameof(Languages))]
    public void Lowered_code_gives_what_the_code_gives(string? language)
    {
        RuleSet rules = StyleRules.Load(Yaml);
        foreach (StyleRule rule in rules.Get<StyleCatalog>().Rules)
        {
            Assert.Equal(rule.AppliesTo(language), rule.AppliesToLowered(language?.ToLowerInvariant()));
        }
    }

    /// <summary>The rules chosen once per language are those each rule says it applies to, in catalog order.</summary>
    [Theory]
    [MemberData(nameof(Languages))]
    public void The_rules_for_a_language_are_the_rules_that_apply_to_it_in_order(string? language)
    {
        RuleSet rules = StyleRules.Load(Yaml);
        StyleCatalog catalog = rules.Get<StyleCatalog>();
        string? lowered = language?.ToLowerInvariant();
        string[] expected = catalog.Rules.Where(rule => rule.AppliesTo(language)).Select(rule => rule.Id).ToArray();
        Assert.Equal(expected, catalog.For(lowered).Rules.Select(rule => rule.Id).ToArray());
        Assert.Same(catalog.VocabularyFor(lowered), catalog.For(lowered).Vocabulary);
    }

    [Fact]
    public void The_shipped_rules_split_by_language_as_each_rule_says()
    {
        StyleCatalog catalog = RuleSetLoader.LoadDefaults().Get<StyleCatalog>();
        foreach (string? language in new[] { "en", "id", null, "de" })
        {
            Assert.Equal(catalog.Rules.Where(rule => rule.AppliesToLowered(language)), catalog.For(language).Rules);
        }

        Assert.NotEmpty(catalog.For("en").Rules);
        Assert.NotEmpty(catalog.For("id").Rules);
    }
}
