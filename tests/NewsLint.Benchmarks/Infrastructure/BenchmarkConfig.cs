using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace NewsLint.Benchmarks.Infrastructure;

/// <summary>
/// Runs in process (3 warm-ups, 15 measured iterations, one process), so that the whole suite fits in minutes and needs
/// no generated project; allocations per operation from the memory diagnoser; MB/s and articles/s columns; the median
/// and the fastest iteration beside the mean, and a median-based ratio (<see cref="MedianRatioColumn"/>). With 5
/// iterations the short Markdig baseline had ±30–80% error on a shared machine, more than the changes being measured.
/// </summary>
public static class BenchmarkConfig
{
    public static IConfig Create(bool quick)
    {
        Job job = Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(quick ? 1 : 3)
            .WithIterationCount(quick ? 2 : 15)
            .WithId(quick ? "Quick" : "Steady");

        return DefaultConfig.Instance
            .AddJob(job)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumn(StatisticColumn.Median, StatisticColumn.Min, MedianRatioColumn.Instance)
            .AddColumn(ThroughputColumn.MegabytesPerSecond, ThroughputColumn.ArticlesPerSecond)
            .WithOptions(ConfigOptions.DisableOptimizationsValidator);
    }
}
