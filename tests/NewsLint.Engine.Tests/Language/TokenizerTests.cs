using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using NewsLint.Language;
using Xunit;

namespace NewsLint.Tests.Language;

/// <summary>The tokenizer classifies ASCII by a table: it must split as the character predicates say, on any text.</summary>
public sealed class TokenizerTests
{
    private const string Alphabet = "aZ09 \t\n.,'-\u2019\u00A0\u2009\u00E9e\u0301\u0903\u0416\u0660\u00B2\uD83D\uDE00\uDC00!\u201C";

    [Fact]
    public void A_token_is_shorter_than_a_length_exactly_when_its_length_is()
    {
        // The packed compare must hold whatever kind bits lie below the length.
        foreach (TokenKind kind in Enum.GetValues<TokenKind>())
        {
            for (int length = 0; length < 40; length++)
            {
                Token[] tokens = kind == TokenKind.Word ? new[] { new Token(7, length, kind), Token.AsciiWord(7, length) } : new[] { new Token(7, length, kind) };
                foreach (Token token in tokens)
                {
                    for (int bound = 0; bound < 40; bound++)
                    {
                        Assert.Equal(length < bound, token.IsShorterThan(bound));
                    }
                }
            }
        }
    }

    [Fact]
    public void Splits_as_the_reference_on_random_mixes()
    {
        var random = new Random(4007);
        for (int round = 0; round < 20000; round++)
        {
            var builder = new StringBuilder();
            int length = random.Next(0, 30);
            for (int i = 0; i < length; i++)
            {
                builder.Append(Alphabet[random.Next(Alphabet.Length)]);
            }

            string text = builder.ToString();
            Assert.Equal(Reference(text), Describe(Tokenizer.Tokenize(text)));
        }
    }

    [Fact]
    public void Splits_as_the_reference_on_long_words_and_runs()
    {
        // Runs longer than the four characters the ASCII letter search reads at a time, ended by every kind of character.
        var random = new Random(77);
        for (int round = 0; round < 5000; round++)
        {
            var builder = new StringBuilder();
            int words = random.Next(1, 8);
            for (int w = 0; w < words; w++)
            {
                int letters = random.Next(0, 14);
                for (int i = 0; i < letters; i++)
                {
                    builder.Append((char)((random.Next(2) == 0 ? 'a' : 'A') + random.Next(26)));
                }

                builder.Append(Alphabet[random.Next(Alphabet.Length)]);
            }

            string text = builder.ToString();
            Assert.Equal(Reference(text), Describe(Tokenizer.Tokenize(text)));
        }
    }

    [Fact]
    public void Splits_texts_longer_than_the_kept_buffer_and_then_short_ones()
    {
        var random = new Random(5);
        foreach (int length in new[] { 40000, 300, 20000, 10 })
        {
            var builder = new StringBuilder();
            while (builder.Length < length)
            {
                builder.Append(Alphabet[random.Next(Alphabet.Length)]);
            }

            string text = builder.ToString();
            Assert.Equal(Reference(text), Describe(Tokenizer.Tokenize(text)));
        }
    }

    [Fact]
    public void Marks_the_words_of_ASCII_letters_only_in_real_looking_text()
    {
        const string text = "Russia's envoy met the café owner in Zürich on 16/5/2022; negara-negara anggota ASEAN "
            + "said \u201Cno\u201D. Co-operation isn\u2019t naïve, and 3.380 people (about 1,000abc) wait-";
        foreach (Token token in Tokenizer.Tokenize(text))
        {
            string word = token.GetText(text);
            bool asciiLetters = token.Kind == TokenKind.Word;
            foreach (char c in word)
            {
                asciiLetters &= (uint)((c | 0x20) - 'a') <= 'z' - 'a';
            }

            Assert.True(asciiLetters == token.IsAsciiLetters, word);
        }
    }

    [Fact]
    public void Ascii_letter_run_ends_where_the_first_non_letter_is()
    {
        // Every character after 0 to 17 letters (every lane of the four-character and the eight-character reads, in the
        // first read and a later one), then letters or more of the same character (which may carry into them).
        for (int c = 0; c < 0x10000; c++)
        {
            for (int letters = 0; letters < 18; letters++)
            {
                foreach (char after in new[] { 'Q', (char)c })
                {
                    string text = new string('k', letters) + (char)c + new string(after, 7);
                    int expected = 0;
                    while (expected < text.Length && (uint)((text[expected] | 0x20) - 'a') <= 'z' - 'a')
                    {
                        expected++;
                    }

                    Assert.Equal(expected, AsciiLetterRun.End(text.AsSpan(), 0));
                    Assert.Equal(letters, AsciiLetterRun.End(text.AsSpan(0, letters), 0));
                }
            }
        }
    }

    private static string Describe(IEnumerable<Token> tokens)
    {
        var builder = new StringBuilder();
        foreach (Token token in tokens)
        {
            // A word of ASCII letters only is marked: the flag is checked wherever the split is.
            builder.Append(token).Append(token.IsAsciiLetters ? "a " : " ");
        }

        return builder.ToString();
    }

    /// <summary>The tokenizer written plainly with the character predicates.</summary>
    private static string Reference(string text)
    {
        var tokens = new List<Token>();
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            int from = i;
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (IsWordChar(c))
            {
                while (i < text.Length && IsWordChar(text[i]))
                {
                    i++;
                }

                while (i + 1 < text.Length && (text[i] == '\'' || text[i] == '\u2019' || text[i] == '-') && IsWordChar(text[i + 1]))
                {
                    i++;
                    while (i < text.Length && IsWordChar(text[i]))
                    {
                        i++;
                    }
                }

                bool asciiLetters = true;
                for (int k = from; k < i; k++)
                {
                    asciiLetters &= text[k] < 128 && char.IsLetter(text[k]);
                }

                tokens.Add(asciiLetters ? Token.AsciiWord(from, i - from) : new Token(from, i - from, TokenKind.Word));
            }
            else if (char.IsDigit(c))
            {
                while (i < text.Length && (char.IsDigit(text[i]) || (i + 1 < text.Length && (text[i] == '.' || text[i] == ',') && char.IsDigit(text[i + 1]))))
                {
                    i++;
                }

                tokens.Add(new Token(from, i - from, TokenKind.Number));
            }
            else
            {
                i += char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                tokens.Add(new Token(from, i - from, TokenKind.Symbol));
            }
        }

        return Describe(tokens);
    }

    private static bool IsWordChar(char c) =>
        (c < 128 && (uint)((c | 0x20) - 'a') <= 'z' - 'a')
        || (c >= 128 && (char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark));
}
