using System;

namespace NewsLint.Rules.Style;

/// <summary>
/// A run of characters of one class that every match of a pattern starts with, such as the capitals of
/// <c>([A-Z]{2,6})</c>, read from the pattern (<see cref="PatternLiterals.Run"/>). A pattern with no leading literal is
/// then still tried only where such a run begins: in news prose two capitals in a row are rare, while the regex
/// interpreter would be started at every capital letter.
/// </summary>
internal sealed class LeadingRun
{
    private readonly CharTest _class;
    private readonly bool[] _ascii = new bool[128];

    /// <summary>-1 for an ASCII character of the class, 0 for any other.</summary>
    private readonly int[] _asciiMasks = new int[128];
    private readonly bool _asciiOnly;

    /// <param name="exact">The class's characters exactly (not a subset): a character outside it can start no match.</param>
    /// <param name="length">How many characters of the class every match starts with (at least 1).</param>
    public LeadingRun(CharTest exact, int length, bool asciiOnly)
    {
        _class = exact;
        Length = length;
        _asciiOnly = asciiOnly;
        for (char c = '\0'; c < 128; c++)
        {
            _ascii[c] = exact.Contains(c);
            _asciiMasks[c] = _ascii[c] ? -1 : 0;
        }
    }

    public int Length { get; }

    /// <summary>The first position in [<paramref name="from"/>, <paramref name="end"/>) where <see cref="Length"/> characters of the class begin, or -1.</summary>
    public int Next(string text, int from, int end) =>
        _asciiOnly ? NextAscii(text, from, end) : NextAny(text, from, end);

    /// <summary>
    /// <see cref="Next"/> for a class of ASCII characters: counts them in a row with no branch on the text but the
    /// rarely taken one that ends the search (a capital is mostly alone, so a test of each character mispredicts).
    /// </summary>
    internal int NextAscii(string text, int from, int end)
    {
        int[] masks = _asciiMasks;
        int length = Length;
        int run = 0;
        ReadOnlySpan<char> span = text.AsSpan(from, Math.Max(end - from, 0));
        for (int i = 0; i < span.Length; i++)
        {
            // Non-ASCII characters are outside the class: the mask clears what was read at their low seven bits.
            char c = span[i];
            run = (run + 1) & masks[c & 127] & ((c - 128) >> 31);
            if (run == length)
            {
                return from + i + 1 - length;
            }
        }

        return -1;
    }

    /// <summary><see cref="Next"/> one character at a time, for any class.</summary>
    internal int NextAny(string text, int from, int end)
    {
        for (int i = from; i + Length <= end; i++)
        {
            if (!Contains(text[i]))
            {
                continue;
            }

            int k = 1;
            while (k < Length && Contains(text[i + k]))
            {
                k++;
            }

            if (k == Length)
            {
                return i;
            }

            // Every run starting before i + k would include the character at i + k, which is outside the class.
            i += k;
        }

        return -1;
    }

    private bool Contains(char c) => c < 128 ? _ascii[c] : !_asciiOnly && _class.Contains(c);
}
