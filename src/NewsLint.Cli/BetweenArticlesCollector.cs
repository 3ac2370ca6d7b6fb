using System;

namespace NewsLint.Cli;

/// <summary>
/// Collects the first generation between two articles when one thread lints them all (<c>-j 1</c>, or a worker
/// process). Between articles almost nothing is alive, so such a collection copies next to nothing and the allocation
/// area is used again; a collection the runtime starts itself falls in the middle of an article, whose objects it must
/// then promote, and the heap spreads over fresh memory: over 10,000 files about 14,000 page faults instead of 5,700, at
/// about 11 μs a fault on a virtual machine (docs/performance.md, fourteenth round). With more threads it stays off:
/// a collection stops every thread, in the middle of their articles.
/// </summary>
internal sealed class BetweenArticlesCollector
{
    /// <summary>Bytes this thread allocates between two collections: under the native build's 4 MB first-generation
    /// budget (NewsLint.Cli.csproj), so the runtime's own collections rarely come first. 2 MB meant half again as many
    /// collections for no fewer page faults.</summary>
    internal const long Budget = 3 << 20;

    private long _collectedAt = GC.GetAllocatedBytesForCurrentThread();

    /// <summary>Called on the linting thread after each article: collects if <see cref="Budget"/> bytes were
    /// allocated since the last collection. True if it collected.</summary>
    public bool AfterArticle()
    {
        long allocated = GC.GetAllocatedBytesForCurrentThread();
        if (allocated - _collectedAt < Budget)
        {
            return false;
        }

        GC.Collect(0, GCCollectionMode.Forced, blocking: true, compacting: true);
        _collectedAt = allocated;
        return true;
    }
}
