using System;
using System.Collections.Generic;

namespace NewsLint.Language;

/// <summary>
/// The next index of any of a set of characters. <c>string.IndexOfAny</c> is vectorized for at most five characters;
/// for more, in the native build, its probabilistic map runs <c>Vector128.Shuffle</c> in software and costs more than a
/// plain loop (perf). So the set is searched in groups of five, each group's last find is kept in a caller's array, and
/// a walk forward over a text stays linear.
/// Immutable, thread-safe; the positions array belongs to one walk.
/// </summary>
internal sealed class AnyCharSearch
{
    private const int GroupSize = 5;

    private readonly char[][] _groups;

    public AnyCharSearch(IEnumerable<char> chars)
    {
        var distinct = new List<char>(new HashSet<char>(chars));
        distinct.Sort();
        _groups = new char[(distinct.Count + GroupSize - 1) / GroupSize][];
        for (int g = 0; g < _groups.Length; g++)
        {
            int count = Math.Min(GroupSize, distinct.Count - (g * GroupSize));
            _groups[g] = distinct.GetRange(g * GroupSize, count).ToArray();
        }
    }

    /// <summary>A positions array for one walk over one text: pass it to every <see cref="IndexOfAny"/> of that walk.</summary>
    public int[] NewWalk() => new int[_groups.Length];

    /// <summary>Starts a new walk in <paramref name="positions"/> (for another text, or going back).</summary>
    public static void Reset(int[] positions)
    {
        for (int g = 0; g < positions.Length; g++)
        {
            positions[g] = -1;
        }
    }

    /// <summary>
    /// The first index at or after <paramref name="from"/> of any of the characters, or -1. Within one walk,
    /// <paramref name="from"/> must not decrease.
    /// </summary>
    public int IndexOfAny(string text, int from, int[] positions)
    {
        int best = text.Length;
        for (int g = 0; g < _groups.Length; g++)
        {
            // A group's last find is still its next one while it lies at or after from (text.Length: none left).
            if (positions[g] < from)
            {
                int found = from >= text.Length ? -1 : text.IndexOfAny(_groups[g], from);
                positions[g] = found < 0 ? text.Length : found;
            }

            best = Math.Min(best, positions[g]);
        }

        return best < text.Length ? best : -1;
    }
}
