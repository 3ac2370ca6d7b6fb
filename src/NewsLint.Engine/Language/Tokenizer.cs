using System;
using System.Collections.Immutable;
using System.Globalization;

namespace NewsLint.Language;

/// <summary>Splits prose into words, numbers and symbols in one linear pass.</summary>
public static class Tokenizer
{
    public static ImmutableArray<Token> Tokenize(string text) => Tokenize(text, 0, text.Length);

    public static ImmutableArray<Token> Tokenize(string text, int start, int end)
    {
        // About one token per five characters of prose: one allocation and one copy for most blocks.
        var tokens = ImmutableArray.CreateBuilder<Token>(Math.Max(4, (end - start) / 5));
        int i = start;
        while (i < end)
        {
            char c = text[i];
            if (c == ' ' || char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            int from = i;
            if (IsWordChar(text, i))
            {
                i = SkipWordChars(text, i, end);

                // Inner apostrophes and hyphens join: "Russia's", "negara-negara", "Bosnia–Herzegovina" does not.
                while (i + 1 < end && (text[i] == '\'' || text[i] == '\u2019' || text[i] == '-') && IsWordChar(text, i + 1))
                {
                    i = SkipWordChars(text, i + 1, end);
                }

                tokens.Add(new Token(from, i - from, TokenKind.Word));
            }
            else if (char.IsDigit(c))
            {
                while (i < end && char.IsDigit(text[i]))
                {
                    i++;
                }

                // "3.380" and "1,000" are one number; "2022." is a number and a full stop.
                while (i + 1 < end && (text[i] == '.' || text[i] == ',') && char.IsDigit(text[i + 1]))
                {
                    i++;
                    while (i < end && char.IsDigit(text[i]))
                    {
                        i++;
                    }
                }

                tokens.Add(new Token(from, i - from, TokenKind.Number));
            }
            else
            {
                i += char.IsHighSurrogate(c) && i + 1 < end && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                tokens.Add(new Token(from, i - from, TokenKind.Symbol));
            }
        }

        return tokens.Count == tokens.Capacity ? tokens.MoveToImmutable() : tokens.ToImmutable();
    }

    public static bool IsWordChar(string text, int index)
    {
        char c = text[index];
        if (c < 128)
        {
            return (uint)((c | 0x20) - 'a') <= 'z' - 'a';
        }

        if (char.IsLetter(c))
        {
            return true;
        }

        UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category == UnicodeCategory.NonSpacingMark || category == UnicodeCategory.SpacingCombiningMark;
    }

    private static int SkipWordChars(string text, int i, int end)
    {
        while (i < end && IsWordChar(text, i))
        {
            i++;
        }

        return i;
    }
}
