using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace NewsLint.Language;

/// <summary>
/// The first three folded characters of a set of words, as a bitmap: tells in a few loads that a word of a text folds to
/// none of them, where hashing it would read every character. Only a word whose first three characters (fewer when it
/// is shorter) are ASCII letters, apostrophes, hyphens, full stops or commas can be turned away; any other word may
/// match. Immutable.
/// </summary>
internal sealed class WordStartFilter
{
    // Five bits per character: 0 for the end of the word, 1-26 for a-z, 27 for ', 28 for -, 29 for ., 30 for , and 31
    // for anything else. A place name's words are tokens ("st. petersburg" holds "."), so "." and "," are told apart.
    private const int End = 0;
    private const int Other = 31;

    /// <summary>The code of every ASCII character: a table, as the filter reads three characters of every word.</summary>
    private static readonly byte[] AsciiCodes = BuildAsciiCodes();

    /// <summary>One bit per index: 4 KB rather than 32 KB of bools, so fewer cache misses in a test made for every word.</summary>
    private readonly ulong[] _starts = new ulong[(1 << 15) / 64];

    /// <param name="foldedWords">Words already folded (<see cref="TextFolding.Fold"/>).</param>
    public WordStartFilter(IEnumerable<string> foldedWords)
    {
        foreach (string word in foldedWords)
        {
            int index = Index(word, 0, word.Length);
            if (index >= 0)
            {
                _starts[index >> 6] |= 1UL << index;
            }
        }
    }

    /// <summary>False when <c>Fold(text.Substring(start, length))</c> is surely none of the words; the range holds no white space.</summary>
    public bool MayBeOneOf(string text, int start, int length)
    {
        // An ASCII character folds to one lower-case ASCII character whatever follows it, so the start is known exactly.
        int index = Index(text, start, length);
        return index < 0 || (_starts[index >> 6] & (1UL << index)) != 0;
    }

    /// <summary>
    /// <see cref="MayBeOneOf(string, int, int)"/> of a token's range. A word of three ASCII letters or more (<see
    /// cref="Token.IsAsciiLetters"/>, most words) gives its index with no table and no test of a character: a letter's
    /// code is its place in the alphabet whatever its case, <c>(c | 0x20) - 0x60</c>.
    /// </summary>
    public bool MayBeOneOf(string text, Token word)
    {
        if (!word.IsAsciiLetters || word.IsShorterThan(3))
        {
            return MayBeOneOf(text, word.Start, word.Length);
        }

        ReadOnlySpan<char> start = text.AsSpan(word.Start, 3);
        int index = (((start[0] | 0x20) - 0x60) << 10) | (((start[1] | 0x20) - 0x60) << 5) | ((start[2] | 0x20) - 0x60);
        return (_starts[index >> 6] & (1UL << index)) != 0;
    }

    /// <summary>The bitmap index of the first three characters, lower-cased; -1 when one of them is not filtered.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Index(string text, int start, int length)
    {
        // Three characters, written out: the test is made for most words of an article.
        int first = length > 0 ? Code(text[start]) : End;
        int second = length > 1 ? Code(text[start + 1]) : End;
        int third = length > 2 ? Code(text[start + 2]) : End;
        return first == Other || second == Other || third == Other ? -1 : (first << 10) | (second << 5) | third;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Code(char c) => c < 128 ? AsciiCodes[c] : Other;

    private static byte[] BuildAsciiCodes()
    {
        var codes = new byte[128];
        for (char c = '\0'; c < 128; c++)
        {
            codes[c] = (byte)(c switch
            {
                >= 'a' and <= 'z' => c - 'a' + 1,
                >= 'A' and <= 'Z' => c - 'A' + 1,
                '\'' => 27,
                '-' => 28,
                '.' => 29,
                ',' => 30,
                _ => Other,
            });
        }

        return codes;
    }
}
