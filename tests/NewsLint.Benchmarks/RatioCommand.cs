using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using NewsLint.Analysis;
using NewsLint.Benchmarks.Corpus;
using NewsLint.Benchmarks.Infrastructure;
using NewsLint.Rules;
using NewsLint.Text;

namespace NewsLint.Benchmarks;

/// <summary>
/// <c>ratio [--rounds N] [--rules all|none|FAMILY] [--bytes B [--language en|id]] [--warmup SECONDS]</c>: the engine's
/// time over Markdig's parse on the benchmark corpus (or on one generated article of about B bytes, as
/// LinearityBenchmarks makes them), measured in alternating passes on one thread. This machine's speed swings by half
/// within minutes, so two benchmarks run minutes apart (BenchmarkDotNet's rows) can differ by the machine rather than
/// the code; a pass of each, back to back, sees the same machine. Prints the median of the rounds' own ratios and each
/// side's median pass.
/// </summary>
internal static class RatioCommand
{
    public static int Run(string[] args)
    {
        int rounds = 200;
        string rules = "all";
        int bytes = 0;
        string language = "en";
        double? warmup = null;
        if (!CommandOptions.TryRead(args, new()
        {
            ["--rounds"] = value => rounds = int.Parse(value, CultureInfo.InvariantCulture),
            ["--rules"] = value => rules = value,
            ["--bytes"] = value => bytes = int.Parse(value, CultureInfo.InvariantCulture),
            ["--language"] = value => language = value,
            ["--warmup"] = value => warmup = double.Parse(value, CultureInfo.InvariantCulture),
        }))
        {
            return 2;
        }

        ImmutableArray<SourceDocument> sources = bytes > 0 ? ImmutableArray.Create(OneArticle(bytes, language)) : BenchmarkCorpus.Sources();
        ImmutableArray<ArticleRule> articleRules = BenchmarkCorpus.Selected(rules);
        var engine = new LintEngine(RuleSetLoader.LoadDefaults(), LintOptions.Default, articleRules);

        // Warm-up: both sides reach their optimized code before anything is counted. Tiered compilation (with dynamic
        // PGO, an instrumented tier between) takes seconds to settle: the corpus's ratio is steady after two, but one
        // 5 KB article linted again and again went from 5.1x after two seconds to 3.2x after twenty.
        double warmupSeconds = warmup ?? (bytes > 0 ? 20 : 2);
        var warming = Stopwatch.StartNew();
        for (int i = 0; i < 30 || warming.Elapsed.TotalSeconds < warmupSeconds; i++)
        {
            MarkdigPass(sources);
            EnginePass(sources, engine);
        }

        long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var markdig = new double[rounds];
        var full = new double[rounds];
        var ratios = new double[rounds];
        for (int round = 0; round < rounds; round++)
        {
            // Which side goes first alternates, so neither always follows the other's collections.
            if (round % 2 == 0)
            {
                markdig[round] = MarkdigPass(sources);
                full[round] = EnginePass(sources, engine);
            }
            else
            {
                full[round] = EnginePass(sources, engine);
                markdig[round] = MarkdigPass(sources);
            }

            ratios[round] = full[round] / markdig[round];
        }

        // Both sides ran every round: what they allocated together, a round and an article.
        double allocated = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / (double)rounds / sources.Length;
        double perArticle = 1e6 / sources.Length;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{rounds} rounds of {sources.Length} articles, rules '{rules}': Markdig {Median(markdig) * perArticle:F2} μs an article, engine {Median(full) * perArticle:F2} μs (medians of passes); both allocated {allocated / 1024:F1} KB an article"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"engine / Markdig: {Median(ratios):F2}x (median of the rounds' ratios; quartiles {Quantile(ratios, 0.25):F2}x-{Quantile(ratios, 0.75):F2}x), {Median(full) / Median(markdig):F2}x by the medians"));
        return 0;
    }

    private static SourceDocument OneArticle(int bytes, string language)
    {
        GeneratedArticle article = CorpusGenerator.Article(0, CorpusGenerator.DefaultSeed, bytes, language);
        return new SourceDocument(article.Path, article.Text);
    }

    private static double MarkdigPass(ImmutableArray<SourceDocument> sources)
    {
        long start = Stopwatch.GetTimestamp();
        int blocks = 0;
        foreach (SourceDocument source in sources)
        {
            blocks += Markdig.Markdown.Parse(source.Text, BenchmarkCorpus.MarkdigPipeline).Count;
        }

        GC.KeepAlive(blocks);
        return Stopwatch.GetElapsedTime(start).TotalSeconds;
    }

    private static double EnginePass(ImmutableArray<SourceDocument> sources, LintEngine engine)
    {
        long start = Stopwatch.GetTimestamp();
        int found = 0;
        foreach (SourceDocument source in sources)
        {
            found += engine.Lint(source).Diagnostics.Length;
        }

        GC.KeepAlive(found);
        return Stopwatch.GetElapsedTime(start).TotalSeconds;
    }

    private static double Median(double[] values) => Quantile(values, 0.5);

    private static double Quantile(double[] values, double q)
    {
        var sorted = (double[])values.Clone();
        Array.Sort(sorted);
        double at = q * (sorted.Length - 1);
        int low = (int)Math.Floor(at);
        int high = Math.Min(sorted.Length - 1, low + 1);
        return sorted[low] + ((at - low) * (sorted[high] - sorted[low]));
    }
}
