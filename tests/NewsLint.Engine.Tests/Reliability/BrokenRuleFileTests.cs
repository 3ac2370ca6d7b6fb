using System;
using System.Collections.Generic;
using System.Linq;
using NewsLint.Analysis;
using NewsLint.Diagnostics;
using NewsLint.Rules;
using NewsLint.Rules.Languages;
using NewsLint.Rules.Places;
using NewsLint.Tests.Infrastructure;
using NewsLint.Text;
using Xunit;

namespace NewsLint.Tests.Reliability;

/// <summary>
/// A broken rule file is an NL0001 (or an NL0005 warning) at its own path, line and column; the rest of that file
/// and every other rule still work, and the normal article's findings are unchanged.
/// </summary>
public sealed class BrokenRuleFileTests
{
    private static RuleSet Load(string path, string text) => RuleSetLoader.Load(new[] { new RuleFile(path, text) });

    /// <summary>The rule set's diagnostics for <paramref name="path"/> as "ID line:col" strings.</summary>
    private static List<string> Positions(RuleSet rules, string path) =>
        rules.Diagnostics.Where(d => d.Path == path).OrderBy(d => d.Span.Start).Select(d => $"{d.Id} {d.LineSpan.Start.Line}:{d.LineSpan.Start.Column}").ToList();

    /// <summary>The defaults still work with the broken file loaded: the normal article's findings are as without it.</summary>
    private static void AssertOtherRulesStillRun(RuleSet rules)
    {
        var with = Hostile.Describe(Lint.Run(Hostile.NormalArticle, rules, path: "csto.md"));
        Assert.Equal(Hostile.NormalFindings(), with);
        Assert.Contains(with, f => f.StartsWith("NL4001", StringComparison.Ordinal));
    }

    [Fact]
    public void Invalid_yaml_points_at_the_error()
    {
        const string path = "news/rules/languages/broken.yaml";
        RuleSet rules = Load(path, "language: en\nname: English\n  detection: [the\n");
        LintDiagnostic diagnostic = Assert.Single(rules.Diagnostics, d => d.Path == path);
        Assert.Equal("NL0001", diagnostic.Id);
        Assert.Equal(3, diagnostic.LineSpan.Start.Line);
        Assert.StartsWith("Rule file is invalid: not valid YAML", diagnostic.Message, StringComparison.Ordinal);
        AssertOtherRulesStillRun(rules);
    }

    [Fact]
    public void Unclosed_flow_list_points_at_its_bracket()
    {
        // YamlDotNet fails here with an InvalidOperationException that carries no position (found by the fuzzer).
        const string path = "news/rules/languages/unclosed.yaml";
        RuleSet rules = Load(path, "language: en\ndetection: [the, a\nname: English\n");
        Assert.Equal(new[] { "NL0001 2:12" }, Positions(rules, path));
        Assert.Contains("'[' or '{' is never closed", rules.Diagnostics.Single(d => d.Path == path).Message, StringComparison.Ordinal);
        AssertOtherRulesStillRun(rules);
    }

    [Fact]
    public void Control_character_is_reported_where_it_is()
    {
        const string path = "news/rules/languages/control.yaml";
        RuleSet rules = Load(path, "language: en\nname: Eng\u0007lish\n");
        Assert.Equal(new[] { "NL0001 2:10" }, Positions(rules, path));
        Assert.Contains("U+0007", rules.Diagnostics.Single(d => d.Path == path).Message, StringComparison.Ordinal);
        AssertOtherRulesStillRun(rules);
    }

    [Fact]
    public void Wrong_types_are_reported_at_the_value_and_the_rest_of_the_file_is_read()
    {
        const string path = "news/rules/languages/types.yaml";
        RuleSet rules = Load(path, "language: xx\nname: [not, text]\nmonths: January\ndetection: {a: b}\nconjunctions: [und]\n");
        Assert.Equal(new[] { "NL0001 2:7", "NL0001 3:9", "NL0001 4:12" }, Positions(rules, path));
        LanguagePack pack = rules.Get<LanguageCatalog>().Find("xx")!;
        Assert.Equal(new[] { "und" }, pack.Conjunctions);
        AssertOtherRulesStillRun(rules);
    }

