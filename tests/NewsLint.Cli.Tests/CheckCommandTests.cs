using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace NewsLint.Cli.Tests;

public sealed class CheckCommandTests
{
    private const string Duplicate = CliRun.DuplicatePlaces;

    private static string SharedArticle => CliRun.SharedArticle;

    [Fact]
    public void Text_format_is_msbuild_style_and_warnings_exit_zero()
    {
        using var dir = new TempFolder();
        dir.Write("news/csto.md", SharedArticle);
        var (exit, stdout, _) = CliRun.Run(dir.Path, "check", "news");
        Assert.Equal(0, exit);
        Assert.Contains("news/csto.md(19,208): warning NL4001: 'Berdyansk' is listed twice", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Warnaserror_exits_one()
    {
        using var dir = new TempFolder();
        dir.Write("a.md", Duplicate);
        Assert.Equal(1, CliRun.Run(dir.Path, "check", "a.md", "--warnaserror").ExitCode);
    }

    [Fact]
    public void Json_is_exactly_one_object_with_one_based_exclusive_spans()
    {
        using var dir = new TempFolder();
        dir.Write("csto.md", SharedArticle);
        var (exit, stdout, _) = CliRun.Run(dir.Path, "check", "csto.md", "--format", "json");
        Assert.Equal(0, exit);
        using JsonDocument json = JsonDocument.Parse(stdout);
        JsonElement d = json.RootElement.GetProperty("diagnostics").EnumerateArray().Single(e => e.GetProperty("id").GetString() == "NL4001");
        Assert.Equal("warning", d.GetProperty("severity").GetString());
        Assert.Equal("csto.md", d.GetProperty("path").GetString());
        Assert.Equal(19, d.GetProperty("line").GetInt32());
        Assert.Equal(208, d.GetProperty("column").GetInt32());
        Assert.Equal(19, d.GetProperty("endLine").GetInt32());
        Assert.Equal(217, d.GetProperty("endColumn").GetInt32());
        Assert.StartsWith("'Berdyansk' is listed twice", d.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_lists_recognized_enumerations()
    {
        using var dir = new TempFolder();
        dir.Write("a.md", Duplicate);
        var (_, stdout, _) = CliRun.Run(dir.Path, "check", "a.md", "--format", "json", "--explain");
        using JsonDocument json = JsonDocument.Parse(stdout);
        JsonElement article = json.RootElement.GetProperty("articles")[0];
        Assert.Equal("id", article.GetProperty("language").GetString());
        Assert.Contains(
            article.GetProperty("mentions").EnumerateArray(),
            m => m.GetProperty("kind").GetString() == "enumeration" && m.GetProperty("items").GetString() == "Kyiv | Berdyansk | Kharkiv | Sumy | Berdyansk | Chernihiv");
    }

    [Fact]
    public void Sarif_is_2_1_0_with_rule_metadata_and_help_links()
    {
        using var dir = new TempFolder();
        dir.Write("a.md", Duplicate);
        var (_, stdout, _) = CliRun.Run(dir.Path, "check", "a.md", "--format", "sarif");
        using JsonDocument json = JsonDocument.Parse(stdout);
        Assert.Equal("2.1.0", json.RootElement.GetProperty("version").GetString());
        JsonElement run = json.RootElement.GetProperty("runs")[0];
        JsonElement rule = run.GetProperty("tool").GetProperty("driver").GetProperty("rules")[0];
        Assert.Equal("NL4001", rule.GetProperty("id").GetString());
        Assert.EndsWith("docs/NL4001.md", rule.GetProperty("helpUri").GetString(), StringComparison.Ordinal);
        JsonElement result = run.GetProperty("results")[0];
        Assert.Equal("warning", result.GetProperty("level").GetString());
        JsonElement region = result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        Assert.Equal(1, region.GetProperty("startLine").GetInt32());
        Assert.Equal(66, region.GetProperty("startColumn").GetInt32());
    }

    [Fact]
    public void Editorconfig_sets_severity_per_folder()
    {
        using var dir = new TempFolder();
        dir.Write(".editorconfig", "root = true\n\n[*.md]\nnewslint.NL4001.severity = error\n\n[archive/**.md]\nnewslint.NL4001.severity = none\n");
        dir.Write("news/a.md", Duplicate);
        dir.Write("archive/b.md", Duplicate);
        var (exit, stdout, _) = CliRun.Run(dir.Path, "check", ".");
        Assert.Equal(1, exit);
        Assert.Contains("news/a.md(1,66): error NL4001", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("archive/b.md", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Newsroom_rules_folder_extends_defaults_and_is_not_linted_as_articles()
    {
        using var dir = new TempFolder();
        dir.Write("rules/places/local.yaml", "places:\n  - id: zaporizhzhia\n    names: [Zaporizhzhia, Zaporozhye]\n");
        // A canonical text (rules/canon is a rule kind): read as a rule file, never linted as an article.
        dir.Write("rules/canon/x/clause.en.md", "---\nid: x-art1-en\ninstrument: { id: x, names: { en: [X Act] } }\narticle: 1\nlanguage: en\ntext: authentic\nversion: { name: \"1\" }\n---\nKyiv, Lviv, Sumy and Kyiv.\n");
        dir.Write("news/a.md", "Shelling hit Kharkiv, Zaporizhzhia, Sumy and Zaporozhye.\n");
        var (_, stdout, _) = CliRun.Run(dir.Path, "check", ".", "--rules", "rules");
        Assert.Contains("news/a.md(1,46): warning NL4001: 'Zaporozhye'", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("clause.en.md", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_rule_file_is_an_error_with_its_position_and_articles_are_still_checked()
    {
        using var dir = new TempFolder();
        dir.Write("rules/places/bad.yaml", "places:\n  - id: [a, b]\n    names: [X]\n");
        dir.Write("a.md", Duplicate);
        var (exit, stdout, _) = CliRun.Run(dir.Path, "check", "a.md", "--rules", "rules");
        Assert.Equal(1, exit);
        Assert.Contains("rules/places/bad.yaml(2,9): error NL0001: Rule file is invalid: 'id' must be a text value", stdout, StringComparison.Ordinal);
        Assert.Contains("a.md(1,66): warning NL4001", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_is_NL0003_at_its_byte_offset_and_the_rest_is_still_checked()
    {
        // "Kyiv, Berdyansk" with a Windows-1252 e-acute (0xE9) saved inside a UTF-8 file, before a repeated city.
        using var dir = new TempFolder();
        byte[] text = System.Text.Encoding.UTF8.GetBytes("Caf\u00E9 talk. " + Duplicate);
        byte[] bytes = new byte[text.Length - 1];
        Array.Copy(text, bytes, 3);
        bytes[3] = 0xE9;
        Array.Copy(text, 5, bytes, 4, text.Length - 5);
        dir.WriteBytes("a.md", bytes);
        var (exit, stdout, _) = CliRun.Run(dir.Path, "check", "a.md");
        Assert.Equal(0, exit);
        Assert.Contains("a.md(1,4): warning NL0003: The file contains a byte sequence that is not valid UTF-8 at byte offset 3 (1 in all)", stdout, StringComparison.Ordinal);
        Assert.Contains("a.md(1,77): warning NL4001: 'Berdyansk' is listed twice", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_byte_order_mark_does_not_shift_columns()
    {
        using var dir = new TempFolder();
        byte[] text = System.Text.Encoding.UTF8.GetBytes(Duplicate);
        byte[] bytes = new byte[text.Length + 3];
        bytes[0] = 0xEF;
        bytes[1] = 0xBB;
        bytes[2] = 0xBF;
        Array.Copy(text, 0, bytes, 3, text.Length);
        dir.WriteBytes("a.md", bytes);
        var (_, stdout, _) = CliRun.Run(dir.Path, "check", "a.md");
        Assert.Contains("a.md(1,66): warning NL4001", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("NL0003", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("check", "a.md", "--format", "xml")]
    [InlineData("check", "a.md", "--bogus")]
    [InlineData("lint", "a.md")]
    [InlineData("check", "missing.md")]
    [InlineData("check", "a.md", "--rules", "no-such-folder")]
    public void Bad_usage_or_missing_input_exits_two(params string[] args)
    {
        using var dir = new TempFolder();
        dir.Write("a.md", Duplicate);
        var (exit, _, stderr) = CliRun.Run(dir.Path, args);
        Assert.Equal(2, exit);
        Assert.StartsWith("newslint:", stderr.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void Output_order_is_stable_whatever_the_parallelism()
    {
        using var dir = new TempFolder();
        for (int i = 0; i < 40; i++)
        {
            dir.Write($"n{i % 7}/a{i}.md", i % 2 == 0 ? Duplicate : SharedArticle);
        }

        string one = CliRun.Run(dir.Path, "check", ".", "--format", "json", "-j", "1").Stdout;
        string many = CliRun.Run(dir.Path, "check", ".", "--format", "json", "-j", "8").Stdout;
        Assert.Equal(one, many);

        // Text is written file by file as results come in, in the order of the files all the same.
        string textOne = CliRun.Run(dir.Path, "check", ".", "-j", "1").Stdout;
        string textMany = CliRun.Run(dir.Path, "check", ".", "-j", "8").Stdout;
        Assert.Equal(textOne, textMany);
        Assert.Equal(40, textOne.Split('\n').Count(line => line.Contains(": warning NL4001:", StringComparison.Ordinal)));

        // Counted for one rule, so that rules added later do not change the expectation.
        Assert.Equal(40, JsonDocument.Parse(one).RootElement.GetProperty("diagnostics").EnumerateArray().Count(d => d.GetProperty("id").GetString() == "NL4001"));
    }
}
