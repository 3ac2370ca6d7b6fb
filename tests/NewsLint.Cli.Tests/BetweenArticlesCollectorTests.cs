using System;
using Xunit;

namespace NewsLint.Cli.Tests;

/// <summary>The first generation is collected between articles once a budget of allocations is spent, not before.</summary>
public sealed class BetweenArticlesCollectorTests
{
    [Fact]
    public void Collects_only_after_the_budget_is_allocated()
    {
        var collector = new BetweenArticlesCollector();
        Assert.False(collector.AfterArticle());

        // An article's worth of garbage (about 80 KB) is far below the budget.
        Keep(new byte[80_000]);
        Assert.False(collector.AfterArticle());

        int before = GC.CollectionCount(0);
        Keep(new byte[BetweenArticlesCollector.Budget]);
        Assert.True(collector.AfterArticle());
        Assert.True(GC.CollectionCount(0) > before);

        // The count starts again from the collection.
        Assert.False(collector.AfterArticle());
    }

    private static void Keep(byte[] garbage) => GC.KeepAlive(garbage);
}
