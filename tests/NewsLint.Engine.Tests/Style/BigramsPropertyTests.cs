using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using CsCheck;
using NewsLint.Rules.Style;
using Xunit;

namespace NewsLint.Tests.Style;

/// <summary>
/// The one-pass scans over every block (<see cref="Bigrams"/>, <see cref="LeadingRun"/>) against the plain reading of
/// what they record, on generated text with capitals, digits, non-ASCII letters and long blocks.
/// </summary>
public sealed class BigramsPropertyTests
{
    private static readonly string[] Words = { "di", "dimana", "end", "Result", "NATO", "UN", "G20", "5%", "kota", "x", "ABCDEFGHIJ", "café", "\u212Ailo", "Ökonom", "2024" };

    private static readonly string[] Separators = { " ", "  ", "-", ", ", ". ", "\u00A0", "'s ", "_", "é", "\u2019", "\n", "(", ")" };

    private static readonly Gen<string> Texts = Gen.Select(Gen.OneOfConst(Words).Array[1, 200], Gen.OneOfConst(Separators).Array[200], (w, s) =>
        string.Concat(w.Select((word, i) => word + s[i])));

    /// <summary>Letters, digits and space: the characters whose pairs are tracked.</summary>
    private static readonly string Tracked = " 0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    [Fact]
    public void Holds_exactly_the_tracked_pairs_of_the_text_ignoring_case()
    {
        Texts.Sample(text =>
        {
            var bigrams = new Bigrams(text);
            foreach (char a in Tracked.Substring(0, 37))
            {
                foreach (char b in Tracked.Substring(0, 37))
                {
                    string pair = new(new[] { a, b });
                    Assert.Equal(text.Contains(pair, StringComparison.OrdinalIgnoreCase), bigrams.MayHold(Bigrams.PairsOf(pair)));
                }
            }
        });
    }

    [Fact]
    public void Knows_the_first_four_characters_of_every_run_of_ASCII_letters_and_digits_and_no_others()
    {
        Texts.Sample(text =>
        {
            var bigrams = new Bigrams(text);
            List<string> prefixes = Regex.Matches(text, "(?<![A-Za-z0-9])[A-Za-z0-9]{4}").Select(m => m.Value).ToList();
            Assert.All(prefixes, p => Assert.True(bigrams.MayBeginWord(Bigrams.PrefixOf(p)), p));

            // The same filter as a text of those prefixes alone: no prefix was added that the text does not begin.
            var only = new Bigrams(string.Join(" ", prefixes));
            foreach (Match window in Regex.Matches(text, "(?=([A-Za-z0-9]{4}))"))
            {
                int prefix = Bigrams.PrefixOf(window.Groups[1].Value);
                Assert.Equal(only.MayBeginWord(prefix), bigrams.MayBeginWord(prefix));
            }

            Assert.Equal(text.IndexOfAny(Bigrams.CaseOddities.ToCharArray()) >= 0, bigrams.HasCaseOddities);
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
                _ = new Bigrams(text, article);
                prefixes.AddRange(Regex.Matches(text, "(?<![A-Za-z0-9])[A-Za-z0-9]{4}").Select(m => m.Value));
            }

            Assert.All(prefixes, p => Assert.True(article.MayBeginAnyWord(new[] { Bigrams.PrefixOf(p) }), p));

            // The same filter as an article of those prefixes alone: no prefix was added that no block begins.
            var only = new ArticlePrefixes();
            _ = new Bigrams(string.Join(" ", prefixes), only);
            foreach (Match window in Regex.Matches(string.Join(" ", texts), "(?=([A-Za-z0-9]{4}))"))
            {
                int[] prefix = { Bigrams.PrefixOf(window.Groups[1].Value) };
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
