using System;

namespace NewsLint.Canon;

/// <summary>
/// A diff of two sequences of word ids that needs no search when only one is minimal. DiffPlex first takes the common
/// start and then the common end as equal; what is left between is diffed minimally. When every id the two middles
/// share stands once in each, in the same order, the shared ids are the only longest common subsequence: every minimal
/// diff keeps them and marks the rest, so that is DiffPlex's answer (most quotations differ from their clause in one
/// place, or in a few places apart). Negative ids equal nothing on the other side.
/// </summary>
internal static class UniqueDiff
{
    // Per thread, by word id: the generation that saw it in the second middle, where (or Twice), and whether the first
    // middle has matched it yet; no clearing per diff.
    [ThreadStatic]
    private static int[]? _seenInB;

    [ThreadStatic]
    private static int[]? _atInB;

    [ThreadStatic]
    private static int[]? _matchedInA;

    [ThreadStatic]
    private static int _generation;

    private const int Twice = -1;

    /// <summary>
    /// Marks the words of a[aFrom, aFrom + aCount) and b[0, bCount) that a minimal diff deletes and inserts, as DiffPlex
    /// marks them, into <paramref name="deleted"/> and <paramref name="inserted"/> (cleared here); false, with the marks
    /// undefined, when the middles could be matched in more than one way. Ids are below <paramref name="idCount"/>.
    /// </summary>
    public static bool TryMark(int[] a, int aFrom, int aCount, int[] b, int bCount, int idCount, bool[] deleted, bool[] inserted)
    {
        Array.Clear(deleted, 0, aCount);
        Array.Clear(inserted, 0, bCount);
        int start = 0;
        while (start < aCount && start < bCount && a[aFrom + start] == b[start])
        {
            start++;
        }

        int endA = aCount;
        int endB = bCount;
        while (start < endA && start < endB && a[aFrom + endA - 1] == b[endB - 1])
        {
            endA--;
            endB--;
        }

        if (start == endA || start == endB)
        {
            // One middle is empty: the other is all deleted or all inserted.
            Fill(deleted, start, endA);
            Fill(inserted, start, endB);
            return true;
        }

        int[] seen = Table(ref _seenInB, idCount);
        int[] at = Table(ref _atInB, idCount);
        int[] matched = Table(ref _matchedInA, idCount);
        if (++_generation == int.MaxValue)
        {
            Array.Clear(seen, 0, seen.Length);
            Array.Clear(matched, 0, matched.Length);
            _generation = 1;
        }

        int generation = _generation;
        for (int j = start; j < endB; j++)
        {
            int id = b[j];
            if (id >= 0)
            {
                at[id] = seen[id] == generation ? Twice : j;
                seen[id] = generation;
            }
        }

        Fill(inserted, start, endB);
        int last = -1;
        for (int i = start; i < endA; i++)
        {
            int id = a[aFrom + i];
            if (id < 0 || seen[id] != generation)
            {
                deleted[i] = true;
                continue;
            }

            // Shared: once in each middle, after the word matched before it.
            if (at[id] == Twice || matched[id] == generation || at[id] < last)
            {
                return false;
            }

            matched[id] = generation;
            last = at[id];
            inserted[last] = false;
        }

        return true;
    }

    private static void Fill(bool[] marks, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            marks[k] = true;
        }
    }

    private static int[] Table(ref int[]? table, int size) => table is { } kept && kept.Length >= size ? kept : table = new int[Math.Max(size, 256)];
}
