using System;
using System.Globalization;
using NewsLint.Language;

namespace NewsLint.Rules.Style;

/// <summary>
/// Counts words the way <see cref="Pattern"/> matches them (letters and digits, joined by an inner hyphen, apostrophe,
/// full stop or comma), without a regex: an occurrence rule with <c>words: true</c> counts every sentence of every
/// article, and a loop over characters does that many times faster than the interpreted pattern (and the same on a
/// native build, where regexes cannot be compiled). A run's ASCII letters are passed over four at a time
/// (<see cref="AsciiLetterRun"/>).
/// </summary>
internal static class WordCounter
{
    /// <summary>What a word is: <see cref="Count"/> gives this pattern's number of matches.</summary>
    public const string Pattern = @"[\p{L}\p{N}]+(?:[-’'.,][\p{L}\p{N}]+)*";

    public static int Count(string text, int start, int end)
    {
        // A word character starts a new match unless the one before is a word character (the same run) or a joiner
        // right after a word character (the pattern's loop takes the joiner and goes on). A run of word characters is
        // skipped in a loop of its own, which is where most characters of prose are read; between runs, whether the
        // last character was a joiner right after a run is all that is kept.
        int count = 0;
        bool joinerAfterWord = false;
        int i = start;
        ReadOnlySpan<char> range = text.AsSpan(0, end);
        while (i < end)
        {
            char c = text[i++];
            int kind = c < 128 ? Ascii[c] : IsWordChar(c) ? Word : IsJoiner(c) ? Joiner : Other;
            if (kind != Word)
            {
                joinerAfterWord = false;
                continue;
            }

            // The run's ASCII letters four at a time (most of it), its other word characters one by one.
            count += joinerAfterWord ? 0 : 1;
            while ((i = AsciiLetterRun.End(range, i)) < end && ((c = text[i]) < 128 ? Ascii[c] == Word : IsWordChar(c)))
            {
                i++;
            }

            // The run ends at the end of the range or at a character that is no word character: a joiner keeps the
            // word open for one more character.
            joinerAfterWord = i < end && ((c = text[i]) < 128 ? Ascii[c] == Joiner : IsJoiner(c));
            i += i < end ? 1 : 0;
        }

        return count;
    }

    /// <summary>
    /// At least <see cref="Count"/> of [<paramref name="start"/>, <paramref name="end"/>), read from the block's
    /// <paramref name="tokens"/> (<see cref="Tokenizer"/>) instead of its characters; may stop early once past
    /// <paramref name="limit"/>. Every letter and digit is in a token (only white space is not), and a word starts at a
    /// letter or digit, so it bounds the words starting in each token: one at most in a word of ASCII letters or a number
    /// (a letter or digit inside one follows another, or a separator right after a digit); none in an ASCII symbol
    /// (never a letter or digit), one in any other symbol; in any other word, or a token the range cuts, the count of
    /// that token's characters alone (a start of the range's count is a start of it).
    /// </summary>
    public static int MostIn(string text, ReadOnlySpan<Token> tokens, int start, int end, int limit)
    {
        // The tokens that end after the start and begin before the end: tokens are in order and do not overlap, so only
        // the first and the last of them can be cut by the range.
        int first = FirstEndingAfter(tokens, start);
        int last = FirstEndingAfter(tokens, end);
        if (last < tokens.Length && tokens[last].Start < end)
        {
            last++;
        }

        if (first >= last)
        {
            return 0;
        }

        Token head = tokens[first];
        Token tail = tokens[last - 1];
        int most = head.Start < start || head.End > end ? Count(text, Math.Max(head.Start, start), Math.Min(head.End, end)) : Weight(text, head);
        if (last - 1 > first)
        {
            most += tail.End > end ? Count(text, tail.Start, end) : Weight(text, tail);
        }

        // The tokens between, in a loop that makes a call only for a word that is not ASCII letters alone (few).
        int i = first + 1;
        while (i < last - 1 && most <= limit)
        {
            for (; i < last - 1; i++)
            {
                Token token = tokens[i];
                if (token.IsAsciiLetters)
                {
                    most++;
                    continue;
                }

                TokenKind kind = token.Kind;
                if (kind == TokenKind.Word)
                {
                    break;
                }

                most += kind == TokenKind.Number || text[token.Start] >= 128 ? 1 : 0;
            }

            if (i < last - 1)
            {
                most += Count(text, tokens[i].Start, tokens[i].End);
                i++;
            }
        }

        return most;
    }

    /// <summary>The most words that can start in a token the range holds whole (see <see cref="MostIn"/>).</summary>
    private static int Weight(string text, Token token) => token.IsAsciiLetters || token.Kind == TokenKind.Number ? 1
        : token.Kind == TokenKind.Symbol ? (text[token.Start] < 128 ? 0 : 1)
        : Count(text, token.Start, token.End);

    /// <summary>The index of the first token ending after <paramref name="position"/>, or the count of tokens.</summary>
    private static int FirstEndingAfter(ReadOnlySpan<Token> tokens, int position)
    {
        int low = 0;
        int high = tokens.Length;
        while (low < high)
        {
            int middle = (low + high) >> 1;
            if (tokens[middle].End <= position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private const int Other = 0;
    private const int Word = 1;
    private const int Joiner = 2;

    /// <summary>Word, joiner or other, for ASCII.</summary>
    private static readonly byte[] Ascii = BuildAscii();

    private static byte[] BuildAscii()
    {
        var kinds = new byte[128];
        for (char c = '\0'; c < 128; c++)
        {
            kinds[c] = (byte)(IsWordChar(c) ? Word : IsJoiner(c) ? Joiner : Other);
        }

        return kinds;
    }

    private static bool IsJoiner(char c) => c == '-' || c == '’' || c == '\'' || c == '.' || c == ',';

    /// <summary><c>[\p{L}\p{N}]</c>: any letter or number category, one UTF-16 unit at a time as the regex reads them.</summary>
    private static bool IsWordChar(char c)
    {
        if (c < 128)
        {
            return (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9;
        }

        switch (CharUnicodeInfo.GetUnicodeCategory(c))
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
            case UnicodeCategory.DecimalDigitNumber:
            case UnicodeCategory.LetterNumber:
            case UnicodeCategory.OtherNumber:
                return true;
            default:
                return false;
        }
    }
}
