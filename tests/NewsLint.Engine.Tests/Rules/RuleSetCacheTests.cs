using System.Linq;
using NewsLint.Rules;
using NewsLint.Rules.Places;
using NewsLint.Tests.Infrastructure;
using Xunit;

namespace NewsLint.Tests.Rules;

/// <summary>The loader's caches are keyed by the files' texts, and the set's hash is the SHA-256 it always was.</summary>
public sealed class RuleSetCacheTests
{
    private const string Path = "/repo/rules/places/cache.yaml";

    [Fact]
    public void Equal_texts_in_new_strings_give_the_same_cached_rule_set()
    {
        string text = "places:\n  - id: cachetown\n    names: [Cachetown]\n";
        RuleSet first = RuleSetLoader.Load(new[] { new RuleFile(Path, text) });
        RuleSet second = RuleSetLoader.Load(new[] { new RuleFile(new string(Path.ToCharArray()), new string(text.ToCharArray())) });
        Assert.Same(first, second);
    }

    [Fact]
    public void A_changed_text_or_path_gives_a_new_rule_set()
    {
        RuleSet first = RuleSetLoader.Load(new[] { new RuleFile(Path, "places:\n  - id: cachetown\n    names: [Cachetown]\n") });
        RuleSet edited = RuleSetLoader.Load(new[] { new RuleFile(Path, "places:\n  - id: cachetown\n    names: [Cachetowm]\n") });
        RuleSet moved = RuleSetLoader.Load(new[] { new RuleFile("/repo/rules/places/cache2.yaml", "places:\n  - id: cachetown\n    names: [Cachetown]\n") });
        Assert.NotSame(first, edited);
        Assert.NotSame(first, moved);
        Assert.NotNull(edited.Get<PlaceCatalog>().Find("Cachetowm"));
        Assert.Null(edited.Get<PlaceCatalog>().Find("Cachetown"));
        Assert.NotEqual(first.ContentHash, edited.ContentHash);
        Assert.NotEqual(first.ContentHash, moved.ContentHash);
    }

    [Fact]
    public void The_same_file_read_as_another_kind_is_parsed_again()
    {
        RuleSet places = RuleSetLoader.Load(new[] { new RuleFile("/repo/rules/places/kinds.yaml", "language: xx\n") }, includeDefaults: false);
        RuleSet languages = RuleSetLoader.Load(new[] { new RuleFile("/repo/rules/languages/kinds.yaml", "language: xx\n") }, includeDefaults: false);
        Assert.Contains(places.Diagnostics, d => d.Id == "NL0005");
        Assert.DoesNotContain(languages.Diagnostics, d => d.Id == "NL0005");
    }

    [Fact]
    public void Content_hash_is_the_sha256_of_each_files_hash_in_order()
    {
        var files = new[] { new RuleFile(Path, "places:\n  - id: hashtown\n    names: [Hashtown]\n") };
        RuleSet rules = RuleSetLoader.Load(files);
        string[] hashes = RuleSetLoader.DefaultFiles.Concat(files).Select(f => ContentHash.Of(f.Path, f.Text)).ToArray();
        Assert.Equal(ContentHash.Of(hashes), rules.ContentHash);
        Assert.Equal(64, Lint.DefaultRules.ContentHash.Length);
    }

    [Fact]
    public void Keys_compare_every_file_in_order()
    {
        var a = new RuleFile("/r/places/a.yaml", "x");
        var b = new RuleFile("/r/places/b.yaml", "y");
        Assert.Equal(new RuleFileKey(new[] { a, b }), new RuleFileKey(new[] { new RuleFile("/r/places/a.yaml", "x"), b }));
        Assert.NotEqual(new RuleFileKey(new[] { a, b }), new RuleFileKey(new[] { b, a }));
        Assert.NotEqual(new RuleFileKey(new[] { a }), new RuleFileKey(new[] { a, b }));
        Assert.NotEqual(new RuleFileKey("places", a), new RuleFileKey("languages", a));
        Assert.NotEqual(new RuleFileKey("places", a), new RuleFileKey("places", new RuleFile("/r/places/a.yaml", "X")));
    }
}
