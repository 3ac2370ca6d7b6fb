namespace NewsLint.Benchmarks.Infrastructure;

/// <summary>
/// A benchmark class that says how much text one operation covers, so that the MB/s and articles/s columns can be
/// computed from BenchmarkDotNet's mean. Called on a fresh instance with the case's parameters set, before any setup:
/// compute from the deterministic corpus, not from fields filled by [GlobalSetup].
/// </summary>
public interface IThroughputWorkload
{
    /// <summary>UTF-8 bytes and articles covered by one operation (one article when OperationsPerInvoke is the corpus size).</summary>
    (double Bytes, double Articles) PerOperation();
}