    [Fact]
    public void Unknown_key_is_an_NL0005_warning_at_the_key()
    {
        const string path = "news/rules/languages/typo.yaml";
        RuleSet rules = Load(path, "language: xx\ndetektion: [der]\n");
        LintDiagnostic diagnostic = Assert.Single(rules.Diagnostics, d => d.Path == path);
        Assert.Equal("NL0005", diagnostic.Id);
        Assert.Equal(Severity.Warning, diagnostic.Severity);
        Assert.Equal(new LinePosition(2, 1), diagnostic.LineSpan.Start);
        Assert.Contains("Unknown key 'detektion'", diagnostic.Message, StringComparison.Ordinal);
        Assert.NotNull(rules.Get<LanguageCatalog>().Find("xx"));
        AssertOtherRulesStillRun(rules);
    }

    [Fact]
    public void Duplicate_key_in_one_mapping_is_NL0001()
    {
        const string path = "news/rules/languages/dupkey.yaml";
        RuleSet rules = Load(path, "language: xx\nname: A\nname: B\n");
        LintDiagnostic diagnostic = Assert.Single(rules.Diagnostics, d => d.Path == path);
        Assert.Equal("NL0001", diagnostic.Id);
        Assert.Equal(3, diagnostic.LineSpan.Start.Line);
        AssertOtherRulesStillRun(rules);
    }

    [Fact]
    public void Duplicate_place_id_in_one_file_is_NL0001_at_the_second()
    {
        const string path = "news/rules/places/dup.yaml";
        RuleSet rules = Load(path, "places:\n  - id: gotham\n    names: [Gotham]\n  - id: gotham\n    names: [Gotham City]\n");
        Assert.Equal(new[] { "NL0001 4:9" }, Positions(rules, path));
        Assert.Contains("'gotham'", rules.Diagnostics.Single(d => d.Path == path).Message, StringComparison.Ordinal);
        Assert.Contains("line 2", rules.Diagnostics.Single(d => d.Path == path).Message, StringComparison.Ordinal);
        AssertOtherRulesStillRun(rules);
    }

    [Fact]
    public void Place_name_that_begins_with_a_number_is_NL0001_at_the_name_and_its_other_names_are_kept()
    {
        const string path = "news/rules/places/london.yaml";
        RuleSet rules = Load(path, "places:\n  - id: no10\n    names: [Downing Street, 10 Downing Street, No. 10]\n");
        Assert.Equal(new[] { "NL0001 3:29" }, Positions(rules, path));
        Assert.Contains("'10 Downing Street' does not begin with a letter", rules.Diagnostics.Single(d => d.Path == path).Message, StringComparison.Ordinal);
        Assert.Equal(new[] { "Downing Street", "No. 10" }, rules.Get<PlaceCatalog>().Places.Single(p => p.Id == "no10").Names);
        AssertOtherRulesStillRun(rules);
    }

    [Fact]
    public void Missing_required_key_is_reported_at_its_entry_and_the_other_entries_are_read()
    {
        const string path = "news/rules/places/missing.yaml";
        RuleSet rules = Load(path, "places:\n  - id: gotham\n  - id: metropolis\n    names: [Metropolis]\n  - names: [Smallville]\n");
        Assert.Equal(new[] { "NL0001 2:5", "NL0001 5:5" }, Positions(rules, path));
        Assert.Contains(rules.Get<PlaceCatalog>().Places, p => p.Id == "metropolis");
        AssertOtherRulesStillRun(rules);
    }

