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
    private readonly FoldedLiteral[] _searches;
    private readonly int[] _prefixes;

    /// <summary>Two words a literal: its ASCII characters other than letters and digits (<see cref="BlockPrefixes.SymbolsOf"/>).</summary>
    private readonly ulong[] _symbols;

    /// <summary>A word a literal: its characters above ASCII that a block's pass notes (<see cref="BlockPrefixes.OthersOf"/>).</summary>
    private readonly ulong[] _others;
    private readonly char[]? _chars;

    public LiteralSearch(string[] literals, bool ignoreCase)
    {
        _literals = literals;
        _prefixes = new int[literals.Length];
        _searches = new FoldedLiteral[literals.Length];
        _symbols = new ulong[2 * literals.Length];
        _others = new ulong[literals.Length];
        for (int i = 0; i < literals.Length; i++)
        {
            _searches[i] = new FoldedLiteral(literals[i], ignoreCase);
            (_symbols[2 * i], _symbols[(2 * i) + 1]) = BlockPrefixes.SymbolsOf(literals[i]);
            _others[i] = BlockPrefixes.OthersOf(literals[i]);
            _prefixes[i] = BlockPrefixes.PrefixOf(literals[i]);
        }

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
    /// The <see cref="BlockPrefixes.PrefixOf"/> keys of the literals when every literal has one (four or more ASCII letters
    /// and digits first), else null: where a literal must begin a word, a block that begins no word with any of them
    /// holds none of them (<see cref="Occurs"/> is false).
    /// </summary>
    public int[]? WordPrefixes { get; }

    /// <summary>The <see cref="BlockPrefixes.PrefixOf"/> key of each literal, -1 for one without.</summary>
    public int[] Prefixes => _prefixes;

    /// <summary>
    /// State for <see cref="Next"/> over one range: where each literal was last found (null: none needed). With
    /// <paramref name="atWordStart"/>, a literal no word of the block begins with is not searched.
    /// </summary>
    public int[]? NewCursor(BlockPrefixes? prefixes, bool atWordStart = false)
    {
        if (_chars is not null)
        {
            return null;
        }

        var next = new int[_literals.Length];
        for (int i = 0; i < next.Length; i++)
        {
            next[i] = MayHold(i, prefixes, atWordStart) ? -2 : -1; // not searched yet, or surely absent
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
                cursor[i] = _searches[i].IndexOf(text, from, end);
            }

            if (cursor[i] >= 0 && (first < 0 || cursor[i] < first))
            {
                first = cursor[i];
            }
        }

        return first;
    }

    /// <summary>
    /// Whether any literal occurs in [<paramref name="start"/>, <paramref name="end"/>), without allocating; with
    /// <paramref name="atWordStart"/>, literals no word of the block begins with (<paramref name="prefixes"/>) are not
    /// searched.
    /// </summary>
    public bool Occurs(string text, int start, int end, BlockPrefixes? prefixes, bool atWordStart = false, int[]? cursor = null)
    {
        if (_chars is not null || start >= end)
        {
            return MayHoldAny(prefixes) && Next(text, null, start, end) >= 0;
        }

        // With a cursor (of NewCursorBuffer), what the search learnt is kept for Next from start: the literals found
        // absent, the position of the one found, and the others as NewCursor leaves them.
        bool found = false;
        for (int i = 0; i < _literals.Length && (!found || cursor is not null); i++)
        {
            bool may = MayHold(i, prefixes, atWordStart);
            int at = may && !found ? _searches[i].IndexOf(text, start, end) : -1;
            if (cursor is not null)
            {
                cursor[i] = found && may ? -2 : at;
            }

            found |= at >= 0;
        }

        return found;
    }

    /// <summary>False when no literal can occur in the article: each lacks one of its characters other than letters and digits.</summary>
    public bool MayOccurIn(ArticlePrefixes article) => article.MayHoldAny(_symbols);

    /// <summary>An array for <see cref="Occurs"/> to fill as a cursor of <see cref="Next"/>, or null when none is needed.</summary>
    public int[]? NewCursorBuffer() => _chars is null ? new int[_literals.Length] : null;

    [MethodImpl(MethodImplOptions.AggressiveInlining)] // called per literal and unit, in the loops above
    private bool MayHold(int literal, BlockPrefixes? prefixes, bool atWordStart) =>
        prefixes is null
        || (prefixes.MayHoldSymbols(_symbols[2 * literal], _symbols[(2 * literal) + 1], _others[literal])
            && (!atWordStart || _prefixes[literal] < 0 || prefixes.MayBeginWord(_prefixes[literal])));

    /// <summary>
    /// False when the block (<paramref name="prefixes"/>) lacks a character other than a letter or digit of every
    /// literal: most blocks hold no parenthesis, and most Indonesian ones no hyphen or dash (NL5001), so the search for
    /// one is spared.
    /// </summary>
    private bool MayHoldAny(BlockPrefixes? prefixes)
    {
        if (prefixes is null)
        {
            return true;
        }

        for (int i = 0; i < _others.Length; i++)
        {
            if (prefixes.MayHoldSymbols(_symbols[2 * i], _symbols[(2 * i) + 1], _others[i]))
            {
                return true;
            }
        }

        return false;
    }
}
