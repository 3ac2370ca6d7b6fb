using System;
using System.Runtime.ExceptionServices;
using System.Threading;

namespace NewsLint.Cli;

/// <summary>
/// Runs a body for the indices 0 to count − 1 on several threads, handing the indices out one at a time, in order.
/// Results then finish nearly in order, so <see cref="InOrder{T}"/> holds a few of them at a time. (Parallel.For gives
/// each worker its own share of the range: on two cores the second worker starts halfway, and every result it finished
/// waited, alive through each collection, until the first worker had reached the middle.)
/// </summary>
internal static class InOrderWorkers
{
    /// <summary>Runs <paramref name="body"/> once for each index, on the calling thread and parallelism − 1 more.
    /// The first exception a body throws stops the handing out and is rethrown here, after every worker has
    /// finished.</summary>
    public static void For(int count, int parallelism, Action<int> body)
    {
        int workers = Math.Max(1, Math.Min(parallelism, count));
        var run = new Run(count, body);
        var threads = new Thread[workers - 1];
        for (int t = 0; t < threads.Length; t++)
        {
            threads[t] = new Thread(run.Work) { IsBackground = true, Name = "newslint worker " + (t + 1) };
            threads[t].Start();
        }

        run.Work();
        foreach (Thread thread in threads)
        {
            thread.Join();
        }

        run.Failure?.Throw();
    }

    private sealed class Run
    {
        private readonly int _count;
        private readonly Action<int> _body;
        private int _next = -1;
        private ExceptionDispatchInfo? _failure;

        public Run(int count, Action<int> body)
        {
            _count = count;
            _body = body;
        }

        public ExceptionDispatchInfo? Failure => Volatile.Read(ref _failure);

        public void Work()
        {
            try
            {
                int index;
                while (Failure is null && (index = Interlocked.Increment(ref _next)) < _count)
                {
                    _body(index);
                }
            }
            catch (Exception ex)
            {
                Interlocked.CompareExchange(ref _failure, ExceptionDispatchInfo.Capture(ex), null);
            }
        }
    }
}
