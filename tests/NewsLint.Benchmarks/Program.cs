using System;
using System.Globalization;
using System.IO;
using System.Text;
using BenchmarkDotNet.Running;
using NewsLint.Benchmarks.Corpus;
using NewsLint.Benchmarks.Infrastructure;

namespace NewsLint.Benchmarks;

/// <summary>
/// <c>corpus OUTDIR [--count N] [--seed S] [--lang en|id] [--bytes B]</c> writes the generated corpus to disk;
/// anything else goes to BenchmarkDotNet (<c>--filter '*'</c>, <c>--list flat</c>); <c>--quick</c> for a smoke run.
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "corpus")
        {
            return WriteCorpus(args);
        }

        if (args.Length > 0 && args[0] == "profile")
        {
            return ProfileCommand.Run(args);
        }

        if (args.Length > 0 && args[0] == "ratio")
        {
            return RatioCommand.Run(args);
        }

        if (args.Length > 0 && args[0] is "help" or "-h" or "--help")
        {
            Console.WriteLine("""
                Usage:
                  NewsLint.Benchmarks corpus OUTDIR [--count N] [--seed S] [--lang en|id] [--bytes B]
                      Writes N generated articles (default 2000, seed 42, both languages) under OUTDIR/articles/.
                  NewsLint.Benchmarks profile [--seconds N] [--rules all|none|parse|FAMILY]
                      Lints the benchmark corpus in a loop on one thread (for dotnet-trace), printing MB/s per pass.
                  NewsLint.Benchmarks ratio [--rounds N] [--rules all|none|FAMILY]
                      The engine's time over Markdig's parse, in alternating passes on one thread (median of the rounds' ratios).
                  NewsLint.Benchmarks [--quick] --filter PATTERN [BenchmarkDotNet options]
                      Runs benchmarks (EngineBenchmarks, LinearityBenchmarks); --quick is a 1+2 iteration smoke run.
                """);
            return 0;
        }

        bool quick = Array.IndexOf(args, "--quick") >= 0;
        string[] rest = Array.FindAll(args, a => a != "--quick");
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(rest, BenchmarkConfig.Create(quick));
        return 0;
    }

    private static int WriteCorpus(string[] args)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("corpus needs an output folder");
            return 2;
        }

        string root = Path.GetFullPath(args[1]);
        int count = 2000;
        int seed = CorpusGenerator.DefaultSeed;
        string? language = null;
        int? targetBytes = null;
        for (int i = 2; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--count":
                    count = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
                    break;
                case "--seed":
                    seed = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
                    break;
                case "--lang":
                    language = args[i + 1];
                    break;
                case "--bytes":
                    // One size for every article: LinearityBenchmarks' long articles, on disk for the CLI or perf.
                    targetBytes = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
                    break;
                default:
                    Console.Error.WriteLine($"unknown option '{args[i]}'");
                    return 2;
            }
        }

        long bytes = 0;
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        for (int i = 0; i < count; i++)
        {
            GeneratedArticle article = CorpusGenerator.Article(i, seed, targetBytes, language);
            string path = Path.Combine(root, article.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, article.Text, utf8);
            bytes += article.Utf8Bytes;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count} articles, {bytes} bytes ({bytes / 1e6:F2} MB), seed {seed}, in {root}"));
        return 0;
    }
}
