using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace NewsLint.Cli.Tests;

public sealed class DiffCommandTests
{
    private static string SharedArticle => CliRun.SharedArticle;

    [Fact]
    public void Text_shows_each_matched_quotation_against_its_clause()
    {
        using var dir = new TempFolder();
        dir.Write("csto.md", SharedArticle);
        var (exit, stdout, stderr) = CliRun.Run(dir.Path, "diff", "csto.md");
        Assert.Equal(0, exit);
        Assert.Contains("csto.md:35: Collective Security Treaty, Article 4 ¶1, 1992 wording, id reference translation, 79% similar", stdout, StringComparison.Ordinal);
        Assert.Contains("csto.md:37: Collective Security Treaty, Article 4 ¶2, 1992 wording, id reference translation, 76% similar", stdout, StringComparison.Ordinal);
        Assert.Contains("rules/canon/collective-security-treaty-art4-1992.id.md (collective-security-treaty-art4-1992-id), continuing the quotation before", stdout, StringComparison.Ordinal);
        Assert.Contains("melaksanakan [-hak atas-]{+hal untuk+} pertahanan kolektif", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", stdout, StringComparison.Ordinal);
        Assert.Contains("2 quotation(s) matched", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Material_changes_are_marked_and_listed()
    {
        using var dir = new TempFolder();
        dir.Write("a.md", "Each ally \"may assist the Party or Parties so attacked by taking forthwith, individually and in concert with the other Parties, such action as it deems necessary\", the treaty says.\n");
        var (_, stdout, _) = CliRun.Run(dir.Path, "diff", "a.md");
        Assert.Contains("[-will-]{+may+}!", stdout, StringComparison.Ordinal);
        Assert.Contains("  ! 'will' → 'may' (modal)", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Color_always_uses_ansi_red_and_green()
    {
        using var dir = new TempFolder();
        dir.Write("csto.md", SharedArticle);
        var (_, stdout, _) = CliRun.Run(dir.Path, "diff", "csto.md", "--color", "always");
        Assert.Contains("\u001b[31mhak atas\u001b[0m\u001b[32mhal untuk\u001b[0m", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_puts_the_clause_beside_the_quotation()
    {
        using var dir = new TempFolder();
        dir.Write("csto.md", SharedArticle);
        var (exit, stdout, _) = CliRun.Run(dir.Path, "diff", "csto.md", "--format", "html");
        Assert.Equal(0, exit);
        Assert.StartsWith("<!DOCTYPE html>", stdout, StringComparison.Ordinal);
        Assert.Equal(2, stdout.Split("<table>").Length - 1);
        Assert.Contains("<td><b>¶2</b> Dalam hal <del>terjadi</del> tindakan agresi", stdout, StringComparison.Ordinal);
        Assert.Contains("melaksanakan <ins>hal untuk</ins> pertahanan", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_newsroom_canon_folder_is_read()
    {
        using var dir = new TempFolder();
        dir.Write("rules/canon/house-code-art1.en.md", """
            ---
            id: house-code-art1-en
            instrument: { id: house-code, names: { en: [House Code] }, articles: 3 }
            article: 1
            language: en
            text: authentic
            version: { name: "2024" }
            ---
            Reporters shall name every source unless a named source would be put in danger by it.
            """);
        dir.Write("news/a.md", "The House Code says \"reporters shall name every source unless a named source would be put in danger\".\n");
        var (exit, stdout, _) = CliRun.Run(dir.Path, "diff", "news", "--rules", "rules");
        Assert.Equal(0, exit);
        Assert.Contains("news/a.md:1: House Code, Article 1 ¶1, 2024 wording, en authentic text, 100% similar", stdout, StringComparison.Ordinal);
        Assert.Contains("  = word for word", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("diff")]
    [InlineData("diff", "a.md", "--format", "sarif")]
    [InlineData("diff", "a.md", "--color", "sometimes")]
    [InlineData("diff", "a.md", "--bogus")]
    public void Bad_usage_exits_two(params string[] args)
    {
        using var dir = new TempFolder();
        dir.Write("a.md", "Text.\n");
        Assert.Equal(2, CliRun.Run(dir.Path, args).ExitCode);
    }

    [Fact]
    public void Explain_json_has_the_clause_match_and_the_aligned_diff()
    {
        using var dir = new TempFolder();
        dir.Write("csto.md", SharedArticle);
        var (_, stdout, _) = CliRun.Run(dir.Path, "check", "csto.md", "--format", "json", "--explain");
        using JsonDocument json = JsonDocument.Parse(stdout);
        var clauses = json.RootElement.GetProperty("articles")[0].GetProperty("mentions").EnumerateArray()
            .Where(m => m.GetProperty("kind").GetString() == "clause").ToList();
        Assert.Equal(new[] { 35, 37 }, clauses.Select(c => c.GetProperty("line").GetInt32()));
        Assert.All(clauses, c => Assert.Equal("collective-security-treaty-art4-1992-id", c.GetProperty("clause").GetString()));
        Assert.All(clauses, c => Assert.Equal("1992", c.GetProperty("version").GetString()));
        Assert.Equal(new[] { "1", "2" }, clauses.Select(c => c.GetProperty("paragraphs").GetString()));
        JsonElement diff = clauses[1].GetProperty("diff");
        Assert.Contains(diff.EnumerateArray(), row => row.GetProperty("op").GetString() == "substitution"
            && row.GetProperty("canon").GetString() == "hak atas" && row.GetProperty("quote").GetString() == "hal untuk");
        JsonElement nl3001 = json.RootElement.GetProperty("diagnostics").EnumerateArray().First(d => d.GetProperty("id").GetString() == "NL3001");
        Assert.Equal("info", nl3001.GetProperty("severity").GetString());
        Assert.Equal("collective-security-treaty-art4-1992-id", nl3001.GetProperty("properties").GetProperty("clause").GetString());
    }
}
