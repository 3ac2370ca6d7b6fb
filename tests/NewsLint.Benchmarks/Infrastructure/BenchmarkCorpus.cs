using System;
using System.Collections.Immutable;
using System.Linq;
using Markdig;
using NewsLint.Analysis;
using NewsLint.Benchmarks.Corpus;
using NewsLint.Text;

namespace NewsLint.Benchmarks.Infrastructure;

/// <summary>The corpus every throughput benchmark reads: the first 200 articles of seed 42 (about 1.1 MB).</summary>
public static class BenchmarkCorpus
{
    public const int Count = 200;

    /// <summary>The engine's Markdig pipeline (ArticleParser), for measuring Markdig alone.</summary>
    public static readonly MarkdownPipeline MarkdigPipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .Build();

    private static readonly Lazy<ImmutableArray<GeneratedArticle>> LazyArticles = new(() => CorpusGenerator.Generate(Count));

    public static ImmutableArray<GeneratedArticle> Articles => LazyArticles.Value;

    public static (double Bytes, double Articles) PerArticle => (Articles.Sum(a => (double)a.Utf8Bytes) / Count, 1);

    public static ImmutableArray<SourceDocument> Sources() => Articles.Select(a => new SourceDocument(a.Path, a.Text)).ToImmutableArray();

    /// <summary>The rules a command's <c>--rules</c> names: <c>all</c>, <c>none</c>, or a family or rule (<see cref="Family"/>).</summary>
    public static ImmutableArray<ArticleRule> Selected(string rules) => rules switch
    {
        "all" => RuleCatalog.Rules,
        "none" => ImmutableArray<ArticleRule>.Empty,
        _ => Family(rules),
    };

    /// <summary>
    /// The rules of one family: those under <c>NewsLint.Checks.&lt;family&gt;</c> (Checks/Dates, Checks/Quotations, ...);
    /// or one rule by its first ID (<c>NL4002</c>), to see what one rule of a family costs.
    /// </summary>
    public static ImmutableArray<ArticleRule> Family(string family)
    {
        ImmutableArray<ArticleRule> rules = RuleCatalog.Rules
            .Where(r => string.Equals(r.GetType().Namespace, "NewsLint.Checks." + family, StringComparison.Ordinal)
                || string.Equals(r.Descriptors[0].Id, family, StringComparison.Ordinal))
            .ToImmutableArray();
        if (rules.IsEmpty)
        {
            throw new InvalidOperationException($"no rule in NewsLint.Checks.{family}");
        }

        return rules;
    }
}
