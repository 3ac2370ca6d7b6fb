using System;
using System.Runtime.CompilerServices;

namespace NewsLint.Rules.Style;

/// <summary>
/// Finds the next occurrence of any of a pattern's literals (<see cref="PatternLiterals"/>) in a range of text, with
/// the runtime's vectorized searches: one <c>IndexOfAny</c> when they are all single characters that case does not
/// change, one <c>IndexOf</c> per literal otherwise, each resumed only when the search has passed it.
/// </summary>
internal sealed class LiteralSearch
{
    private readonly string[] _literals;
    private readonly int[][] _pairs;
    private readonly int[] _prefixes;
    private readonly char[]? _chars;
    private readonly StringComparison _comparison;

    public LiteralSearch(string[] literals, bool ignoreCase)
    {
        _literals = literals;
        _pairs = new int[literals.Length][];
        _prefixes = new int[literals.Length];
        for (int i = 0; i < literals.Length; i++)
        {
            _pairs[i] = Bigrams.PairsOf(literals[i]);
            _prefixes[i] = Bigrams.PrefixOf(literals[i]);
        }

        _comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        WordPrefixes = Array.IndexOf(_prefixes, -1) < 0 ? _prefixes : null;
        var chars = new char[literals.Length];
        for (int i = 0; i < literals.Length; i++)
        {
            if (literals[i].Length != 1 || (ignoreCase && char.ToUpperInvariant(literals[i][0]) != char.ToLowerInvariant(literals[i][0])))
            {
                return;
            }

            chars[i] = literals[i][0];
        }

        _chars = chars;
    }

    /// <summary>
    /// The <see cref="Bigrams.PrefixOf"/> keys of the literals when every literal has one (four or more ASCII letters
    /// and digits first), else null: where a literal must begin a word, a block that begins no word with any of them
    /// holds none of them (<see cref="Occurs"/> is false).
    /// </summary>
    public int[]? WordPrefixes { get; }

    /// <summary>
    /// State for <see cref="Next"/> over one range: where each literal was last found (null: none needed). With
    /// <paramref name="atWordStart"/>, a literal no word of the block begins with is not searched.
    /// </summary>
    public int[]? NewCursor(Bigrams? bigrams, bool atWordStart = false)
    {
        if (_chars is not null)
        {
            return null;
        }

        var next = new int[_literals.Length];
        for (int i = 0; i < next.Length; i++)
        {
            next[i] = MayHold(i, bigrams, atWordStart) ? -2 : -1; // not searched yet, or surely absent
        }

        return next;
    }

    /// <summary>The first occurrence of any literal in [<paramref name="from"/>, <paramref name="end"/>), or -1.</summary>
    public int Next(string text, int[]? cursor, int from, int end)
    {
        if (from >= end)
        {
            return -1;
        }

        if (_chars is not null)
        {
            return _chars.Length == 1 ? text.IndexOf(_chars[0], from, end - from) : text.IndexOfAny(_chars, from, end - from);
        }

        int first = -1;
        for (int i = 0; i < cursor!.Length; i++)
        {
            if (cursor[i] != -1 && cursor[i] < from)
            {
                cursor[i] = text.IndexOf(_literals[i], from, end - from, _comparison);
            }

            if (cursor[i] >= 0 && (first < 0 || cursor[i] < first))
            {
                first = cursor[i];
            }
        }

        return first;
    }

    /// <summary>
    /// Whether any literal occurs in [<paramref name="start"/>, <paramref name="end"/>), without allocating; literals
    /// with a character pair the block lacks (<paramref name="bigrams"/>) are not searched.
    /// </summary>
    public bool Occurs(string text, int start, int end, Bigrams? bigrams, bool atWordStart = false, int[]? cursor = null)
    {
        if (_chars is not null || start >= end)
        {
            return Next(text, null, start, end) >= 0;
        }

        // With a cursor (of NewCursorBuffer), what the search learnt is kept for Next from start: the literals found
        // absent, the position of the one found, and the others as NewCursor leaves them.
        bool found = false;
        for (int i = 0; i < _literals.Length && (!found || cursor is not null); i++)
        {
            bool may = MayHold(i, bigrams, atWordStart);
            int at = may && !found ? text.IndexOf(_literals[i], start, end - start, _comparison) : -1;
            if (cursor is not null)
            {
                cursor[i] = found && may ? -2 : at;
            }

            found |= at >= 0;
        }

        return found;
    }

    /// <summary>An array for <see cref="Occurs"/> to fill as a cursor of <see cref="Next"/>, or null when none is needed.</summary>
    public int[]? NewCursorBuffer() => _chars is null ? new int[_literals.Length] : null;

    [MethodImpl(MethodImplOptions.AggressiveInlining)] // called per literal and unit, in the loops above
    private bool MayHold(int literal, Bigrams? bigrams, bool atWordStart) =>
        bigrams is null || ((!atWordStart || _prefixes[literal] < 0 || bigrams.MayBeginWord(_prefixes[literal])) && bigrams.MayHold(_pairs[literal]));
}
