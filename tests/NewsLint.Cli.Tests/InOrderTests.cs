using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace NewsLint.Cli.Tests;

public sealed class InOrderTests
{
    [Fact]
    public void Results_finished_in_any_order_on_many_threads_come_out_in_index_order_once_each()
    {
        const int count = 2000;
        var emitted = new List<string>();
        var inOrder = new InOrder<string>(count, emitted.Add);
        int[] shuffled = Enumerable.Range(0, count).OrderBy(i => (i * 7919) % count).ToArray();
        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = 8 }, k => inOrder.Complete(shuffled[k], "article-" + shuffled[k]));
        Assert.Equal(Enumerable.Range(0, count).Select(i => "article-" + i), emitted);
        Assert.Equal(count, inOrder.Emitted);
    }

    [Fact]
    public void A_result_is_passed_on_as_soon_as_every_earlier_one_is_in_and_not_before()
    {
        var emitted = new List<string>();
        var inOrder = new InOrder<string>(4, emitted.Add);
        inOrder.Complete(1, "b.md");
        Assert.Empty(emitted); // a.md is still being checked
        inOrder.Complete(0, "a.md");
        Assert.Equal(new[] { "a.md", "b.md" }, emitted);
        inOrder.Complete(3, "d.md");
        Assert.Equal(2, inOrder.Emitted);
        inOrder.Complete(2, "c.md");
        Assert.Equal(new[] { "a.md", "b.md", "c.md", "d.md" }, emitted);
    }
}
