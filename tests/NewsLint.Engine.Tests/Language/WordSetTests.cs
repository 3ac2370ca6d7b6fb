using System;
using System.Collections.Generic;
using System.Text;
using NewsLint.Language;
using Xunit;

namespace NewsLint.Tests.Language;

/// <summary><see cref="WordSet"/> filters by length and first two characters before it compares: it must answer as a hash set does.</summary>
public sealed class WordSetTests
{
    private const string Alphabet = "aAbBzZ'-.@[`{\u00E9\u00C9\u017F\u0131\u0130\u212A\u0416\u0436";

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Answers_as_a_hash_set_of_the_same_words(bool ignoreCase)
    {
        var random = new Random(5150);
        var words = new List<string> { "and", "as well as", "Mr", "St", "S", new string('x', 70), "\u00C9t\u00E9", "\u017Ft" };
        for (int i = 0; i < 40; i++)
        {
            words.Add(RandomWord(random, 1 + random.Next(6)));
        }

        var set = new WordSet(words, ignoreCase);
        var expected = new HashSet<string>(words, ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        for (int round = 0; round < 20000; round++)
        {
            string text = "  " + (round % 3 == 0 ? words[random.Next(words.Count)] : RandomWord(random, 1 + random.Next(7))) + " ";
            if (round % 5 == 0)
            {
                text = text.ToUpperInvariant();
            }

            int start = random.Next(0, 4);
            int length = random.Next(0, text.Length - start + 1);
            bool contains = expected.Contains(text.Substring(start, length));
            Assert.Equal(contains, set.Contains(text, start, length));
            Assert.True(length == 0 || set.MayEndAs(text, start, length) || !contains);
        }
    }

    /// <summary>
    /// The filters on length and first two characters, and on length, third and last characters: words one letter
    /// away from a word of the set, any case, characters past ASCII among them.
    /// </summary>
    [Fact]
    public void Turns_away_only_words_not_in_the_set()
    {
        const string Letters = "sSaAiIdDtToO'\u017F\u0131\u0130\u212A\u00E9-";
        var random = new Random(2718);
        var words = new List<string> { "said", "says", "told", "according", "\u017Fays", "s\u0131d", "a", "Ab", "\u00E9t\u00E9", "day-to-day", "mengatakan", "menyatakan", "tuturnya", "ka\u017F", "sa\u0130d\u212A" };
        var set = new WordSet(words, ignoreCase: true);
        var expected = new HashSet<string>(words, StringComparer.OrdinalIgnoreCase);
        for (int round = 0; round < 50000; round++)
        {
            char[] word = words[random.Next(words.Count)].ToCharArray();
            for (int change = random.Next(3); change > 0; change--)
            {
                word[random.Next(word.Length)] = Letters[random.Next(Letters.Length)];
            }

            string text = "x " + new string(word) + " y";
            bool contains = set.Contains(text, 2, word.Length);
            Assert.Equal(expected.Contains(new string(word)), contains);
            string? found = set.Find(text, 2, word.Length);
            Assert.Equal(contains, found is not null && string.Equals(found, new string(word), StringComparison.OrdinalIgnoreCase) && words.Contains(found));
            Assert.True(set.MayContain(text, 2, word.Length) || !contains);
            Assert.True(set.MayEndAs(text, 2, word.Length) || !contains);
        }
    }

    private static string RandomWord(Random random, int length)
    {
        var builder = new StringBuilder();
        for (int i = 0; i < length; i++)
        {
            builder.Append(Alphabet[random.Next(Alphabet.Length)]);
        }

        return builder.ToString();
    }
}
