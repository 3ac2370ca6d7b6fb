using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using NewsLint.Analysis;
using NewsLint.Benchmarks.Infrastructure;
using NewsLint.Markdown;
using NewsLint.Rules;
using NewsLint.Text;

namespace NewsLint.Benchmarks;

/// <summary>
/// Per article of the 200-article corpus: Markdig alone with the engine's pipeline (the floor, and the Ratio column's
/// baseline: the full engine's target is 2x), the engine's own parse (Markdig + prose blocks with their source map),
/// the whole engine, and each rule family alone (the engine with only that family's rules). Every
/// family run includes parsing: subtract <see cref="NoRules"/> for the family's own cost. A new family
/// (Checks/&lt;Family&gt;) is one method: <c>[Benchmark] public int Style() => Run(Family("Style"));</c>.
/// </summary>
public class EngineBenchmarks : IThroughputWorkload
{
    private readonly Dictionary<string, LintEngine> _engines = new(StringComparer.Ordinal);
    private ImmutableArray<SourceDocument> _sources;
    private RuleSet _rules = null!;

    [GlobalSetup]
    public void Setup()
    {
        _sources = BenchmarkCorpus.Sources();
        _rules = RuleSetLoader.LoadDefaults();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = BenchmarkCorpus.Count)]
    public int MarkdigParse()
    {
        int blocks = 0;
        foreach (SourceDocument source in _sources)
        {
            blocks += Markdig.Markdown.Parse(source.Text, BenchmarkCorpus.MarkdigPipeline).Count;
        }

        return blocks;
    }

    [Benchmark(OperationsPerInvoke = BenchmarkCorpus.Count)]
    public int ArticleParserParse()
    {
        int blocks = 0;
        foreach (SourceDocument source in _sources)
        {
            blocks += ArticleParser.Parse(source).Blocks.Length;
        }

        return blocks;
    }

    [Benchmark(OperationsPerInvoke = BenchmarkCorpus.Count)]
    public int FullEngine() => Run(Engine("all", RuleCatalog.Rules));

    /// <summary>Parse, prose map, language detection and suppressions: what every family run pays.</summary>
    [Benchmark(OperationsPerInvoke = BenchmarkCorpus.Count)]
    public int NoRules() => Run(Engine("none", ImmutableArray<ArticleRule>.Empty));

    [Benchmark(OperationsPerInvoke = BenchmarkCorpus.Count)]
    public int Dates() => Run(Family("Dates"));

    [Benchmark(OperationsPerInvoke = BenchmarkCorpus.Count)]
    public int Quotations() => Run(Family("Quotations"));

    [Benchmark(OperationsPerInvoke = BenchmarkCorpus.Count)]
    public int Names() => Run(Family("Names"));

    [Benchmark(OperationsPerInvoke = BenchmarkCorpus.Count)]
    public int Canon() => Run(Family("Canon"));

    [Benchmark(OperationsPerInvoke = BenchmarkCorpus.Count)]
    public int Style() => Run(Family("Style"));

    public (double Bytes, double Articles) PerOperation() => BenchmarkCorpus.PerArticle;

    private LintEngine Family(string family) => Engine(family, BenchmarkCorpus.Family(family));

    private LintEngine Engine(string key, ImmutableArray<ArticleRule> rules)
    {
        if (!_engines.TryGetValue(key, out LintEngine? engine))
        {
            _engines[key] = engine = new LintEngine(_rules, LintOptions.Default, rules);
        }

        return engine;
    }

    private int Run(LintEngine engine)
    {
        int found = 0;
        foreach (SourceDocument source in _sources)
        {
            found += engine.Lint(source).Diagnostics.Length;
        }

        return found;
    }
}
