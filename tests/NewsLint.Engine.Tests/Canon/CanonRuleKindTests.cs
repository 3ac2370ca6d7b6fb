using System.Collections.Generic;
using System.Linq;
using NewsLint.Rules;
using NewsLint.Rules.Canon;
using NewsLint.Tests.Infrastructure;
using Xunit;

namespace NewsLint.Tests.Canon;

/// <summary>Reading rules/canon/*.md: front matter, body paragraphs, newsroom overrides, and every problem at its place.</summary>
public sealed class CanonRuleKindTests
{
    private const string Path = "newsroom/rules/canon/test.en.md";

    private const string Valid = """
        ---
        id: test-art2-en
        instrument: { id: test-act, names: { en: [Test Act, TA] }, articles: 3 }
        article: 2
        language: en
        text: authentic
        version: { name: "2024", from: 2024-01-01 }
        ---
        The first paragraph
        goes on here.

        <!-- a note for editors -->
        The second paragraph.
        """;

    private static RuleSet Load(string text) => RuleSetLoader.Load(new[] { new RuleFile(Path, text) });

    private static List<string> Problems(string text) =>
        Load(text).Diagnostics.Where(d => d.Path == Path).Select(d => $"{d.Id} {d.LineSpan.Start.Line}:{d.LineSpan.Start.Column} {d.Message}").ToList();

    [Fact]
    public void Defaults_are_embedded_whatever_their_language_suffix()
    {
        Assert.Contains("rules/canon/collective-security-treaty-art4-1992.id.md", RuleSetLoader.DefaultFiles.Select(f => f.Path));
        Assert.Contains("rules/canon/collective-security-treaty-art4-1992.ru.md", RuleSetLoader.DefaultFiles.Select(f => f.Path));
        CanonCatalog catalog = Lint.DefaultRules.Get<CanonCatalog>();
        Assert.Equal(7, catalog.Clauses.Length);
        Assert.Equal(new[] { "collective-security-treaty", "north-atlantic-treaty", "un-charter" }, catalog.Instruments.Keys.OrderBy(k => k));
        Assert.Contains("Perjanjian Keamanan Kolektif", catalog.Instruments["collective-security-treaty"].NamesIn("id"));
        Assert.Contains("Договор о коллективной безопасности", catalog.Instruments["collective-security-treaty"].NamesIn("ru"));
    }

    [Fact]
    public void Reads_front_matter_and_paragraphs()
    {
        RuleSet rules = Load(Valid);
        Assert.Empty(rules.Diagnostics);
        CanonClause clause = rules.Get<CanonCatalog>().Find("test-art2-en")!;
        Assert.Equal(new[] { "The first paragraph goes on here.", "The second paragraph." }, clause.Paragraphs);
        Assert.Equal("2", clause.Article);
        Assert.True(clause.IsAuthentic);
        Assert.Equal(3, clause.Instrument.Articles);
        Assert.Equal("2024", clause.Version.Name);
        Assert.False(clause.Version.IsSuperseded);
        Assert.Equal(Path, clause.SourcePath);
        Assert.Equal(2, clause.SourceLine);
    }

    [Fact]
    public void A_newsroom_file_with_the_same_id_replaces_a_default()
    {
        RuleSet rules = RuleSetLoader.Load(new[]
        {
            new RuleFile("newsroom/rules/canon/nato.en.md", """
                ---
                id: north-atlantic-treaty-art5-en
                instrument: { id: north-atlantic-treaty, names: { en: [Atlantic Pact] } }
                article: 5
                language: en
                text: authentic
                version: { name: "newsroom" }
                ---
                The Parties agree to consult together.
                """),
        });
        CanonCatalog catalog = rules.Get<CanonCatalog>();
        Assert.Equal(7, catalog.Clauses.Length);
        Assert.Equal("newsroom", catalog.Find("north-atlantic-treaty-art5-en")!.Version.Name);
        Assert.Contains("Atlantic Pact", catalog.Instruments["north-atlantic-treaty"].NamesIn("en"));
        Assert.Contains("North Atlantic Treaty", catalog.Instruments["north-atlantic-treaty"].NamesIn("en"));
    }

    [Fact]
    public void Missing_front_matter() => Assert.Equal(
        new[] { "NL0001 1:1 Rule file is invalid: a canonical text starts with YAML front matter between two '---' lines" },
        Problems("The Parties agree.\n"));

    [Fact]
    public void Wrong_text_kind_at_its_line() => Assert.Equal(
        new[] { "NL0001 6:7 Rule file is invalid: 'text' must be authentic or reference-translation, not 'official'" },
        Problems(Valid.Replace("text: authentic", "text: official", System.StringComparison.Ordinal)));

    [Fact]
    public void Article_beyond_the_instrument() => Assert.Equal(
        new[] { "NL0001 4:10 Rule file is invalid: the instrument has 3 articles; there is no article 7" },
        Problems(Valid.Replace("article: 2", "article: 7", System.StringComparison.Ordinal)));

    [Fact]
    public void Reference_translation_without_its_original()
    {
        List<string> problems = Problems(Valid.Replace("text: authentic", "text: reference-translation", System.StringComparison.Ordinal));
        Assert.Equal("NL0001 2:1 Rule file is invalid: a reference translation needs 'translation-of': the id of the text it translates", Assert.Single(problems));
    }

    [Fact]
    public void Reference_translation_of_an_id_no_file_defines_is_NL0001_at_that_id()
    {
        string translation = Valid.Replace("text: authentic", "text: reference-translation\ntranslation-of: test-art2-xx", System.StringComparison.Ordinal);
        Assert.Equal(
            new[] { "NL0001 7:17 Rule file is invalid: 'translation-of' names 'test-art2-xx', but no file in a canon folder has that id; the translation is read, but its original is unknown" },
            Problems(translation));
        Assert.Contains(Load(translation).Get<CanonCatalog>().Clauses, c => c.Id == "test-art2-en");
    }

    [Fact]
    public void Reference_translation_of_a_clause_in_another_file_is_clean()
    {
        string translation = Valid.Replace("text: authentic", "text: reference-translation\ntranslation-of: un-charter-art51-en", System.StringComparison.Ordinal);
        Assert.Empty(Problems(translation));
    }

    [Fact]
    public void Date_that_does_not_exist_and_unknown_key()
    {
        List<string> problems = Problems(Valid.Replace("from: 2024-01-01", "from: 2023-02-29", System.StringComparison.Ordinal).Replace("language: en", "language: en\nlanguge: en", System.StringComparison.Ordinal));
        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.StartsWith("NL0005 6:1", System.StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("NL0001 8:", System.StringComparison.Ordinal) && p.Contains("'2023-02-29' is not a date that exists", System.StringComparison.Ordinal));
    }

    [Fact]
    public void Empty_body()
    {
        string text = Valid.Substring(0, Valid.IndexOf("The first", System.StringComparison.Ordinal));
        Assert.Equal(new[] { "NL0001 2:1 Rule file is invalid: the clause's text is missing: write it after the front matter" }, Problems(text));
    }

    [Fact]
    public void Invalid_yaml_in_front_matter_keeps_the_file_line()
    {
        List<string> problems = Problems(Valid.Replace("article: 2", "article: [2", System.StringComparison.Ordinal));
        Assert.StartsWith("NL0001 ", Assert.Single(problems), System.StringComparison.Ordinal);
        Assert.DoesNotContain("1:1 ", problems[0], System.StringComparison.Ordinal);
    }
}
