using BenchmarkDotNet.Attributes;
using NewsLint.Analysis;
using NewsLint.Benchmarks.Corpus;
using NewsLint.Benchmarks.Infrastructure;
using NewsLint.Rules;
using NewsLint.Text;

namespace NewsLint.Benchmarks;

/// <summary>
/// One article of about 5 KB, 50 KB and 500 KB (the same generator, longer): MB/s must stay flat as length grows,
/// for the engine as for Markdig. A drop at 100x points at something quadratic in article length.
/// </summary>
public class LinearityBenchmarks : IThroughputWorkload
{
    private const int BaseBytes = 5000;

    private SourceDocument _source = null!;
    private LintEngine _engine = null!;

    [Params(1, 10, 100)]
    public int Scale { get; set; }

    [Params("en", "id")]
    public string Language { get; set; } = "en";

    [GlobalSetup]
    public void Setup()
    {
        GeneratedArticle article = Article();
        _source = new SourceDocument(article.Path, article.Text);
        _engine = new LintEngine(RuleSetLoader.LoadDefaults());
    }

    [Benchmark(Baseline = true)]
    public int MarkdigParse() => Markdig.Markdown.Parse(_source.Text, BenchmarkCorpus.MarkdigPipeline).Count;

    [Benchmark]
    public int FullEngine() => _engine.Lint(_source).Diagnostics.Length;

    public (double Bytes, double Articles) PerOperation() => (Article().Utf8Bytes, 1);

    private GeneratedArticle Article() => CorpusGenerator.Article(0, CorpusGenerator.DefaultSeed, BaseBytes * Scale, Language);
}
