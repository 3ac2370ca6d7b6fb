using NewsLint.Rules;
using NewsLint.Rules.Style;
using Xunit;

namespace NewsLint.Tests.Style;

/// <summary>A rule's languages asked with the code lowercased once per article, as with the code as written.</summary>
public sealed class StyleRuleLanguageTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("en")]
    [InlineData("EN")]
    [InlineData("En")]
    [InlineData("id")]
    [InlineData("ID")]
    [InlineData("ru")]
    [InlineData("")]
    public void Lowered_code_gives_what_the_code_gives(string? language)
    {
        RuleSet rules = StyleRules.Load("""
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
            """);
        foreach (StyleRule rule in rules.Get<StyleCatalog>().Rules)
        {
            Assert.Equal(rule.AppliesTo(language), rule.AppliesToLowered(language?.ToLowerInvariant()));
        }
    }
}
