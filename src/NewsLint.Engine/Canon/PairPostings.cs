using System;
using System.Collections.Generic;

namespace NewsLint.Canon;

/// <summary>
/// The clauses of each word pair the index looks up, in an open-addressing table keyed by the pair (linear probing, at
/// most half full): a lookup is a multiplication and a probe or two, with no comparer to call. Pairs too common to
/// look up (more clauses than the cap) are left out, as if absent. Immutable after building.
/// </summary>
internal sealed class PairPostings
{
    private const long Empty = -1;

    private readonly long[] _keys;
    private readonly int[][] _clauses;
    private readonly int _shift;

    /// <param name="postings">Each pair (two word ids, never negative) with its clauses; a pair with more than <paramref name="cap"/> is left out.</param>
    public PairPostings(Dictionary<long, List<int>> postings, int cap)
    {
        int bits = 4;
        while ((1 << bits) < 2 * postings.Count)
        {
            bits++;
        }

        _shift = 64 - bits;
        _keys = new long[1 << bits];
        _clauses = new int[1 << bits][];
        for (int slot = 0; slot < _keys.Length; slot++)
        {
            _keys[slot] = Empty;
        }

        foreach (KeyValuePair<long, List<int>> posting in postings)
        {
            if (posting.Value.Count > cap)
            {
                continue;
            }

            int slot = Slot(posting.Key);
            while (_keys[slot] != Empty)
            {
                slot = (slot + 1) & (_keys.Length - 1);
            }

            _keys[slot] = posting.Key;
            _clauses[slot] = posting.Value.ToArray();
        }
    }

    /// <summary>A number for each slot, below this: pairs found at the same slot are the same pair.</summary>
    public int SlotCount => _keys.Length;

    /// <summary>The slot of the pair and its clauses; -1 when it is not looked up.</summary>
    public int Find(long pair, out int[] clauses)
    {
        for (int slot = Slot(pair); ; slot = (slot + 1) & (_keys.Length - 1))
        {
            long key = _keys[slot];
            if (key == pair)
            {
                clauses = _clauses[slot];
                return slot;
            }

            if (key == Empty)
            {
                clauses = Array.Empty<int>();
                return -1;
            }
        }
    }

    private int Slot(long pair) => (int)(((ulong)pair * 0x9E3779B97F4A7C15UL) >> _shift);
}
