using System.Linq;
using NewsLint.Rules;
using NewsLint.Rules.Places;
using NewsLint.Tests.Infrastructure;
using Xunit;

namespace NewsLint.Tests.Rules;

public sealed class RuleSetLoaderTests
{
    [Fact]
    public void Wrong_type_is_NL0001_at_the_value()
    {
        RuleSet rules = RuleSetLoader.Load(new[] { new RuleFile("/repo/rules/places/broken.yaml", "places:\n  - id: [a, b]\n    names: [Kyiv]\n") });
        var diagnostic = Assert.Single(rules.Diagnostics);
        Assert.Equal("NL0001", diagnostic.Id);
        Assert.Equal("/repo/rules/places/broken.yaml", diagnostic.Path);
        Assert.Equal(2, diagnostic.LineSpan.Start.Line);
        Assert.Equal(9, diagnostic.LineSpan.Start.Column);
        Assert.Equal(15, diagnostic.LineSpan.End.Column);
        Assert.Contains("'id' must be a text value, not a list", diagnostic.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_yaml_is_NL0001_and_other_files_still_load()
    {
        RuleSet rules = RuleSetLoader.Load(new[]
        {
            new RuleFile("/repo/rules/places/a.yaml", "places:\n  - id: kyiv\n    names: [Kyiv, Kiev\n"),
            new RuleFile("/repo/rules/places/b.yaml", "places:\n  - id: lutsk\n    names: [Lutsk, Luck]\n"),
        });
        var diagnostic = Assert.Single(rules.Diagnostics);
        Assert.Equal("NL0001", diagnostic.Id);
        Assert.Equal("/repo/rules/places/a.yaml", diagnostic.Path);
        Assert.NotNull(rules.Get<PlaceCatalog>().Find("Luck"));
        Assert.NotNull(rules.Get<PlaceCatalog>().Find("Kyiv"));
    }

    [Fact]
    public void Unknown_key_is_NL0005_warning()
    {
        RuleSet rules = RuleSetLoader.Load(new[] { new RuleFile("/repo/rules/languages/xx.yaml", "language: xx\nconjuctions: [und]\n") });
        var diagnostic = Assert.Single(rules.Diagnostics);
        Assert.Equal("NL0005", diagnostic.Id);
        Assert.Equal(2, diagnostic.LineSpan.Start.Line);
        Assert.Equal(1, diagnostic.LineSpan.Start.Column);
        Assert.StartsWith("Unknown key 'conjuctions'", diagnostic.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_newsroom_pack_extends_the_shipped_language()
    {
        RuleSet rules = RuleSetLoader.Load(new[] { new RuleFile("/repo/rules/languages/id-extra.yaml", "language: id\nconjunctions: [ataupun]\n") });
        Assert.Empty(rules.Diagnostics);
        var pack = rules.Get<NewsLint.Rules.Languages.LanguageCatalog>().Find("id")!;
        Assert.Contains("ataupun", pack.Conjunctions);
        Assert.Contains("dan", pack.Conjunctions);
        Assert.Equal(12, pack.Months.Length);
    }

    [Fact]
    public void A_newsroom_place_with_a_shipped_id_overrides_it()
    {
        RuleSet rules = RuleSetLoader.Load(new[] { new RuleFile("/repo/rules/places/moscow.yaml", "places:\n  - id: moscow\n    names: [Moscow, Moskwa]\n    preferred: { id: Moskwa }\n") });
        Place moscow = rules.Get<PlaceCatalog>().Find("Moskwa")!;
        Assert.Equal("Moskwa", moscow.PreferredFor("id"));
    }

    [Fact]
    public void Yaml_outside_a_rule_folder_is_NL0007()
    {
        RuleSet rules = RuleSetLoader.Load(new[] { new RuleFile("/repo/rules/misc.yaml", "a: 1\n") });
        Assert.Equal("NL0007", Assert.Single(rules.Diagnostics).Id);
    }

    [Fact]
    public void Same_files_give_the_same_cached_rule_set()
    {
        var files = new[] { new RuleFile("/repo/rules/places/x.yaml", "places:\n  - id: x\n    names: [X]\n") };
        Assert.Same(RuleSetLoader.Load(files), RuleSetLoader.Load(files));
        Assert.NotEqual(RuleSetLoader.Load(files).ContentHash, Lint.DefaultRules.ContentHash);
    }
}
