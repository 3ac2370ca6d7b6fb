using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using CsCheck;
using NewsLint.Rules.Style;
using Xunit;

namespace NewsLint.Tests.Style;

/// <summary>
/// The one-pass scans over every block (<see cref="BlockPrefixes"/>, <see cref="FoldedLiteral"/>, <see cref="LeadingRun"/>) against the plain reading of
/// what they record, on generated text with capitals, digits, non-ASCII letters and long blocks.
/// </summary>
public sealed class BlockPrefixesPropertyTests
{
    private static readonly string[] Words = { "di", "dimana", "end", "Result", "NATO", "UN", "G20", "5%", "kota", "x", "ABCDEFGHIJ", "café", "\u212Ailo", "Ökonom", "2024" };

    private static readonly string[] Separators = { " ", "  ", "-", ", ", ". ", "\u00A0", "'s ", "_", "é", "\u2019", "\n", "(", ")" };

    private static readonly Gen<string> Texts = Gen.Select(Gen.OneOfConst(Words).Array[1, 200], Gen.OneOfConst(Separators).Array[200], (w, s) =>
        string.Concat(w.Select((word, i) => word + s[i])));

    /// <summary>Text with no case oddity: where the literal search must find what OrdinalIgnoreCase finds.</summary>
    private static readonly Gen<string> PlainTexts = Gen.Select(Gen.OneOfConst(Words.Where(w => w.IndexOfAny(BlockPrefixes.CaseOddities.ToCharArray()) < 0).ToArray()).Array[1, 200], Gen.OneOfConst(Separators).Array[200], (w, s) =>
        string.Concat(w.Select((word, i) => word + s[i])));

    private static readonly string[] Literals = { "dimana", "END", "Result", "g20", "5%", "e", "kota ", "(nato)", "a-b", "café", "x", "\u212Ailo", "2024", "z" };

    [Fact]
    public void The_literal_search_finds_what_an_ordinal_search_ignoring_case_finds()
    {
        Gen.Select(PlainTexts, Gen.OneOfConst(Literals), Gen.Int[0, 400], Gen.Int[0, 400], Gen.Bool).Sample((text, literal, a, b, ignoreCase) =>
        {
            int from = Math.Min(a, text.Length);
            int end = Math.Min(Math.Max(from, b), text.Length);
            var comparison = ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            Assert.Equal(text.IndexOf(literal, from, end - from, comparison), new FoldedLiteral(literal, ignoreCase).IndexOf(text, from, end));
        });
    }

    [Fact]
    public void Knows_the_first_four_characters_of_every_run_of_ASCII_letters_and_digits_and_no_others()
    {
        Texts.Sample(text =>
        {
            var block = new BlockPrefixes(text);
            List<string> prefixes = Regex.Matches(text, "(?<![A-Za-z0-9])[A-Za-z0-9]{4}").Select(m => m.Value).ToList();
            Assert.All(prefixes, p => Assert.True(block.MayBeginWord(BlockPrefixes.PrefixOf(p)), p));

            // The same filter as a text of those prefixes alone: no prefix was added that the text does not begin.
            var only = new BlockPrefixes(string.Join(" ", prefixes));
            foreach (Match window in Regex.Matches(text, "(?=([A-Za-z0-9]{4}))"))
            {
                int prefix = BlockPrefixes.PrefixOf(window.Groups[1].Value);
                Assert.Equal(only.MayBeginWord(prefix), block.MayBeginWord(prefix));
            }

            Assert.Equal(text.IndexOfAny(BlockPrefixes.CaseOddities.ToCharArray()) >= 0, block.HasCaseOddities);
        });
    }

    [Fact]
    public void The_article_filter_knows_the_first_four_characters_of_every_run_of_every_block_and_no_others()
    {
        Texts.Array[1, 6].Sample(texts =>
        {
            var article = new ArticlePrefixes();
            var prefixes = new List<string>();
            foreach (string text in texts)
            {
                _ = new BlockPrefixes(text, article);
                prefixes.AddRange(Regex.Matches(text, "(?<![A-Za-z0-9])[A-Za-z0-9]{4}").Select(m => m.Value));
            }

            Assert.All(prefixes, p => Assert.True(article.MayBeginAnyWord(new[] { BlockPrefixes.PrefixOf(p) }), p));

            // The same filter as an article of those prefixes alone: no prefix was added that no block begins.
            var only = new ArticlePrefixes();
            _ = new BlockPrefixes(string.Join(" ", prefixes), only);
            foreach (Match window in Regex.Matches(string.Join(" ", texts), "(?=([A-Za-z0-9]{4}))"))
            {
                int[] prefix = { BlockPrefixes.PrefixOf(window.Groups[1].Value) };
                Assert.Equal(only.MayBeginAnyWord(prefix), article.MayBeginAnyWord(prefix));
            }
        });
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(6)]
    public void A_run_of_ASCII_capitals_is_found_where_a_test_of_each_character_finds_it(int length)
    {
        var capitals = new CharTest.Builder(false);
        capitals.Range('A', 'Z');
        var run = new LeadingRun(capitals.Build(false)!, length, asciiOnly: true);
        Gen.Select(Texts, Gen.Int[0, 400], Gen.Int[0, 400]).Sample((text, a, b) =>
        {
            int from = Math.Min(a, text.Length);
            int end = Math.Min(Math.Max(from, b), text.Length);
            Assert.Equal(run.NextAny(text, from, end), run.NextAscii(text, from, end));
        });
    }
}
