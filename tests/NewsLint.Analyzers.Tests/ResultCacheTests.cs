using System;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using NewsLint.Analysis;
using NewsLint.Rules;
using Xunit;

namespace NewsLint.Analyzers.Tests;

/// <summary>Tests that count engine runs of the analyzer's process-wide cache: alone, so no other test lints meanwhile.</summary>
[CollectionDefinition(nameof(AnalyzerCacheCollection), DisableParallelization = true)]
public sealed class AnalyzerCacheCollection
{
}

[Collection(nameof(AnalyzerCacheCollection))]
public sealed class ResultCacheTests
{
    private const string Duplicate = "Shelling hit Kyiv, Kharkiv, Sumy and Kiev.";

    [Fact]
    public async Task A_second_compilation_relints_only_the_changed_article()
    {
        string run = Guid.NewGuid().ToString("N");
        (string, string) a = ($"/{run}/articles/a.md", $"{Duplicate}\n\n<!-- {run} a -->\n");
        (string, string) b = ($"/{run}/articles/b.md", $"{Duplicate}\n\n<!-- {run} b -->\n");
        (string, string) c = ($"/{run}/articles/c.md", $"{Duplicate}\n\n<!-- {run} c -->\n");

        long before = NewsLintAnalyzer.Results.Lints;
        ImmutableArray<Diagnostic> first = await Analyze(a, b, c);
        Assert.Equal(3, NewsLintAnalyzer.Results.Lints - before);

        (string, string) changed = (a.Item1, $"Shelling hit Kyiv, Kharkiv, Sumy and Odesa.\n\n<!-- {run} a -->\n");
        before = NewsLintAnalyzer.Results.Lints;
        ImmutableArray<Diagnostic> second = await Analyze(changed, b, c);

        Assert.Equal(1, NewsLintAnalyzer.Results.Lints - before);
        Assert.Equal(3, first.Count(d => d.Id == "NL4001"));
        Assert.Equal(2, second.Count(d => d.Id == "NL4001"));
    }

    [Fact]
    public async Task A_changed_rule_file_relints_every_article()
    {
        string run = Guid.NewGuid().ToString("N");
        (string, string) a = ($"/{run}/articles/a.md", $"{Duplicate}\n\n<!-- {run} a -->\n");
        (string, string) b = ($"/{run}/articles/b.md", $"{Duplicate}\n\n<!-- {run} b -->\n");
        (string, string) rules = ($"/{run}/rules/places/extra.yaml", Places("Testville"));

        await Analyze(a, b, rules);
        long before = NewsLintAnalyzer.Results.Lints;
        await Analyze(a, b, rules);
        Assert.Equal(0, NewsLintAnalyzer.Results.Lints - before);

        await Analyze(a, b, (rules.Item1, Places("Otherville")));
        Assert.Equal(2, NewsLintAnalyzer.Results.Lints - before);
    }

    [Fact]
    public async Task Cached_findings_take_each_compilations_severity()
    {
        string run = Guid.NewGuid().ToString("N");
        (string, string) a = ($"/{run}/articles/a.md", $"{Duplicate}\n\n<!-- {run} a -->\n");

        ImmutableArray<Diagnostic> warning = await Analyze(a);
        long before = NewsLintAnalyzer.Results.Lints;
        ImmutableArray<Diagnostic> error = await Analyze(globalConfig: "is_global = true\nnewslint.NL4001.severity = error\n", a);

        Assert.Equal(0, NewsLintAnalyzer.Results.Lints - before);
        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(warning, d => d.Id == "NL4001").Severity);
        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(error, d => d.Id == "NL4001").Severity);
    }

    [Fact]
    public void The_cache_keeps_recent_entries_and_stays_bounded()
    {
        var cache = new LintResultCache(capacity: 2);
        var engine = new LintEngine(RuleSetLoader.LoadDefaults());
        string[] texts = Enumerable.Range(0, 10).Select(i => $"{Duplicate} <!-- {i} -->").ToArray();

        foreach (string text in texts)
        {
            cache.GetOrLint(engine, "/a.md", text, CancellationToken.None);
        }

        Assert.Equal(10, cache.Lints);
        Assert.True(cache.Count <= 4, $"{cache.Count} entries");

        // The last two are still there; the first is gone.
        cache.GetOrLint(engine, "/a.md", texts[9], CancellationToken.None);
        cache.GetOrLint(engine, "/a.md", texts[8], CancellationToken.None);
        Assert.Equal(10, cache.Lints);
        cache.GetOrLint(engine, "/a.md", texts[0], CancellationToken.None);
        Assert.Equal(11, cache.Lints);
    }

    private static string Places(string name) => $"""
        places:
          - id: {name.ToLowerInvariant()}
            kind: city
            names: [{name}]
            preferred: {"{"} en: {name} {"}"}
        """;

    private static Task<ImmutableArray<Diagnostic>> Analyze(params (string Path, string Text)[] files) => Analyze(null, files);

    private static async Task<ImmutableArray<Diagnostic>> Analyze(string? globalConfig, params (string Path, string Text)[] files)
    {
        CSharpCompilation compilation = CSharpCompilation.Create("content", [CSharpSyntaxTree.ParseText(string.Empty)]);
        ImmutableArray<AdditionalText> additional = files.Select(f => (AdditionalText)new InMemoryText(f.Path, f.Text)).ToImmutableArray();
        AnalyzerConfigOptionsProvider provider = globalConfig is null ? EmptyOptions.Provider : new ConfigProvider(globalConfig);
        var options = new AnalyzerOptions(additional, provider);
        CompilationWithAnalyzers analysis = compilation.WithAnalyzers([new NewsLintAnalyzer()], options);
        return await analysis.GetAnalyzerDiagnosticsAsync();
    }

    private sealed class InMemoryText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text);
    }

    private static class EmptyOptions
    {
        public static readonly AnalyzerConfigOptionsProvider Provider = new ConfigProvider(string.Empty);
    }

    /// <summary>Only global options (enough for a severity key): per-file options are empty.</summary>
    private sealed class ConfigProvider(string config) : AnalyzerConfigOptionsProvider
    {
        private readonly Options _global = new(config);

        public override AnalyzerConfigOptions GlobalOptions => _global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Options.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Options.Empty;

        private sealed class Options(string config) : AnalyzerConfigOptions
        {
            public static readonly Options Empty = new(string.Empty);

            private readonly ImmutableDictionary<string, string> _values = config
                .Split('\n')
                .Select(line => line.Split('=', 2))
                .Where(pair => pair.Length == 2)
                .ToImmutableDictionary(pair => pair[0].Trim(), pair => pair[1].Trim(), StringComparer.Ordinal);

            public override bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);
        }
    }
}
