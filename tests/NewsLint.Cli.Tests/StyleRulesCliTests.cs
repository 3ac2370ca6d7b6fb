using System;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace NewsLint.Cli.Tests;

/// <summary>A newsroom's own style rules end to end: its IDs in text, JSON and SARIF, its severities, .editorconfig by ID.</summary>
public sealed class StyleRulesCliTests
{
    private const string Rules = "rules:\n  - id: TEMPO001\n    kind: existence\n    message: \"Hindari kata sensasional '{match}'\"\n    severity: error\n    link: https://tempo.example/gaya#heboh\n    tokens: [heboh]\n";

    private const string Article = "Pertemuan yang heboh itu dihadiri para pemimpin di negara – negara bekas Uni Soviet.\n";

    [Fact]
    public void Newsroom_rule_ids_and_severities_in_text_output()
    {
        using var dir = new TempFolder();
        dir.Write("rules/style/tempo.yaml", Rules);
        dir.Write("news/a.md", Article);
        var (exit, stdout, _) = CliRun.Run(dir.Path, "check", "news", "--rules", "rules");
        Assert.Equal(1, exit);
        Assert.Contains("news/a.md(1,16): error TEMPO001: Hindari kata sensasional 'heboh'", stdout, StringComparison.Ordinal);
        Assert.Contains("news/a.md(1,52): warning NL5001: Write the reduplication 'negara – negara' as 'negara-negara'", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Editorconfig_configures_newsroom_and_shipped_style_ids_per_folder()
    {
        using var dir = new TempFolder();
        dir.Write(".editorconfig", "root = true\n\n[*.md]\nnewslint.NL5001.severity = error\n\n[archive/**.md]\nnewslint.TEMPO001.severity = none\nnewslint.NL5001.severity = suggestion\n");
        dir.Write("rules/style/tempo.yaml", Rules);
        dir.Write("news/a.md", Article);
        dir.Write("archive/b.md", Article);
        var (_, stdout, _) = CliRun.Run(dir.Path, "check", "news", "archive", "--rules", "rules");
        Assert.Contains("news/a.md(1,16): error TEMPO001", stdout, StringComparison.Ordinal);
        Assert.Contains("news/a.md(1,52): error NL5001", stdout, StringComparison.Ordinal);
        Assert.Contains("archive/b.md(1,52): info NL5001", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("archive/b.md(1,16)", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_and_sarif_carry_the_newsroom_id_link_and_replacement()
    {
        using var dir = new TempFolder();
        dir.Write("rules/style/tempo.yaml", Rules);
        dir.Write("a.md", Article);
        var (_, json, _) = CliRun.Run(dir.Path, "check", "a.md", "--rules", "rules", "--format", "json");
        using (JsonDocument document = JsonDocument.Parse(json))
        {
            JsonElement[] diagnostics = document.RootElement.GetProperty("diagnostics").EnumerateArray().ToArray();
            JsonElement tempo = diagnostics.Single(d => d.GetProperty("id").GetString() == "TEMPO001");
            Assert.Equal("error", tempo.GetProperty("severity").GetString());
            Assert.Equal("https://tempo.example/gaya#heboh", tempo.GetProperty("helpUri").GetString());
            Assert.Contains("negara-negara", diagnostics.Single(d => d.GetProperty("id").GetString() == "NL5001").ToString(), StringComparison.Ordinal);
        }

        var (_, sarif, _) = CliRun.Run(dir.Path, "check", "a.md", "--rules", "rules", "--format", "sarif");
        using JsonDocument log = JsonDocument.Parse(sarif);
        JsonElement rules = log.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules");
        Assert.Contains(rules.EnumerateArray(), r => r.GetProperty("id").GetString() == "TEMPO001");
    }

    [Fact]
    public void Catastrophic_pattern_is_NL0002_and_the_run_goes_on()
    {
        using var dir = new TempFolder();
        dir.Write("rules/style/slow.yaml", "id: TEMPO900\nkind: existence\nmessage: x\ntimeout-ms: 20\npattern: '(a+)+$'\n");
        dir.Write("a.md", new string('a', 5000) + "!\n\nKyiv, Berdyansk, Sumy, Berdyansk, dan Chernihiv.\n");
        var (_, stdout, _) = CliRun.Run(dir.Path, "check", "a.md", "--rules", "rules");
        Assert.Contains("a.md(1,1): warning NL0002: Rule TEMPO900 (rules/style/slow.yaml, line 5) was stopped", stdout, StringComparison.Ordinal);
        Assert.Contains("warning NL4001", stdout, StringComparison.Ordinal);
    }
}
