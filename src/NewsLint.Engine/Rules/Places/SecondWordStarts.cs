using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using NewsLint.Language;

namespace NewsLint.Rules.Places;

/// <summary>
/// Per pair of ASCII characters a first word may start with (<see cref="PlaceCatalog"/>'s pair index), the ASCII
/// characters the next word may then start with, when every name so started has more than one word: "the" starts only
/// "the Ukraine", so "the minister" starts no name. A pair that also starts a name of one word lets any word follow.
/// Immutable once built.
/// </summary>
internal sealed class SecondWordStarts
{
    /// <summary>Per pair, the set of characters that may follow (an index into <see cref="_masks"/>), or 0 for any.</summary>
    private readonly byte[] _setOfPair;

    /// <summary>Two masks of ASCII characters per set (0-63, 64-127); set 0 is unused.</summary>
    private readonly ulong[] _masks;

    /// <param name="pairs">The number of pair indexes.</param>
    /// <param name="namesStartedBy">The folded names (with the case the pair's first character picks) each pair starts, as a pair starts a first word.</param>
    public SecondWordStarts(int pairs, IReadOnlyDictionary<int, List<string>> namesStartedBy)
    {
        _setOfPair = new byte[pairs];
        var masks = new List<ulong> { 0, 0 };
        foreach (KeyValuePair<int, List<string>> pair in namesStartedBy)
        {
            _setOfPair[pair.Key] = SetOf(pair.Value, masks);
        }

        _masks = masks.ToArray();
    }

    /// <summary>
    /// False when a word starting with the pair starts no name because the word after it, at tokens[next], cannot continue
    /// one: there is none, or its first character is ASCII and folds to no second word's first character (a name's words
    /// are its tokens, <see cref="NameWords"/>: the "." of "St. Petersburg" is one).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayContinue(int pair, string text, ReadOnlySpan<Token> tokens, int next)
    {
        int set = _setOfPair[pair];
        if (set == 0)
        {
            return true;
        }

        if (next >= tokens.Length)
        {
            return false;
        }

        // An ASCII character folds to one ASCII character whatever follows it: the folded second word starts with it.
        char first = text[tokens[next].Start];
        return first >= 128 || (_masks[(2 * set) + (first >> 6)] & (1UL << (first & 63))) != 0;
    }

    private static byte SetOf(List<string> names, List<ulong> masks)
    {
        ulong low = 0;
        ulong high = 0;
        foreach (string name in names)
        {
            string[] words = NameWords.Of(name);
            if (words.Length < 2)
            {
                return 0;
            }

            for (char c = '\0'; c < 128; c++)
            {
                if (TextFolding.FoldChar(c) == words[1][0])
                {
                    low |= c < 64 ? 1UL << c : 0;
                    high |= c >= 64 ? 1UL << (c - 64) : 0;
                }
            }
        }

        for (int set = 1; set < masks.Count / 2; set++)
        {
            if (masks[2 * set] == low && masks[(2 * set) + 1] == high)
            {
                return (byte)set;
            }
        }

        if (masks.Count / 2 > byte.MaxValue)
        {
            return 0;
        }

        masks.Add(low);
        masks.Add(high);
        return (byte)((masks.Count / 2) - 1);
    }
}
