using System;
using System.Linq;
using CsCheck;
using NewsLint.Language;
using NewsLint.Rules.Style;
using Xunit;

namespace NewsLint.Tests.Style;

/// <summary>
/// A block's own record of its symbols (<see cref="BlockPrefixes.MayHoldSymbols"/>), ASCII and above, which spares the literal
/// search a block without a literal's parenthesis or percent sign, against the text itself and against the search
/// with no block filters (the path it shortcuts), on generated text with look-alike characters, CRLF and empty blocks.
/// </summary>
public sealed class BlockSymbolsPropertyTests
{
    private static readonly string[] Words = { "di", "dimana", "NATO", "(NATO)", "U.S.", "Dr.", "e.g.", "3.5", "1,000", "5%", "5 %", "kota", "a-b", "negara-negara", "café", "\u212Ailo", "Russia's", "Russia\u2019s", "x", "" };

    // Look-alikes of the symbols the literals hold (fullwidth parenthesis and percent sign, dashes), CRLF and tabs.
    private static readonly string[] Separators = { " ", "  ", "\r\n", "\t", "-", " \u2013 ", "\u2014", "\u2010", ", ", ". ", "\u00A0", "\u2028", "(", ")", "\uFF08", "\uFF09", "\uFF05", "%", "/", "\u201C", "\u201D", "\u00AB", "\u20AC", "\u00D7", "\"", "?", "!", "#", "~", "\U0001F600", "" };

    /// <summary>Characters above ASCII: punctuation a literal is gated on, and letters, spaces and surrogates it is not.</summary>
    private static readonly char[] Others = { '\u2013', '\u2014', '\u2010', '\u201C', '\u201D', '\u00AB', '\u20AC', '\u00D7', '\uFF08', '\uFF09', '\uFF05', '\u00A0', '\u2028', '\u00E9', '\u212A', '\uD83D', '\uDE00' };

    private static readonly Gen<string> Texts = Gen.Select(Gen.OneOfConst(Words).Array[0, 60], Gen.OneOfConst(Separators).Array[60], (w, s) =>
        string.Concat(w.Select((word, i) => word + s[i])));

    private static readonly string[][] LiteralSets =
    {
        new[] { "(" }, new[] { ")" }, new[] { "%" }, new[] { "(", ")" }, new[] { "\u2013", "\u2014", "-" }, new[] { "(nato)" }, new[] { "5%", " %" },
        new[] { "u.s." }, new[] { "dr.", "e.g." }, new[] { "a-b" }, new[] { "kota", "#" }, new[] { "\uFF08" }, new[] { "x" }, new[] { "\"", "?" },
        new[] { "\u2013", "\u2014" }, new[] { " \u2013 " }, new[] { "\u201Cx" }, new[] { "5\u20AC", "\u00D7" }, new[] { "\u00A0" }, new[] { "\U0001F600" }, new[] { "caf\u00E9" },
    };

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_block_records_every_symbol_it_holds_and_the_article_gets_the_same(bool fromTokens)
    {
        Texts.Sample(text =>
        {
            var article = new ArticlePrefixes();
            BlockPrefixes block = fromTokens ? new BlockPrefixes(text, Tokenizer.Tokenize(text).AsSpan(), article) : new BlockPrefixes(text, article);
            for (char c = ' '; c < (char)128; c++)
            {
                (ulong symbols, ulong lowerSymbols) = BlockPrefixes.SymbolsOf(c.ToString());
                if (text.IndexOf(c) >= 0)
                {
                    Assert.True(block.MayHoldSymbols(symbols, lowerSymbols, 0), $"'{c}' in '{text}'");
                }

                // One block: its own record and the article's are the same.
                Assert.Equal(article.MayHoldAny(new[] { symbols, lowerSymbols }), block.MayHoldSymbols(symbols, lowerSymbols, 0));
            }

            foreach (char c in Others)
            {
                if (text.IndexOf(c) >= 0)
                {
                    Assert.True(block.MayHoldSymbols(0, 0, BlockPrefixes.OthersOf(c.ToString())), $"U+{(int)c:X4} in '{text}'");
                }
            }
        });
    }

