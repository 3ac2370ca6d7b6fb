using System;
using System.Text;
using NewsLint.Language;
using Xunit;

namespace NewsLint.Tests.Language;

/// <summary><see cref="WordStartFilter"/> may let a word through that is not in the set, but never turn one away that folds into it.</summary>
public sealed class WordStartFilterTests
{
    private const string Alphabet = "aAkKyY'-\u2019\u00E9e\u0301\u0416\u212A";

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
