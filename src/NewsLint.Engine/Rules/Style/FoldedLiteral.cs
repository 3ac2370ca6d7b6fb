using System;
using NewsLint.Language;

namespace NewsLint.Rules.Style;

/// <summary>
/// One literal of a pattern, found as <c>string.IndexOf</c> with its comparison finds it, but faster for an ASCII
/// literal compared ignoring case: the runtime's OrdinalIgnoreCase search reads about 58 instructions per character,
/// this one a vectorized search for the literal's rarest letter (either case) and a check of the rest at each hit.
/// Only text that holds a case oddity (<see cref="BlockPrefixes.CaseOddities"/>) could tell them apart, and such text is
/// matched the plain way, without literals.
/// </summary>
internal sealed class FoldedLiteral
{
    /// <summary>Letters by how often they occur in English and Indonesian news, the most common first.</summary>
    private const string ByFrequency = "eaintrsoludkgmhcpbyfwvjzqx";

    private readonly string _literal;
    private readonly StringComparison _comparison;

    /// <summary>The literal with ASCII capitals lowered, or null when the runtime's search is used.</summary>
    private readonly string? _lower;

    /// <summary>The position in the literal of the character searched for first.</summary>
    private readonly int _anchor;

    private readonly char _anchorLower;
    private readonly char _anchorUpper;

    public FoldedLiteral(string literal, bool ignoreCase)
    {
        _literal = literal;
        _comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        if (!ignoreCase || !Ascii.IsAll(literal))
        {
            return;
        }

        var lower = new char[literal.Length];
        int best = int.MinValue;
        for (int i = 0; i < literal.Length; i++)
        {
            char c = literal[i];
            lower[i] = Ascii.IsLetter(c) ? (char)(c | 0x20) : c;

            // A character that is no letter (digit, punctuation) is rarer than any letter, a space commoner.
            int rarity = c == ' ' ? -1 : Ascii.IsLetter(c) ? ByFrequency.IndexOf(lower[i]) : ByFrequency.Length;
            if (rarity > best)
            {
                best = rarity;
                _anchor = i;
            }
        }

        _lower = new string(lower);
        _anchorLower = lower[_anchor];
        _anchorUpper = Ascii.IsLetter(_anchorLower) ? (char)(_anchorLower & ~0x20) : _anchorLower;
    }

    /// <summary>The first occurrence in [<paramref name="from"/>, <paramref name="end"/>), or -1.</summary>
    public int IndexOf(string text, int from, int end)
    {
        if (_lower is null)
        {
            return text.IndexOf(_literal, from, end - from, _comparison);
        }

        // The anchor of an occurrence starting in [from, last] lies in [from + anchor, last + anchor].
        int last = end - _lower.Length;
        int at = from + _anchor;
        int stop = last + _anchor + 1;
        while (at < stop)
        {
            ReadOnlySpan<char> window = text.AsSpan(at, stop - at);
            int hit = _anchorLower == _anchorUpper ? window.IndexOf(_anchorLower) : window.IndexOfAny(_anchorLower, _anchorUpper);
            if (hit < 0)
            {
                return -1;
            }

            int start = at + hit - _anchor;
            if (RestEquals(text, start))
            {
                return start;
            }

            at += hit + 1;
        }

        return -1;
    }

    private bool RestEquals(string text, int start)
    {
        string lower = _lower!;
        for (int i = 0; i < lower.Length; i++)
        {
            char t = text[start + i];
            char l = lower[i];

            // A lowercase letter l is matched by l and l - 32 alone, which (t | 0x20) == l says; anything else exactly.
            if (t != l && ((t | 0x20) != l || !Ascii.IsLetter(l)))
            {
                return false;
            }
        }

        return true;
    }
}
