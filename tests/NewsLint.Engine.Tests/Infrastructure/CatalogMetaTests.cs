using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using NewsLint.Analysis;
using NewsLint.Diagnostics;
using NewsLint.Rules;
using Xunit;

namespace NewsLint.Tests.Infrastructure;

/// <summary>Conventions every rule must keep: IDs, bands, doc pages, silence on empty input, clean defaults.</summary>
public sealed class CatalogMetaTests
{
    public static TheoryData<string> Ids()
    {
        var data = new TheoryData<string>();
        foreach (RuleDescriptor descriptor in RuleCatalog.Descriptors)
        {
            data.Add(descriptor.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_id_has_a_doc_page_its_help_link_points_to(string id)
    {
        RuleDescriptor descriptor = RuleCatalog.Find(id)!;
        string page = Path.Combine(AppContext.BaseDirectory, "docs", id + ".md");
        Assert.True(File.Exists(page), $"docs/{id}.md is missing");
        Assert.StartsWith("# " + id + ":", File.ReadAllText(page), StringComparison.Ordinal);
        Assert.Equal(RuleDescriptor.HelpLinkBase + id + ".md", descriptor.HelpLink);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Every_id_is_well_formed_and_in_its_band(string id)
    {
        Assert.Matches(new Regex("^NL[0-9]{4}$"), id);
        RuleDescriptor descriptor = RuleCatalog.Find(id)!;
        string band = descriptor.Category switch
        {
            "NewsLint.Infrastructure" => "0",
            "NewsLint.Dates" => "1",
            "NewsLint.Quotations" => "2",
            "NewsLint.Canon" => "3",
            "NewsLint.Names" => "4",
            "NewsLint.Style" => "5",
            _ => "?",
        };
        Assert.Equal(band, id.Substring(2, 1));
        Assert.False(string.IsNullOrWhiteSpace(descriptor.Title));
        Assert.False(string.IsNullOrWhiteSpace(descriptor.MessageFormat));
    }

    [Fact]
    public void Ids_are_unique_across_rules()
    {
        var ids = RuleCatalog.Rules.SelectMany(r => r.Descriptors).Select(d => d.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void The_catalog_lists_every_rule_class_in_id_order()
    {
        // The catalog is written by hand (no reflection in a native build): a new rule class must be added to it.
        Assert.Equal(ConcreteSubclasses(typeof(ArticleRule)), RuleCatalog.Rules.Select(r => r.GetType().Name).ToArray());
    }

    [Fact]
    public void The_loader_lists_every_rule_kind_and_language_section()
    {
        Assert.Equal(ConcreteSubclasses(typeof(RuleKind)), RuleSetLoader.Kinds.Select(k => k.GetType().Name).OrderBy(n => n, StringComparer.Ordinal));
        Assert.Equal(ConcreteSubclasses(typeof(NewsLint.Rules.Languages.LanguageSection)), NewsLint.Rules.Languages.LanguageSection.All.Select(s => s.GetType().Name).OrderBy(n => n, StringComparer.Ordinal));
    }

    private static string[] ConcreteSubclasses(Type type) => type.Assembly.GetTypes()
        .Where(t => !t.IsAbstract && type.IsAssignableFrom(t))
        .Select(t => t.Name)
        .OrderBy(n => n, StringComparer.Ordinal)
        .ToArray();

    [Fact]
    public void Every_rule_is_sealed()
    {
        foreach (ArticleRule rule in RuleCatalog.Rules)
        {
            Assert.True(rule.GetType().IsSealed, rule.GetType().Name + " should be sealed");
            Assert.StartsWith(rule.Descriptors[0].Id, rule.GetType().Name, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n")]
    [InlineData("---\ntitle: x\n---\n")]
    [InlineData("\uFEFF")]
    public void Every_rule_is_silent_on_an_empty_article(string text)
    {
        var result = Lint.Run(text);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Default_rules_load_without_diagnostics()
    {
        RuleSet rules = RuleSetLoader.LoadDefaults();
        Assert.Empty(rules.Diagnostics);
        Assert.Contains(rules.Files, f => f == "rules/languages/id.yaml");
    }
}
