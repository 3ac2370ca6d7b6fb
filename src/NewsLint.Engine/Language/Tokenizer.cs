using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

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
        // A span ending at `end`: indexes stay offsets into the text, and the loops need no bounds checks.
        ReadOnlySpan<char> s = text.AsSpan(0, end);

        // Every token holds at least one character, so a buffer as long as the text never fills: no test per token.
        int most = Math.Max(0, end - start);
        Token[]? kept = _scratch;
        Token[] tokens = kept is not null && kept.Length >= most ? kept : new Token[Math.Max(256, most)];
        int count = Split(s, start, tokens);
        // Stored only when new: a store of a reference pays the GC's write barrier, once a block.
        if (tokens != kept && tokens.Length <= MaxKeptScratch)
        {
            _scratch = tokens;
        }

        // ImmutableArray.Create(array, start, length) copies element by element; one block copy into an array that is
        // then wrapped as it is (an ImmutableArray is only its array, and nothing else ever sees this one). A span copy
        // is a plain memory move, where Array.Copy first checks the two arrays' types and ranks.
        var exact = new Token[count];
        tokens.AsSpan(0, count).CopyTo(exact);
        return Unsafe.As<Token[], ImmutableArray<Token>>(ref exact);
    }

    /// <summary>Writes the tokens of s[i..] into <paramref name="tokens"/> (long enough for one a character); returns their count.</summary>
    private static int Split(ReadOnlySpan<char> s, int i, Token[] tokens)
    {
        // The buffer holds a token a character (Tokenize), so writes need no bounds check: through a reference.
        ref Token next = ref MemoryMarshal.GetReference(tokens.AsSpan());
        int count = 0;
        while (i < s.Length)
        {
            char c = s[i];

            // Most tokens are ASCII words ending at an ASCII space or punctuation: that path has no call, and only a
            // word that continues past ASCII letters (an accent, an apostrophe, a hyphen) takes the general one. A
            // word followed by one space and another word goes on to it directly.
            if (Ascii.IsLetter(c))
            {
                while (true)
                {
                    int from = i;
                    i = AsciiLetterRun.End(s, i + 1);

                    // Unsigned tests the compiler reads as bounds checks, so it adds none of its own.
                    if ((uint)i < (uint)s.Length && s[i] == ' ')
                    {
                        // On past the space when a letter follows it, or past it anyway (a space is no token).
                        Unsafe.Add(ref next, count++) = Token.AsciiWord(from, i - from);
                        if ((uint)(i + 1) < (uint)s.Length && Ascii.IsLetter(s[++i]))
                        {
                            continue;
                        }

                        break;
                    }

                    // A word that goes on past its ASCII letters holds another character.
                    if ((uint)i < (uint)s.Length && MayContinueWord(s[i]))
                    {
                        int end = FinishWord(s, i);
                        if (end != i)
                        {
                            Unsafe.Add(ref next, count++) = new Token(from, end - from, TokenKind.Word);
                            i = end;
                            break;
                        }
                    }

                    Unsafe.Add(ref next, count++) = Token.AsciiWord(from, i - from);
                    break;
                }

                continue;
            }

            if (c == ' ')
            {
                i++;
                continue;
            }

            int start = i;
            byte kind = c < 128 ? AsciiClass[c] : ClassOf(c);
            if (kind == Space)
            {
                i++;
            }
            else if (kind == Letter)
            {
                i = FinishWord(s, i + 1);
                Unsafe.Add(ref next, count++) = new Token(start, i - start, TokenKind.Word);
            }
            else if (kind == Digit)
            {
                i = SkipDigits(s, i + 1);

                // "3.380" and "1,000" are one number; "2022." is a number and a full stop.
                while (i + 1 < s.Length && (s[i] == '.' || s[i] == ',') && IsDigit(s[i + 1]))
                {
                    i = SkipDigits(s, i + 2);
                }

                Unsafe.Add(ref next, count++) = new Token(start, i - start, TokenKind.Number);
            }
            else
            {
                i += char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]) ? 2 : 1;
                Unsafe.Add(ref next, count++) = new Token(start, i - start, TokenKind.Symbol);
            }
        }

        return count;
    }

    /// <summary>Whether a word may go on at <paramref name="c"/>, the first character after its ASCII letters: only a
    /// non-ASCII character or a joiner can; any other ASCII character ends it.</summary>
    private static bool MayContinueWord(char c) => c >= 128 || c == '\'' || c == '-';

    /// <summary>The end of a word whose characters before <paramref name="i"/> are word characters.</summary>
    private static int FinishWord(ReadOnlySpan<char> s, int i)
    {
        i = SkipWordChars(s, i);

        // Inner apostrophes and hyphens join: "Russia's", "negara-negara", "Bosnia–Herzegovina" does not.
        while (i + 1 < s.Length && (s[i] == '\'' || s[i] == '\u2019' || s[i] == '-') && IsWordChar(s[i + 1]))
        {
            i = SkipWordChars(s, i + 2);
        }

        return i;
    }

    public static bool IsWordChar(string text, int index) => IsWordChar(text[index]);

    private static bool IsWordChar(char c) => c < 128 ? Ascii.IsLetter(c) : IsNonAsciiWordChar(c);

    private static bool IsNonAsciiWordChar(char c)
    {
        if (char.IsLetter(c))
        {
            return true;
        }

        UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category == UnicodeCategory.NonSpacingMark || category == UnicodeCategory.SpacingCombiningMark;
    }

    private static bool IsDigit(char c) => c < 128 ? (uint)(c - '0') <= 9 : char.IsDigit(c);

    /// <summary>White space first, then word characters, then digits: the order the loop tests them in.</summary>
    private static byte ClassOf(char c) =>
        char.IsWhiteSpace(c) ? Space : IsNonAsciiWordChar(c) ? Letter : char.IsDigit(c) ? Digit : Other;

    private static byte[] BuildAsciiClass()
    {
        var table = new byte[128];
        for (char c = '\0'; c < 128; c++)
        {
            table[c] = char.IsWhiteSpace(c) ? Space : Ascii.IsLetter(c) ? Letter : char.IsDigit(c) ? Digit : Other;
        }

        return table;
    }

    private static int SkipWordChars(ReadOnlySpan<char> s, int i)
    {
        // This loop reads nearly every character of an article: the ASCII test inline, the Unicode one only past ASCII.
        while ((uint)i < (uint)s.Length)
        {
            char c = s[i];
            if (!Ascii.IsLetter(c) && (c < 128 || !IsNonAsciiWordChar(c)))
            {
                break;
            }

            i++;
        }

        return i;
    }

    private static int SkipDigits(ReadOnlySpan<char> s, int i)
    {
        while ((uint)i < (uint)s.Length && IsDigit(s[i]))
        {
            i++;
        }

        return i;
    }
}
