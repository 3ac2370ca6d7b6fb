using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CsCheck;
using NewsLint.Canon;
using Xunit;

namespace NewsLint.Tests.Canon;

/// <summary>
/// A quotation read from its text gives the word ids and tokens that tokenizing and folding it first gives: the ids are
/// found without folding simple words (ASCII, typographic quotes and dashes), other words are folded.
/// </summary>
public sealed class CanonQuotationPropertyTests
{
    /// <summary>The index's words, folded: plain, with an apostrophe, a hyphen, diacritics gone, Cyrillic, a number.</summary>
    private static readonly string[] Known = { "the", "parties", "shall", "party's", "self-defence", "kyiv", "статья", "51", "i", "a" };

    /// <summary>Spellings that fold to a known word or to none.</summary>
    private static readonly string[] Pool =
    {
        "the", "The", "THE", "parties", "Parties", "shall", "Shall", "party's", "Party’s", "PARTY'S", "party‘s", "self-defence",
        "Self‑defence", "self–defence", "Kyïv", "KYIV", "kyiv", "Kyiv", "Статья", "статья", "СТАТЬЯ", "51", "5", "I", "İ", "a", "À",
        "unknown", "partie", "ſhall", "Kelvin", "K", ",", ".", "“", "”", "—", "...", "(a)", "1.5", "U.N.",
    };

    private static readonly Gen<string> Texts = Gen.OneOfConst(Pool).Array[0, 12].Select(words => string.Join(" ", words));

    private static readonly Dictionary<string, int> Ids = Known.Select((word, id) => (word, id)).ToDictionary(p => p.word, p => p.id, StringComparer.Ordinal);

    private static readonly FoldedWordIds Folded = new(Ids);

    [Fact]
    public void Ids_found_in_the_text_equal_the_ids_of_its_folded_tokens()
    {
        Texts.Sample(text =>
        {
            var quotation = new CanonQuotation(text);
            Assert.Equal(QuotationWords.Ids(CanonText.Tokens(text), Ids), quotation.Ids(Folded));
            Assert.Equal(CanonText.Tokens(text).Select(Describe), quotation.Tokens.Select(Describe));
        });
    }

    [Fact]
    public void Ids_are_found_among_thousands_of_words()
    {
        // Enough words that many share a slot of the table and are found further along.
        var many = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int id = 0; id < 5000; id++)
        {
            many["w" + id.ToString(System.Globalization.CultureInfo.InvariantCulture)] = id;
        }

        var table = new FoldedWordIds(many);
        Gen.Int[0, 6000].Array[1, 20].Select(numbers => string.Join(" ", numbers.Select(n => (n % 3 == 0 ? "W" : "w") + n.ToString(System.Globalization.CultureInfo.InvariantCulture))))
            .Sample(text => Assert.Equal(QuotationWords.Ids(CanonText.Tokens(text), many), new CanonQuotation(text).Ids(table)));
    }

    /// <summary>
    /// Characters that fold four at a time (printable ASCII, with the edges of the letter and printable ranges), alone
    /// (typographic quotes and dashes, Cyrillic, the no-break space that does not) or only with the whole word.
    /// </summary>
    private static readonly Gen<char> Characters = Gen.Frequency(
        (8, Gen.OneOfConst('a', 'z', 'A', 'Z', 'm', 'Q', '@', '[', '`', '{', '_', '~', '!', '0', '9', '-', '\'', '.', '\u007F')),
        (1, Gen.OneOfConst(' ', '\u001F', '\u2019', '\u2013', 'С', 'я', 'ï', '\u00A0', 'ſ', 'İ', '\u212A', '\u0301')));

    /// <summary>
    /// Any range of a text, of any length up to past the longest folded four at a time, is found as folding it whole and
    /// looking the fold up finds it: the index holds the folds of half the words asked about, and words that differ
    /// from them in one character.
    /// </summary>
    [Fact]
    public void Ids_of_words_read_four_characters_at_a_time_are_the_ids_of_their_folds()
    {
        Gen<string> words = Characters.Array[1, 70].Select(chars => new string(chars));
        Gen.Select(words.Array[1, 8], Gen.Int[0, 1 << 30]).Sample((list, seed) =>
        {
            var random = new Random(seed);
            var known = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (string word in list)
            {
                string folded = NewsLint.Language.TextFolding.Fold(word);
                if (random.Next(2) == 0)
                {
                    known.TryAdd(folded, known.Count);
                }
                else if (folded.Length > 0)
                {
                    char[] other = folded.ToCharArray();
                    other[random.Next(other.Length)] = 'x';
                    known.TryAdd(new string(other), known.Count);
                }
            }

            var table = new FoldedWordIds(known);
            string text = string.Join("|", list);
            int start = 0;
            foreach (string word in list)
            {
                int expected = known.TryGetValue(NewsLint.Language.TextFolding.Fold(word), out int id) ? id : -1;
                Assert.Equal(expected, table.Of(text, new NewsLint.Language.Token(start, word.Length, NewsLint.Language.TokenKind.Word)));
                start += word.Length + 1;
            }
        });
    }

    [Fact]
    public void Quotations_read_together_give_the_tokens_and_ids_of_both_in_turn()
    {
        Gen.Select(Texts, Texts).Sample((first, second) =>
        {
            ImmutableArray<CanonToken> expected = CanonText.Tokens(first).AddRange(CanonText.Tokens(second));
            // Ids first: a word the index knows then takes the index's folded string.
            CanonQuotation joined = new CanonQuotation(first).Then(new CanonQuotation(second));
            Assert.Equal(expected.Length, joined.Count);
            Assert.Equal(QuotationWords.Ids(expected, Ids), joined.Ids(Folded));
            Assert.Equal(expected.Select(Describe), joined.Tokens.Select(Describe));
            // One word at a time, before any tokens are made together; and without the ids, folded in place.
            CanonQuotation unnumbered = new CanonQuotation(first).Then(new CanonQuotation(second));
            Assert.Equal(expected.Select(Describe), Enumerable.Range(0, unnumbered.Count).Select(k => DescribeAt(unnumbered, k)));
            CanonQuotation alone = new CanonQuotation(first).Then(new CanonQuotation(second));
            alone.Ids(Folded);
            Assert.Equal(expected.Select(Describe), Enumerable.Range(0, alone.Count).Select(k => DescribeAt(alone, k)));
            CanonQuotation fromTokens = new CanonQuotation(CanonText.Tokens(first)).Then(new CanonQuotation(second));
            Assert.Equal(expected.Select(Describe), Enumerable.Range(0, fromTokens.Count).Select(k => DescribeAt(fromTokens, k)));
            Assert.Equal(expected.Select(Describe), fromTokens.Tokens.Select(Describe));
            Assert.Equal(QuotationWords.Ids(expected, Ids), fromTokens.Ids(Folded));
        });
    }

    private static string Describe(CanonToken token) => $"{token.Text}|{token.Folded}|{token.IsNumber}";

    /// <summary>Word <paramref name="k"/> as the diff rows read it, one part at a time: no token made.</summary>
    private static string DescribeAt(CanonQuotation quotation, int k)
    {
        var written = new System.Text.StringBuilder();
        bool isNumber = quotation.AppendWritten(k, written);
        return $"{written}|{quotation.FoldedAt(k)}|{isNumber}";
    }
}
