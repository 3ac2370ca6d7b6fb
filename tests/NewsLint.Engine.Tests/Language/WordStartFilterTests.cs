using System;
using System.Text;
using NewsLint.Language;
using Xunit;

namespace NewsLint.Tests.Language;

/// <summary><see cref="WordStartFilter"/> may let a word through that is not in the set, but never turn one away that folds into it.</summary>
public sealed class WordStartFilterTests
{
    private const string Alphabet = "aAkKyY'-.,\u2019\u00E9e\u0301\u0416\u212A";

    [Fact]
    public void Never_turns_away_a_word_that_folds_to_one_of_the_words()
    {
        var random = new Random(4006);
        for (int round = 0; round < 2000; round++)
        {
            var words = new string[4];
            for (int i = 0; i < words.Length; i++)
            {
                words[i] = TextFolding.Fold(RandomWord(random));
            }

            var filter = new WordStartFilter(words);
            for (int probe = 0; probe < 20; probe++)
            {
                string word = RandomWord(random);
                string text = "x " + word + " y";
                if (Array.IndexOf(words, TextFolding.Fold(word)) >= 0)
                {
                    Assert.True(filter.MayBeOneOf(text, 2, word.Length));
                }
            }
        }
    }

    [Fact]
    public void Lets_through_exactly_the_words_whose_start_some_word_has_or_that_it_cannot_read()
    {
        // Every ASCII character and a few others, in words of 0 to 4 characters: the filter against the rule written plainly.
        var random = new Random(4007);
        var letters = new StringBuilder("\u00E9\u2019\u0416\u212A");
        for (char c = '\0'; c < 128; c++)
        {
            letters.Append(c);
        }

        string alphabet = letters.ToString();
        for (int round = 0; round < 3000; round++)
        {
            var words = new string[1 + random.Next(6)];
            for (int i = 0; i < words.Length; i++)
            {
                words[i] = TextFolding.Fold(RandomWord(random, round % 2 == 0 ? alphabet : "abcXYZ'-\u00E9"));
            }

            var filter = new WordStartFilter(words);
            for (int probe = 0; probe < 20; probe++)
            {
                string word = random.Next(10) == 0 ? string.Empty : RandomWord(random, round % 2 == 0 ? alphabet : "abcXYZ'-\u00E9");
                string? start = PlainStart(word);
                bool expected = start is null || Array.Exists(words, each => PlainStart(each) == start);
                Assert.Equal(expected, filter.MayBeOneOf("x" + word + "y", 1, word.Length));
            }
        }
    }

    /// <summary>The first three characters lower-cased, or null when one of them is not an ASCII letter, ', -, . or ,.</summary>
    private static string? PlainStart(string word)
    {
        string start = word.Substring(0, Math.Min(3, word.Length));
        foreach (char c in start)
        {
            if (!(c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '\'' or '-' or '.' or ','))
            {
                return null;
            }
        }

        return start.ToLowerInvariant();
    }

    [Theory]
    [InlineData("Kyiv", true)]
    [InlineData("KYIV's", true)]
    [InlineData("the", true)]
    [InlineData("Ky", false)]
    [InlineData("then", true)]
    [InlineData("they", true)]
    [InlineData("thy", false)]
    [InlineData("Moscow", false)]
    [InlineData("Ky\u00EFv", true)]
    public void Turns_away_words_whose_start_no_word_has(string word, bool mayBe) =>
        Assert.Equal(mayBe, new WordStartFilter(new[] { "kyiv", "the", "k" }).MayBeOneOf(word, 0, word.Length));

    [Fact]
    public void A_token_is_let_through_exactly_when_its_range_is()
    {
        // The tokenizer's tokens, so that words of ASCII letters carry their flag, against filters of words from the same
        // few letters: both answers are common, and a letter's code off by one would change some.
        var random = new Random(4012);
        const string letters = "abAB";
        const string others = "'-.,2\u00E9\u2019\u212A ";
        int[] answers = new int[2];
        for (int round = 0; round < 2000; round++)
        {
            var words = new string[1 + random.Next(8)];
            for (int i = 0; i < words.Length; i++)
            {
                words[i] = TextFolding.Fold(RandomWord(random, letters + "'-") + RandomWord(random, letters));
            }

            var filter = new WordStartFilter(words);
            var text = new StringBuilder();
            for (int w = random.Next(1, 12); w > 0; w--)
            {
                for (int n = random.Next(1, 7); n > 0; n--)
                {
                    text.Append(random.Next(8) == 0 ? others[random.Next(others.Length)] : letters[random.Next(letters.Length)]);
                }

                text.Append(' ');
            }

            string plain = text.ToString();
            foreach (Token token in Tokenizer.Tokenize(plain))
            {
                bool expected = filter.MayBeOneOf(plain, token.Start, token.Length);
                Assert.Equal(expected, filter.MayBeOneOf(plain, token));
                answers[expected ? 1 : 0] += token.IsAsciiLetters && token.Length >= 3 ? 1 : 0;
            }
        }

        Assert.True(answers[0] > 1000 && answers[1] > 1000, $"{answers[1]} let through, {answers[0]} turned away");
    }

    /// <summary>One to four characters of <paramref name="alphabet"/>: letters of either case, marks, look-alikes.</summary>
    internal static string RandomWord(Random random, string alphabet = Alphabet)
    {
        var builder = new StringBuilder();
        int length = random.Next(1, 5);
        for (int i = 0; i < length; i++)
        {
            builder.Append(alphabet[random.Next(alphabet.Length)]);
        }

        return builder.ToString();
    }
}
