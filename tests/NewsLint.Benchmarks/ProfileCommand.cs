using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using NewsLint.Analysis;
using NewsLint.Benchmarks.Infrastructure;
using NewsLint.Markdown;
using NewsLint.Rules;
using NewsLint.Text;

namespace NewsLint.Benchmarks;

/// <summary>
/// <c>profile [--seconds N] [--rules all|none|parse|FAMILY]</c>: lints the benchmark corpus in a loop on one thread and
/// prints MB/s every pass, for attaching dotnet-trace or dotnet-counters to a steady process.
/// </summary>
internal static class ProfileCommand
{
    public static int Run(string[] args)
    {
        double seconds = 20;
        string rules = "all";
        if (!CommandOptions.TryRead(args, new()
        {
            ["--seconds"] = value => seconds = double.Parse(value, CultureInfo.InvariantCulture),
            ["--rules"] = value => rules = value,
        }))
        {
            return 2;
        }

        ImmutableArray<SourceDocument> sources = BenchmarkCorpus.Sources();
        double bytes = BenchmarkCorpus.PerArticle.Bytes * sources.Length;
        // "parse" times the engine's parse alone; the engine made for the allocation figures still has every rule.
        ImmutableArray<ArticleRule> articleRules = BenchmarkCorpus.Selected(rules == "parse" ? "all" : rules);
        var engine = new LintEngine(RuleSetLoader.LoadDefaults(), LintOptions.Default, articleRules);
        PrintAllocations(sources, engine);
        var total = Stopwatch.StartNew();
        while (total.Elapsed.TotalSeconds < seconds)
        {
            var pass = Stopwatch.StartNew();
            TimeSpan cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            TimeSpan pauseBefore = GC.GetTotalPauseDuration();
            int[] collectionsBefore = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
            int found = 0;
            foreach (SourceDocument source in sources)
            {
                found += rules == "parse" ? ArticleParser.Parse(source).Blocks.Length : engine.Lint(source).Diagnostics.Length;
            }

            // CPU time as well: on a shared machine wall time also counts the time other processes had the core.
            double cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
            // Collections by generation (a generation's count includes the older ones') and the time they paused the loop.
            double paused = (GC.GetTotalPauseDuration() - pauseBefore).TotalMilliseconds;
            string collections = $"{GC.CollectionCount(0) - collectionsBefore[0]}/{GC.CollectionCount(1) - collectionsBefore[1]}/{GC.CollectionCount(2) - collectionsBefore[2]}";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{bytes / 1e6 / pass.Elapsed.TotalSeconds:F2} MB/s ({found}), {bytes / 1e6 / cpu:F2} MB/s of CPU time, collections gen0/1/2 {collections}, paused {paused:F1} ms"));
        }

        return 0;
    }

    /// <summary>Bytes allocated per article by Markdig alone, by the engine's parse, and by the engine.</summary>
    private static void PrintAllocations(ImmutableArray<SourceDocument> sources, LintEngine engine)
    {
        for (int round = 0; round < 2; round++)
        {
            long start = GC.GetAllocatedBytesForCurrentThread();
            foreach (SourceDocument source in sources)
            {
                Markdig.Markdown.Parse(source.Text, BenchmarkCorpus.MarkdigPipeline);
            }

            long markdig = GC.GetAllocatedBytesForCurrentThread();
            foreach (SourceDocument source in sources)
            {
                ArticleParser.Parse(source);
            }

            long parse = GC.GetAllocatedBytesForCurrentThread();
            foreach (SourceDocument source in sources)
            {
                engine.Lint(source);
            }

            long lint = GC.GetAllocatedBytesForCurrentThread();
            int n = sources.Length;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"allocated per article: Markdig {(markdig - start) / n} B, ArticleParser {(parse - markdig) / n} B, engine {(lint - parse) / n} B"));
        }
    }
}
