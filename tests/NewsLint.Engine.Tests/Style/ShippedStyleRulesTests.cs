using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using NewsLint.Analysis;
using NewsLint.Rules;
using NewsLint.Rules.Style;
using NewsLint.Tests.Dates;
using NewsLint.Tests.Infrastructure;
using Xunit;

namespace NewsLint.Tests.Style;

/// <summary>The shipped style rules: well-formed, in the schema, and quiet on the real articles under Fixtures/.</summary>
public sealed class ShippedStyleRulesTests
{
    /// <summary>
    /// Every finding of NL4002-NL4004 and the shipped NL5xxx rules on the real articles, each checked by hand: these
    /// are true positives. Anything else the rules report on these articles is a false positive and fails the test.
    /// </summary>
    private static readonly string[] KnownTruePositives =
    {
        "en/wikinews-004.md NL4004 25:46",   // "supported LGBT rights and and the inclusion": a typo.
        "en/wikinews-007.md NL5013 10:248",  // a 62-word sentence (info).
        "en/wikinews-009.md NL4003 21:1",    // two photos captioned word for word alike.
        "id/indosum-021.md NL4004 13:54",    // "dan itu itu tidak boleh terjadi lagi": a typo in a quotation.
        "id/indosum-028.md NL5009 19:1",     // sentences of 61, 72 and 68 words (info).
        "id/indosum-028.md NL5009 21:1",
        "id/indosum-028.md NL5005 23:77",    // "dimana" for "di mana" in the reporter's own text.
        "id/indosum-028.md NL5009 29:1",
    };

    [Fact]
    public void No_false_positive_on_the_real_articles()
    {
        var shipped = new HashSet<string>(RuleCatalog.ShippedStyleDescriptors.Select(d => d.Id), StringComparer.Ordinal) { "NL4002", "NL4003", "NL4004", "NL0002" };
        var found = new List<string>();
        foreach (string name in RealArticlesTests.Articles())
        {
            LintResult result = Lint.Run(Lint.Fixture(name), path: name);
            found.AddRange(result.Diagnostics.Where(d => shipped.Contains(d.Id)).Select(d => (string)$"{name} {d.Id} {d.LineSpan.Start.Line}:{d.LineSpan.Start.Column}"));
        }

        Assert.Equal(KnownTruePositives, found);
    }

    [Fact]
    public void Shared_article_gives_every_names_and_style_finding_at_its_place()
    {
        LintResult result = Lint.Run(Lint.Fixture("csto-summit-moscow-2022.md"), path: "csto.md");
        var found = result.Diagnostics
            .Where(d => d.Id.StartsWith("NL4", StringComparison.Ordinal) || d.Id.StartsWith("NL5", StringComparison.Ordinal))
            .Select(d => $"{d.Id} {d.LineSpan}")
            .ToArray();
        Assert.Equal(
            new[]
            {
                "NL4003 (3,1)-(3,51)",      // the title, repeated
                "NL5001 (15,126)-(15,141)", // negara – negara
                "NL5001 (19,113)-(19,124)", // kota – kota
                "NL4001 (19,208)-(19,217)", // Berdyansk, twice in one enumeration
                "NL5001 (29,90)-(29,105)",  // negara – negara
            },
            found);
    }

    [Fact]
    public void Shipped_ids_are_unique_across_the_default_files_and_in_the_NL5_band()
    {
        var ids = new List<string>();
        foreach (RuleFile file in RuleSetLoader.DefaultFiles.Where(f => f.Path.StartsWith("rules/style/", StringComparison.Ordinal)))
        {
            RuleSet alone = RuleSetLoader.Load(new[] { new RuleFile("check/" + file.Path, file.Text) }, includeDefaults: false);
            Assert.Empty(alone.Diagnostics);
            ids.AddRange(alone.Get<StyleCatalog>().Rules.Select(r => r.Id));
        }

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.Matches("^NL5[0-9]{3}$", id));
        Assert.Equal(ids.OrderBy(i => i, StringComparer.Ordinal), RuleCatalog.ShippedStyleDescriptors.Select(d => d.Id).OrderBy(i => i, StringComparer.Ordinal));
    }

    [Fact]
    public void The_schema_covers_every_kind_and_key()
    {
        using JsonDocument schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "rules", "schema", "style.schema.json")));
        JsonElement definitions = schema.RootElement.GetProperty("definitions");
        var kinds = definitions.GetProperty("rule").GetProperty("properties").GetProperty("kind").GetProperty("enum").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Equal(StyleRuleKind.KindNames.OrderBy(k => k, StringComparer.Ordinal), kinds.OrderBy(k => k, StringComparer.Ordinal));
        foreach (string kind in StyleRuleKind.KindNames)
        {
            Assert.True(definitions.TryGetProperty(kind, out _), $"the schema has no definition for '{kind}' rules");
        }
    }
}