    [Fact]
    public void The_token_pass_records_the_symbols_reading_every_token_one_by_one_records()
    {
        Texts.Sample(text =>
        {
            Token[] tokens = Tokenizer.Tokenize(text).ToArray();
            var block = new BlockPrefixes(text, tokens, new ArticlePrefixes());
            BlockPrefixes oneByOne = BlockPrefixes.ReadEachToken(text, tokens, new ArticlePrefixes());
            for (char c = ' '; c < (char)128; c++)
            {
                (ulong symbols, ulong lowerSymbols) = BlockPrefixes.SymbolsOf(c.ToString());
                Assert.Equal(oneByOne.MayHoldSymbols(symbols, lowerSymbols, 0), block.MayHoldSymbols(symbols, lowerSymbols, 0));
            }

            foreach (char c in Others)
            {
                ulong others = BlockPrefixes.OthersOf(c.ToString());
                Assert.Equal(oneByOne.MayHoldSymbols(0, 0, others), block.MayHoldSymbols(0, 0, others));
            }
        });
    }

    [Fact]
    public void The_literal_search_with_a_block_s_symbols_answers_as_the_search_without_them()
    {
        Gen.Select(Texts, Gen.OneOfConst(LiteralSets), Gen.Bool, Gen.Bool, Gen.Int[0, 300], Gen.Int[0, 300]).Sample((text, literals, ignoreCase, fromTokens, a, b) =>
        {
            BlockPrefixes block = fromTokens ? new BlockPrefixes(text, Tokenizer.Tokenize(text).AsSpan(), new ArticlePrefixes()) : new BlockPrefixes(text);
            int from = Math.Min(a, text.Length);
            int end = Math.Min(Math.Max(from, b), text.Length);
            var search = new LiteralSearch(literals, ignoreCase);

            int[]? plainCursor = search.NewCursorBuffer();
            int[]? blockCursor = search.NewCursorBuffer();
            bool expected = search.Occurs(text, from, end, null, cursor: plainCursor);
            Assert.Equal(expected, search.Occurs(text, from, end, block, cursor: blockCursor));

            // A cursor filled with the block's symbols leads the search to every occurrence the plain one finds.
            if (expected)
            {
                AssertSameOccurrences(search, text, plainCursor, blockCursor, from, end);
            }

            AssertSameOccurrences(search, text, search.NewCursor(null), search.NewCursor(block), from, end);
        });
    }

    [Theory]
    [InlineData("")]
    [InlineData("(NATO) dan PBB")]
    [InlineData("tanpa kurung sama sekali")]
    [InlineData("\uFF08NATO\uFF09 naik 5\uFF05")]
    [InlineData("naik 5 %\r\nlalu (turun)")]
    public void A_block_without_a_literal_s_symbol_is_not_searched_and_one_with_it_is(string text)
    {
        var block = new BlockPrefixes(text, Tokenizer.Tokenize(text).AsSpan(), new ArticlePrefixes());
        foreach (string[] literals in LiteralSets)
        {
            var search = new LiteralSearch(literals, ignoreCase: true);
            bool occurs = literals.Any(l => text.IndexOf(l, StringComparison.OrdinalIgnoreCase) >= 0);
            Assert.Equal(occurs, search.Occurs(text, 0, text.Length, block));
        }
    }

    [Fact]
    public void Only_caseless_punctuation_above_ASCII_is_gated_on()
    {
        Assert.NotEqual(0UL, BlockPrefixes.OthersOf("\u2013"));
        Assert.NotEqual(0UL, BlockPrefixes.OthersOf("\u201C"));
        Assert.NotEqual(0UL, BlockPrefixes.OthersOf("\u20AC"));
        Assert.Equal(0UL, BlockPrefixes.OthersOf("-(%"));
        Assert.Equal(0UL, BlockPrefixes.OthersOf("caf\u00E9 \u00C9")); // letters: case folding reaches them from others
        Assert.Equal(0UL, BlockPrefixes.OthersOf("\u212A\u017F\u0130\u0131"));
        Assert.Equal(0UL, BlockPrefixes.OthersOf("\u00A0\u2028\u3000")); // white space: the tokenizer passes over it
        Assert.Equal(0UL, BlockPrefixes.OthersOf("\U0001F600")); // a symbol token notes only its first half
        Assert.Equal(0UL, BlockPrefixes.OthersOf("\u24B6")); // a circled letter has a small form
        Assert.Equal(0UL, BlockPrefixes.OthersOf(string.Empty));
    }

    private static void AssertSameOccurrences(LiteralSearch search, string text, int[]? plain, int[]? filtered, int from, int end)
    {
        for (int at = from; ;)
        {
            int expected = search.Next(text, plain, at, end);
            Assert.Equal(expected, search.Next(text, filtered, at, end));
            if (expected < 0)
            {
                return;
            }

            at = expected + 1;
        }
    }
}
