using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CsCheck;
using NewsLint.Analysis;
using NewsLint.Language;
using NewsLint.Markdown;
using NewsLint.Rules.Places;
using NewsLint.Tests.Infrastructure;
using Xunit;

namespace NewsLint.Tests.Names;

/// <summary>
/// <see cref="PlaceCatalog.NextWordThatMayStartName"/> skips words by their first two characters and the word after
/// them ("the minister" starts no "the Ukraine"); on real-looking English and Indonesian articles it stops at every word
/// where the plain walk, trying every word at every length, finds a name written as the place writes it (a name's words
/// are its tokens: "St. Petersburg" is three).
/// </summary>
public sealed class PlaceCatalogWalkEquivalenceTests
{
    private static readonly string[] Names =
    {
        "Kyiv", "Kiev", "Ukraine", "the Ukraine", "The Hague", "Den Haag", "the Gambia", "Gambia", "New York", "Nieuw Amsterdam",
        "Jakarta", "Djakarta", "Kuala Lumpur", "X", "the Ústí", "the Dnipro River", "St. Petersburg", "St Petersburg",
        "Route 66", "Washington, D.C.",
    };

    private static readonly string[] Pool =
    {
        "The", "the", "THE", "minister", "said", "that", "these", "then", "this", "there", "in", "of", "and", "to", "Ukraine",
        "Ukraine's", "Ukraine’s", "ukraine", "UKRAINE", "United", "US", "Ústí", "Hague", "hague", "Haag", "Den", "Gambia",
        "Gambia's", "Dnipro", "River", "River's", "New", "York", "Nieuw", "Amsterdam", "Kyiv", "Kiev's", "Kyïv", "X", "X's",
        "Thessaloniki", "Thessaloniki's", "Jakarta", "Djakarta", "Kuala", "Lumpur", "dan", "di", "yang", "kata", "menteri",
        "Presiden", "pada", "Selasa", "ke", "dari", "2022", ",", ".", ":", "—", "\"", "(", ")", "\n", "\n\n", "*", "**", "_", "`",
        "[", "](https://example.com)", "#", "> ", "- ", "\u00A0", "  ", "e\u0301", "\u0301", "Ǔkraine", "The\u00A0Hague",
        "St", "St.", "st.", "Petersburg", "Petersburg's", "Route", "66", "Washington", "Washington,", "D.C.", "D.C.,",
    };

    private static readonly Gen<string> Articles = Gen.OneOfConst(Pool).Array[0, 40]
        .Select(words => string.Join(" ", words))
        .Array[1, 4]
        .Select(paragraphs => string.Join("\n\n", paragraphs));

    private static readonly PlaceCatalog Catalog = CatalogOf(Names);

    [Theory]
    [InlineData("In Kyiv, the minister said the Ukraine had asked The Hague and the Gambia.", "en")]
    [InlineData("The Ukraine question.\nThe Hague ruled; the\nUkraine and *the Ukraine* and the **Gambia**.", "en")]
    [InlineData("Menteri di Jakarta mengatakan Den Haag dan the Ukraine, kata Presiden pada Selasa.", "id")]
    [InlineData("- the\n  Ukraine\n- The\nHague\n\n> the Dnipro River's banks, the Ústí, Thessaloniki's port", "en")]
    public void Stops_at_every_word_where_the_plain_walk_finds_a_name(string markdown, string language) =>
        AssertStopsWhereNamesStart(markdown, language);

    [Theory]
    [InlineData("en")]
    [InlineData("id")]
    public void Stops_at_every_word_where_the_plain_walk_finds_a_name_in_generated_articles(string language) =>
        Articles.Sample(markdown => AssertStopsWhereNamesStart(markdown, language), iter: 1000);

    [Theory]
    [InlineData("en")]
    [InlineData("id")]
    public void A_word_hashed_for_its_name_lengths_finds_the_name_its_range_finds(string language) =>
        Articles.Sample(markdown => AssertReusedHashFindsTheSameName(markdown, language), iter: 1000);

    [Theory]
    [InlineData("Kyiv Kiev's KYIV kyiv Kyïv Ǔkraine Ukraine's Ukraine’s X X's Jakarta\u00A0Djakarta Gambia")]
    [InlineData("e\u0301 \u0301 Ústí the Ústí St. St Petersburg Route 66 Washington, D.C.")]
    [InlineData("Kyiv\r\nKiev\r\n\r\nJakarta\r\nᏦyiv Κiev Kіev")]
    public void A_word_hashed_for_its_name_lengths_finds_the_name_its_range_finds_in_edge_cases(string text) =>
        Assert.True(AssertReusedHashFindsTheSameName(text, "en") > 0);

    [Fact]
    public void An_empty_article_hashes_no_word() => Assert.Equal(0, AssertReusedHashFindsTheSameName(string.Empty, "en"));

