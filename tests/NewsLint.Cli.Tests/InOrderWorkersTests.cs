using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Xunit;

namespace NewsLint.Cli.Tests;

public sealed class InOrderWorkersTests
{
    [Fact]
    public void Every_article_is_checked_once_and_the_findings_come_out_in_file_order()
    {
        const int count = 3000;
        var checkedCounts = new int[count];
        var emitted = new List<string>();
        var inOrder = new InOrder<string>(count, emitted.Add);
        InOrderWorkers.For(count, 4, i =>
        {
            Interlocked.Increment(ref checkedCounts[i]);
            inOrder.Complete(i, $"articles/id/{i:D4}.md(3,1): warning NL1001");
        });

        Assert.All(checkedCounts, n => Assert.Equal(1, n));
        Assert.Equal(Enumerable.Range(0, count).Select(i => $"articles/id/{i:D4}.md(3,1): warning NL1001"), emitted);
    }

    [Fact]
    public void Articles_are_handed_out_in_file_order_not_in_a_share_of_the_range_per_worker()
    {
        // An index is taken only after every smaller one was taken; each worker holds at most one taken index it has
        // not yet recorded, so index i is recorded within (workers − 1) places of position i. Parallel.For, which starts
        // the second of two workers halfway, records index count / 2 among the first few.
        const int count = 2000;
        const int workers = 2;
        var started = new ConcurrentQueue<int>();
        InOrderWorkers.For(count, workers, i =>
        {
            started.Enqueue(i);
            Thread.SpinWait(200 + (i % 7) * 100);
        });

        int[] order = started.ToArray();
        Assert.Equal(count, order.Length);
        for (int position = 0; position < order.Length; position++)
        {
            Assert.True(position >= order[position] - (workers - 1), $"index {order[position]} started at position {position}");
        }
    }

    [Fact]
    public void Two_workers_run_at_the_same_time()
    {
        // The first article waits for the second to finish: with one thread this would never end.
        using var secondDone = new ManualResetEventSlim();
        bool firstSawSecond = false;
        InOrderWorkers.For(2, 2, i =>
        {
            if (i == 0)
            {
                firstSawSecond = secondDone.Wait(TimeSpan.FromSeconds(30));
            }
            else
            {
                secondDone.Set();
            }
        });

        Assert.True(firstSawSecond);
    }

    [Fact]
    public void One_worker_checks_the_articles_in_order_on_the_calling_thread()
    {
        int caller = Environment.CurrentManagedThreadId;
        var seen = new List<(int Index, int Thread)>();
        InOrderWorkers.For(5, 1, i => seen.Add((i, Environment.CurrentManagedThreadId)));
        Assert.Equal(new[] { 0, 1, 2, 3, 4 }, seen.Select(s => s.Index));
        Assert.All(seen, s => Assert.Equal(caller, s.Thread));
    }

    [Fact]
    public void A_failure_stops_the_handing_out_and_reaches_the_caller_with_its_stack()
    {
        int ran = 0;
        var ex = Assert.Throws<InvalidOperationException>(() => InOrderWorkers.For(10_000, 2, i =>
        {
            Interlocked.Increment(ref ran);
            if (i == 10)
            {
                throw new InvalidOperationException("rule engine fault at article 10");
            }
        }));

        Assert.Equal("rule engine fault at article 10", ex.Message);
        Assert.Contains(nameof(A_failure_stops_the_handing_out_and_reaches_the_caller_with_its_stack), ex.StackTrace);
        Assert.True(Volatile.Read(ref ran) < 10_000);
    }

    [Fact]
    public void No_articles_need_no_worker()
    {
        bool called = false;
        InOrderWorkers.For(0, 4, _ => called = true);
        Assert.False(called);
    }
}
