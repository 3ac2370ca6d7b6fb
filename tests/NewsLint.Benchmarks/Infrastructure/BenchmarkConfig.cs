using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace NewsLint.Benchmarks.Infrastructure;

/// <summary>
/// Short runs (3 warm-ups, 5 measured iterations, one process) in process, so that the whole suite fits in minutes and
/// needs no generated project; allocations per operation from the memory diagnoser; MB/s and articles/s columns.
/// </summary>
public static class BenchmarkConfig
{
    public static IConfig Create(bool quick)
    {
        Job job = Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(quick ? 1 : 3)
            .WithIterationCount(quick ? 2 : 5)
            .WithId(quick ? "Quick" : "Short");

        return DefaultConfig.Instance
            .AddJob(job)
            .AddDiagnoser(MemoryDiagnoser.Default)
            .AddColumn(ThroughputColumn.MegabytesPerSecond, ThroughputColumn.ArticlesPerSecond)
            .WithOptions(ConfigOptions.DisableOptimizationsValidator);
    }
}
