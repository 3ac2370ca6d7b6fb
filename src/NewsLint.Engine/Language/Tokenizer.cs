using System;
using System.Collections.Immutable;
using System.Globalization;

namespace NewsLint.Language;

/// <summary>Splits prose into words, numbers and symbols in one linear pass.</summary>
public static class Tokenizer
{
    private const byte Space = 0;
    private const byte Letter = 1;
    private const byte Digit = 2;
    private const byte Other = 3;

    /// <summary>The class of every ASCII character, from the same tests the loop applies to other characters.</summary>
    private static readonly byte[] AsciiClass = BuildAsciiClass();

    /// <summary>Tokens of the block being split, per thread: the result is then one array of the exact size.</summary>
    [ThreadStatic]
    private static Token[]? _scratch;

    /// <summary>A scratch buffer larger than this many tokens is not kept for the next block.</summary>
    private const int MaxKeptScratch = 1 << 14;

    public static ImmutableArray<Token> Tokenize(string text) => Tokenize(text, 0, text.Length);

    public static ImmutableArray<Token> Tokenize(string text, int start, int end)
    {
        Token[] tokens = _scratch ?? new Token[256];
        int count = 0;
        int i = start;
        while (i < end)
        {
            char c = text[i];
            byte kind = c < 128 ? AsciiClass[c] : ClassOf(c);
            if (kind == Space)
            {
                i++;
                continue;
            }

            if (count == tokens.Length)
            {
                Array.Resize(ref tokens, tokens.Length * 2);
            }

            int from = i;
            if (kind == Letter)
            {
                i = SkipWordChars(text, i + 1, end);

                // Inner apostrophes and hyphens join: "Russia's", "negara-negara", "Bosnia–Herzegovina" does not.
                while (i + 1 < end && (text[i] == '\'' || text[i] == '\u2019' || text[i] == '-') && IsWordChar(text[i + 1]))
                {
                    i = SkipWordChars(text, i + 2, end);
                }

                tokens[count++] = new Token(from, i - from, TokenKind.Word);
            }
            else if (kind == Digit)
            {
                i = SkipDigits(text, i + 1, end);

                // "3.380" and "1,000" are one number; "2022." is a number and a full stop.
                while (i + 1 < end && (text[i] == '.' || text[i] == ',') && IsDigit(text[i + 1]))
                {
                    i = SkipDigits(text, i + 2, end);
                }

                tokens[count++] = new Token(from, i - from, TokenKind.Number);
            }
            else
            {
                i += char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                tokens[count++] = new Token(from, i - from, TokenKind.Symbol);
            }
        }

        _scratch = tokens.Length <= MaxKeptScratch ? tokens : null;
        return ImmutableArray.Create(tokens, 0, count);
    }

    public static bool IsWordChar(string text, int index) => IsWordChar(text[index]);

    private static bool IsWordChar(char c) => c < 128 ? AsciiClass[c] == Letter : IsNonAsciiWordChar(c);

    private static bool IsNonAsciiWordChar(char c)
    {
        if (char.IsLetter(c))
        {
            return true;
        }

        UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category == UnicodeCategory.NonSpacingMark || category == UnicodeCategory.SpacingCombiningMark;
    }

    private static bool IsDigit(char c) => c < 128 ? AsciiClass[c] == Digit : char.IsDigit(c);

    /// <summary>White space first, then word characters, then digits: the order the loop tests them in.</summary>
    private static byte ClassOf(char c) =>
        char.IsWhiteSpace(c) ? Space : IsNonAsciiWordChar(c) ? Letter : char.IsDigit(c) ? Digit : Other;

    private static byte[] BuildAsciiClass()
    {
        var table = new byte[128];
        for (char c = '\0'; c < 128; c++)
        {
            bool letter = (uint)((c | 0x20) - 'a') <= 'z' - 'a';
            table[c] = char.IsWhiteSpace(c) ? Space : letter ? Letter : char.IsDigit(c) ? Digit : Other;
        }

        return table;
    }

    private static int SkipWordChars(string text, int i, int end)
    {
        // The ASCII test inline: this loop reads nearly every character of an article.
        while (i < end)
        {
            char c = text[i];
            if (c < 128 ? AsciiClass[c] != Letter : !IsNonAsciiWordChar(c))
            {
                break;
            }

            i++;
        }

        return i;
    }

    private static int SkipDigits(string text, int i, int end)
    {
        while (i < end && IsDigit(text[i]))
        {
            i++;
        }

        return i;
    }
}
