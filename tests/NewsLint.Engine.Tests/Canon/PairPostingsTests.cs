using System.Collections.Generic;
using NewsLint.Canon;
using Xunit;

namespace NewsLint.Tests.Canon;

/// <summary>The index's pair table finds each pair it keeps, at a slot of its own, and no pair past the cap or absent.</summary>
public sealed class PairPostingsTests
{
    [Fact]
    public void Kept_pairs_are_found_and_others_are_not()
    {
        var postings = new Dictionary<long, List<int>>();
        for (int a = 0; a < 60; a++)
        {
            for (int b = 0; b < 40; b++)
            {
                // Every third pair is in more clauses than the cap of 2.
                postings[Pair(a, b)] = (a + b) % 3 == 0 ? new List<int> { 1, 2, 3 } : new List<int> { a, b };
            }
        }

        var table = new PairPostings(postings, cap: 2);
        var slots = new HashSet<int>();
        foreach (KeyValuePair<long, List<int>> posting in postings)
        {
            int slot = table.Find(posting.Key, out int[] clauses);
            if (posting.Value.Count > 2)
            {
                Assert.Equal(-1, slot);
                continue;
            }

            Assert.InRange(slot, 0, table.SlotCount - 1);
            Assert.True(slots.Add(slot));
            Assert.Equal(posting.Value, clauses);
        }

        Assert.Equal(-1, table.Find(Pair(60, 0), out _));
        Assert.Equal(-1, table.Find(Pair(0, 40), out _));
        Assert.Equal(-1, new PairPostings(new Dictionary<long, List<int>>(), cap: 2).Find(Pair(1, 1), out _));
    }

    private static long Pair(int a, int b) => ((long)a << 32) | (uint)b;
}
