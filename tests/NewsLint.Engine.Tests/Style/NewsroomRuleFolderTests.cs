using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NewsLint.Analysis;
using NewsLint.Rules;
using NewsLint.Tests.Infrastructure;
using Xunit;

namespace NewsLint.Tests.Style;

/// <summary>
/// A newsroom writes style rules without C#: its folder (Fixtures/newsroom/rules) is read from disk as a host reads
/// it, and the article gets diagnostics with the IDs, messages and severities the newsroom chose.
/// </summary>
public sealed class NewsroomRuleFolderTests
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "Fixtures", "newsroom");

    private static RuleSet LoadFolder()
    {
        var files = new List<RuleFile>();
        foreach (string path in Directory.EnumerateFiles(Path.Combine(Root, "rules"), "*", SearchOption.AllDirectories))
        {
            files.Add(new RuleFile(Path.GetRelativePath(Root, path).Replace('\\', '/'), File.ReadAllText(path)));
        }

        return RuleSetLoader.Load(files);
    }

    [Fact]
    public void The_newsrooms_rules_load_without_problems()
    {
        RuleSet rules = LoadFolder();
        Assert.Empty(rules.Diagnostics);
        Assert.Contains("rules/style/tempo.yaml", rules.Files);
        Assert.Contains("rules/style/headlines.yml", rules.Files);
    }

    [Fact]
    public void The_article_gets_the_newsrooms_ids_severities_and_messages()
    {
        LintResult result = Lint.Run(File.ReadAllText(Path.Combine(Root, "article.md")), LoadFolder(), path: "article.md");
        var findings = result.Diagnostics
            .Where(d => d.Id.StartsWith("TEMPO", StringComparison.Ordinal))
            .Select(d => $"{d.Id} {d.Severity} {d.LineSpan.Start.Line}:{d.LineSpan.Start.Column} {d.Message}")
            .ToArray();
        Assert.Equal(
            new[]
            {
                "TEMPO-H1 Warning 4:3 Judul 13 kata; paling banyak 8",
                "TEMPO001 Error 6:16 Hindari kata sensasional 'heboh'",
                "TEMPO003 Warning 6:35 Artikel ini menulis 'Presiden Vladimir Putin' lebih dulu; jangan campur dengan 'Presiden Putin'",
                "TEMPO002 Info 8:42 Tulis 'NATO', bukan 'Pakta Pertahanan Atlantik Utara'",
            },
            findings);
    }

    [Fact]
    public void Without_the_folder_the_same_article_has_none_of_them()
    {
        LintResult result = Lint.Run(File.ReadAllText(Path.Combine(Root, "article.md")), path: "article.md");
        Assert.DoesNotContain(result.Diagnostics, d => d.Id.StartsWith("TEMPO", StringComparison.Ordinal));
    }
}
