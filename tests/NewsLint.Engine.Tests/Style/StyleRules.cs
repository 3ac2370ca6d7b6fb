using System.Collections.Generic;
using System.Linq;
using NewsLint.Diagnostics;
using NewsLint.Rules;
using Xunit;

namespace NewsLint.Tests.Style;

/// <summary>Newsroom style rules written inline, loaded after the defaults as a newsroom's own folder would be.</summary>
public static class StyleRules
{
    public const string Path = "newsroom/rules/style/house.yaml";

    /// <summary>The defaults plus one newsroom style file; asserts the file reads without problems.</summary>
    public static RuleSet Load(string yaml)
    {
        RuleSet rules = RuleSetLoader.Load(new[] { new RuleFile(Path, yaml) });
        Assert.Empty(rules.Diagnostics.Where(d => d.Path == Path));
        return rules;
    }

    /// <summary>The problems found in one style file, as "ID line:col" strings.</summary>
    public static List<string> Problems(string yaml, string path = Path) =>
        Problems(RuleSetLoader.Load(new[] { new RuleFile(path, yaml) }), path);

    public static List<string> Problems(RuleSet rules, string path = Path) =>
        rules.Diagnostics.Where(d => d.Path == path).OrderBy(d => d.Span.Start).Select(d => $"{d.Id} {d.LineSpan.Start.Line}:{d.LineSpan.Start.Column}").ToList();

    public static LintDiagnostic Problem(string yaml) =>
        Assert.Single(RuleSetLoader.Load(new[] { new RuleFile(Path, yaml) }).Diagnostics, d => d.Path == Path);
}
