using System.Runtime.CompilerServices;

namespace NewsLint.Canon;

/// <summary>
/// A filter of the words of ASCII letters a set of folded words may hold, by their first two letters (case aside) and
/// their length: a word of ASCII letters folds to itself in lower case, of its own length, so it can only be a word of
/// the set with the same first letters and length. One bit per first pair and length; lengths from 31 on share a bit.
/// Immutable after building.
/// </summary>
internal sealed class AsciiLetterWords
{
    /// <summary>Per pair of letters (each its code's low five bits, 1-26 for a letter either case; 0 for a one-letter word's second), a bit per length.</summary>
    private readonly uint[] _lengths = new uint[32 * 32];

    /// <param name="folded">Folded words; those of lower-case ASCII letters are marked.</param>
    public AsciiLetterWords(string[] folded)
    {
        foreach (string word in folded)
        {
            if (IsLowerAsciiLetters(word))
            {
                _lengths[Pair(word[0], word.Length > 1 ? word[1] : '\0')] |= LengthBit(word.Length);
            }
        }
    }

    /// <summary>
    /// Whether text[start, start + length), ASCII letters only (at least one), may fold to a marked word: false only when
    /// no marked word has its first two letters and length.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayHold(string text, int start, int length) =>
        (_lengths[Pair(text[start], length > 1 ? text[start + 1] : '\0')] & LengthBit(length)) != 0;

    private static int Pair(char first, char second) => ((first & 31) << 5) | (second & 31);

    private static uint LengthBit(int length) => 1u << (length < 31 ? length : 31);

    private static bool IsLowerAsciiLetters(string word)
    {
        if (word.Length == 0)
        {
            return false;
        }

        foreach (char c in word)
        {
            if (c < 'a' || c > 'z')
            {
                return false;
            }
        }

        return true;
    }
}