    [Theory]
    [InlineData("2022-02-30", "'2022-02-30' is not a date that exists")]
    [InlineData("2023-02-29", "'2023-02-29' is not a date that exists")]
    [InlineData("2022-05-17/2022-05-16", "ends before it starts")]
    [InlineData("16 May 2022", "'date' must be a day (2022-05-16)")]
    public void Fact_with_an_impossible_date_is_NL0001_at_the_date_and_the_other_facts_are_read(string date, string problem)
    {
        const string path = "news/rules/facts/broken.yaml";
        string text = "events:\n  - id: bad\n    match: { en: [[summit]] }\n    date: " + date + "\n"
            + "  - id: good\n    match: { en: [[festival]] }\n    date: 2022-06-01\n";
        RuleSet rules = Load(path, text);
        Assert.Equal(new[] { "NL0001 4:11" }, Positions(rules, path));
        Assert.Contains(problem, rules.Diagnostics.Single(d => d.Path == path).Message, StringComparison.Ordinal);
        Assert.Contains(rules.Get<NewsLint.Rules.Facts.FactCatalog>().Events, e => e.Id == "good");
        Assert.DoesNotContain(rules.Get<NewsLint.Rules.Facts.FactCatalog>().Events, e => e.Id == "bad");
        AssertOtherRulesStillRun(rules);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    [InlineData("\n\n")]
    public void Empty_language_pack_is_NL0001(string text)
    {
        const string path = "news/rules/languages/empty.yaml";
        RuleSet rules = Load(path, text);
        Assert.Equal(new[] { "NL0001 1:1" }, Positions(rules, path));
        Assert.Contains("empty", rules.Diagnostics.Single(d => d.Path == path).Message, StringComparison.Ordinal);
        AssertOtherRulesStillRun(rules);
    }

    [Fact]
    public void Root_that_is_not_a_mapping_is_NL0001()
    {
        const string path = "news/rules/places/list.yaml";
        RuleSet rules = Load(path, "- kyiv\n- kharkiv\n");
        Assert.Equal(new[] { "NL0001 1:1" }, Positions(rules, path));
        AssertOtherRulesStillRun(rules);
    }

    [Fact]
    public void Yaml_file_outside_a_rule_folder_is_NL0007()
    {
        const string path = "news/rules/misc/stray.yaml";
        RuleSet rules = Load(path, "language: en\n");
        Assert.Equal(new[] { "NL0007 1:1" }, Positions(rules, path));
        AssertOtherRulesStillRun(rules);
    }

    [Fact]
    public void Type_tags_are_data_and_never_construct_anything()
    {
        const string path = "news/rules/languages/tags.yaml";
        RuleSet rules = Load(path, string.Join("\n", new[]
        {
            "language: xx",
            "name: !System.IO.FileInfo /etc/passwd",
            "detection: !!python/object/apply:os.system [\"echo pwned > /tmp/newslint-pwned\"]",
            "abbreviations: !<tag:yaml.org,2002:System.Diagnostics.Process> {StartInfo: {FileName: /bin/sh}}",
            "conjunctions: [!System.Environment Exit, !!int und]",
            string.Empty,
        }));

        LanguagePack pack = rules.Get<LanguageCatalog>().Find("xx")!;
        Assert.Equal("/etc/passwd", pack.Name);
        Assert.Equal(new[] { "echo pwned > /tmp/newslint-pwned" }, pack.DetectionWords);
        Assert.Equal(new[] { "Exit", "und" }, pack.Conjunctions);
        Assert.Equal(new[] { "NL0001 4:16" }, Positions(rules, path));
        Assert.False(System.IO.File.Exists("/tmp/newslint-pwned"));
        AssertOtherRulesStillRun(rules);
    }

    [Fact]
    public void Alias_bomb_stays_small()
    {
        // "Billion laughs": the representation model keeps aliases as shared nodes, nothing is expanded.
        var lines = new List<string> { "language: xx", "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]" };
        for (int i = 1; i < 10; i++)
        {
            lines.Add($"a{i}: &a{i} [*a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}]");
        }

        lines.Add("detection: *a9");
        const string path = "news/rules/languages/bomb.yaml";
        RuleSet rules = Load(path, string.Join("\n", lines) + "\n");
        Assert.Equal(10, rules.Diagnostics.Count(d => d.Path == path && d.Id == "NL0005"));
        Assert.InRange(rules.Diagnostics.Count(d => d.Path == path && d.Id == "NL0001"), 1, 9);
        AssertOtherRulesStillRun(rules);
    }

    [Fact]
    public void Several_broken_files_each_report_their_own_path()
    {
        RuleSet rules = RuleSetLoader.Load(new[]
        {
            new RuleFile("b/rules/places/one.yaml", "places: [\n"),
            new RuleFile("a/rules/languages/two.yaml", "language: xx\nmonths: 3\n"),
        });
        Assert.Equal(new[] { "a/rules/languages/two.yaml", "b/rules/places/one.yaml" }, rules.Diagnostics.Select(d => d.Path).ToArray());
        AssertOtherRulesStillRun(rules);
    }
}
