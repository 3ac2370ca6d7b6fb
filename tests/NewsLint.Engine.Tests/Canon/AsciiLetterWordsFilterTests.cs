using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CsCheck;
using NewsLint.Canon;
using NewsLint.Language;
using Xunit;

namespace NewsLint.Tests.Canon;

/// <summary>
/// <see cref="FoldedWordIds.OfFiltered"/> turns a word of ASCII letters away by its first two letters and length
/// (<see cref="AsciiLetterWords"/>) before hashing it: it must give what hashing and looking up gives
/// (<see cref="FoldedWordIds.Of"/>) and what folding the word whole and looking the fold up gives.
/// </summary>
public sealed class AsciiLetterWordsFilterTests
{
    /// <summary>Words of the index, folded: one letter, two, a pair shared by several lengths, 31 and more letters, non-ASCII, a number.</summary>
    private static readonly string[] Known =
    {
        "a", "i", "of", "the", "then", "there", "shall", "parties", "pasal", "pihak", "serangan", "bersenjata",
        new string('x', 31), new string('y', 40), "kyïv", "статья", "self-defence", "party's", "51",
    };

    /// <summary>Spellings that fold to a known word, or share its first letters or its length, or neither; look-alikes and a Kelvin sign.</summary>
    private static readonly string[] Pool =
    {
        "a", "A", "I", "i", "b", "of", "OF", "Of", "on", "ox", "the", "The", "THE", "tha", "thee", "then", "thEn", "there",
        "therein", "shall", "Shall", "shalt", "parties", "Parties", "partiez", "pasal", "Pasal", "pihak", "PIHAK", "serangan",
        "Serangan", "bersenjata", "bersenjatA", new string('x', 31), new string('X', 31), new string('x', 35), new string('y', 40),
        new string('y', 39), "Kyïv", "kyiv", "Статья", "self-defence", "Self‑defence", "party's", "Party’s", "51", "\u212Aelvin",
        "ſhall", "İ", "À", "—", ",", "\r\n", "\n", "  ",
    };

    private static readonly Dictionary<string, int> Ids = Known.Select((word, id) => (word, id)).ToDictionary(p => p.word, p => p.id, StringComparer.Ordinal);

    private static readonly FoldedWordIds Table = new(Ids);

    [Fact]
    public void Filtered_ids_equal_hashed_ids_and_ids_of_folds_in_generated_text()
    {
        Gen.OneOfConst(Pool).Array[0, 16].Select(words => string.Join(" ", words)).Sample(AssertSameIds);
    }

    [Theory]
    [InlineData("")]
    [InlineData("The Parties shall consider an armed attack against one of them an attack against them all.")]
    [InlineData("Para Pihak sepakat bahwa serangan bersenjata terhadap satu atau lebih dari mereka\r\nakan dianggap sebagai serangan.")]
    [InlineData("“Then THERE shall be,” the minister said of the ſhall-like \u212Aelvin in Kyïv — 51 times.")]
    public void Filtered_ids_equal_hashed_ids_and_ids_of_folds_in_real_looking_text(string text) => AssertSameIds(text);

    /// <summary>Many words, random letters of either case: a filter wrong in any pair or length bit fails here.</summary>
    [Fact]
    public void Filtered_ids_equal_hashed_ids_for_random_words_of_letters()
    {
        Gen<string> words = Gen.Char['A', 'z'].Where(c => c <= 'Z' || c >= 'a').Array[1, 36].Select(chars => new string(chars));
        Gen.Select(words.Array[1, 30], Gen.Int[0, 1 << 30]).Sample((list, seed) =>
        {
            var random = new Random(seed);
            var known = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (string word in list.Where(_ => random.Next(3) == 0))
            {
                known.TryAdd(word.ToLowerInvariant(), known.Count);
            }

            var table = new FoldedWordIds(known);
            AssertSameIds(string.Join(" ", list), table, known);
        });
    }

    private static void AssertSameIds(string text) => AssertSameIds(text, Table, Ids);

    private static void AssertSameIds(string text, FoldedWordIds table, Dictionary<string, int> ids)
    {
        ImmutableArray<Token> tokens = Tokenizer.Tokenize(text);
        foreach (Token token in tokens.Where(t => t.Kind != TokenKind.Symbol))
        {
            int expected = ids.TryGetValue(TextFolding.Fold(token.GetText(text)), out int id) ? id : -1;
            Assert.Equal(expected, table.Of(text, token));
            Assert.Equal(expected, table.OfFiltered(text, token));
        }
    }
}
