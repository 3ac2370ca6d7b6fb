using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace NewsLint.Language;

/// <summary>Binary search over items sorted by start offset (tokens, sentences, mentions of one block).</summary>
public static class OffsetSearch
{
    /// <summary>Index of the first item whose start is at or after <paramref name="offset"/> (the count when none is).</summary>
    public static int FirstAtOrAfter<T>(IReadOnlyList<T> items, int offset, Func<T, int> start) =>
        Search<IReadOnlyList<T>, T>(items, offset, start);

    /// <summary>As above for an immutable array, searched in place: passed as a list it would be boxed on every call.</summary>
    public static int FirstAtOrAfter<T>(ImmutableArray<T> items, int offset, Func<T, int> start) =>
        Search<ImmutableArray<T>, T>(items, offset, start);

    /// <summary>
    /// Index of the first token of tokens[from..to) starting at or after <paramref name="offset"/>, or <paramref name="to"/>:
    /// as <see cref="FirstAtOrAfter{T}(ImmutableArray{T}, int, Func{T, int})"/>, with no delegate called per step.
    /// </summary>
    public static int FirstTokenAtOrAfter(ReadOnlySpan<Token> tokens, int offset, int from, int to)
    {
        // Binary search: tokens are in text order.
        while (from < to)
        {
            int middle = from + ((to - from) >> 1);
            if (tokens[middle].Start < offset)
            {
                from = middle + 1;
            }
            else
            {
                to = middle;
            }
        }

        return from;
    }

    /// <summary>Index of the last item starting at or before <paramref name="offset"/> (0 when none does).</summary>
    public static int LastAtOrBefore<T>(IReadOnlyList<T> items, int offset, Func<T, int> start) =>
        Math.Max(0, FirstAtOrAfter(items, offset + 1, start) - 1);

    private static int Search<TList, T>(TList items, int offset, Func<T, int> start)
        where TList : IReadOnlyList<T>
    {
        int lo = 0;
        int hi = items.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (start(items[mid]) < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