    [Fact]
    public void Refuses_tokens_of_a_longer_text_which_it_would_read_past_the_end_of()
    {
        ImmutableArray<Token> tokens = Tokenizer.Tokenize("the minister and the Ukraine");
        Assert.Throws<ArgumentException>(() => Catalog.NextWordThatMayStartName("the minister", tokens, 0));
        Assert.Equal(0, Catalog.NextWordThatMayStartName(string.Empty, ImmutableArray<Token>.Empty, 0));
    }

    [Fact]
    public void Turns_away_the_before_a_word_that_continues_no_name()
    {
        string text = "the minister and the Ukraine";
        ImmutableArray<Token> tokens = Tokenizer.Tokenize(text);
        Assert.Equal(text.IndexOf("the Ukraine", StringComparison.Ordinal), tokens[Catalog.NextWordThatMayStartName(text, tokens, 0)].Start);
    }

    private static void AssertStopsWhereNamesStart(string markdown, string language)
    {
        ArticleContext context = TestContexts.Create(markdown, language);
        foreach (ProseBlock block in context.Document.Blocks)
        {
            string text = block.Text;
            ImmutableArray<Token> tokens = context.TokensOf(block);
            var stops = new HashSet<int>();
            for (int i = Catalog.NextWordThatMayStartName(text, tokens, 0); i < tokens.Length; i = Catalog.NextWordThatMayStartName(text, tokens, i + 1))
            {
                stops.Add(i);
            }

            for (int i = 0; i < tokens.Length; i++)
            {
                if (StartsName(text, tokens, i))
                {
                    Assert.True(stops.Contains(i), $"a name starts at '{text.Substring(tokens[i].Start)}' in {text}");
                }
            }
        }
    }

    /// <summary>
    /// NL4002 looks a name of one word up by the hash <see cref="PlaceCatalog.NameLengthsFrom(string, Token, out int?)"/>
    /// took of the word: it is the range's, and it finds what the range, hashed again, finds, at every word (and without
    /// a possessive 's).
    /// </summary>
    /// <returns>How many words were hashed.</returns>
    private static int AssertReusedHashFindsTheSameName(string markdown, string language)
    {
        ArticleContext context = TestContexts.Create(markdown, language);
        int hashed = 0;
        foreach (ProseBlock block in context.Document.Blocks)
        {
            string text = block.Text;
            foreach (Token token in context.TokensOf(block))
            {
                foreach (int length in new[] { token.Length, token.Length - 2 })
                {
                    if (length <= 0)
                    {
                        continue;
                    }

                    int lengths = Catalog.NameLengthsFrom(text, token.Start, length, out int? hash);
                    Assert.Equal(Catalog.NameLengthsFrom(text, token.Start, length), lengths);
                    if (length == token.Length && token.Kind == TokenKind.Word)
                    {
                        // The token's own overload (NL4002's) hashes a word of ASCII letters without the range's tests.
                        Assert.Equal(lengths, Catalog.NameLengthsFrom(text, token, out int? tokenHash));
                        Assert.Equal(hash, tokenHash);
                    }

                    if (hash is null)
                    {
                        continue;
                    }

                    hashed++;
                    Assert.True(FoldedHash.TrySimple(text, token.Start, length, out int expected));
                    Assert.Equal(expected, hash);
                    Assert.Same(Catalog.FindFolded(text, token.Start, length), Catalog.FindFolded(text, token.Start, length, hash));
                }
            }
        }

        return hashed;
    }

    /// <summary>The plain walk: a name of any length looked up at this word, with or without a possessive 's.</summary>
    private static bool StartsName(string text, ImmutableArray<Token> tokens, int i)
    {
        for (int n = 1; n <= Catalog.MaxNameWords && i + n <= tokens.Length; n++)
        {
            if (tokens[i].Kind != TokenKind.Word
                || Enumerable.Range(i + 1, n - 1).Any(k => text[tokens[k - 1].End..tokens[k].Start].Any(c => c is not (' ' or '\u00A0' or '\n'))))
            {
                continue;
            }

            int start = tokens[i].Start;
            int length = tokens[i + n - 1].End - start;
            FoldedName? name = Catalog.FindFolded(text, start, length);
            if (name is null && length > 2 && text[start + length - 1] == 's' && text[start + length - 2] is '\'' or '\u2019')
            {
                name = Catalog.FindFolded(text, start, length - 2);
            }

            if (name is not null && name.IsWrittenLike(text[start]))
            {
                return true;
            }
        }

        return false;
    }

    private static PlaceCatalog CatalogOf(string[] names)
    {
        var places = ImmutableArray.CreateBuilder<Place>();
        var byName = ImmutableDictionary.CreateBuilder<string, Place>(StringComparer.Ordinal);
        for (int i = 0; i < names.Length; i++)
        {
            var place = new Place("p" + i, null, ImmutableArray.Create(names[i]), ImmutableDictionary<string, string>.Empty, "test.yaml", 1);
            places.Add(place);
            byName[TextFolding.Fold(names[i])] = place;
        }

        return new PlaceCatalog(places.ToImmutable(), byName.ToImmutable()) { MaxNameWords = names.Max(name => NameWords.Of(TextFolding.Fold(name)).Length) };
    }
}
