using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using CsCheck;
using NewsLint.Rules.Style;
using NewsLint.Tests.Infrastructure;
using Xunit;

namespace NewsLint.Tests.Style;

/// <summary>
/// <see cref="StylePattern.MayMatchIn"/>, which skips every unit of an article at once when no word of it begins with
/// a pattern's leading literal, or when it lacks a whole word that each token of a token list needs, against a plain scan of every unit, on generated articles of several blocks.
/// </summary>
public sealed class ArticlePrefixesPropertyTests
{
    private static readonly string[] Words = { "di", "dimana", "Praktek", "praktek", "resiko", "end", "result", "xpraktek", "2praktek", "épraktek", "_resiko", "NATO", "kota", "café", "\u212Aemana", "negara", "for", "all", "intensive", "purposes", "per", "cent", "percent", "Cent", "a", "lot", "alot", "per5", "(NATO)", "5%", "50 %", "(x" };

    private static readonly string[] Separators = { " ", "  ", "-", ", ", ". ", "\u00A0", "'s ", "é", "\u2019" };

    private static readonly Gen<string> Paragraphs = Gen.Select(Gen.OneOfConst(Words).Array[1, 30], Gen.OneOfConst(Separators).Array[30], (w, s) =>
        string.Concat(w.Select((word, i) => word + s[i])));

    private static readonly Gen<string> Articles = Gen.Select(Paragraphs.Array[1, 5], Gen.Bool, (paragraphs, heading) =>
        (heading ? "# " + paragraphs[0] + "\n\n" : string.Empty) + string.Join("\n\n", paragraphs) + "\n");

    private static readonly string[][] TokenLists = { new[] { "praktek" }, new[] { "resiko" }, new[] { "dimana", "disana" }, new[] { "end result" }, new[] { "kemana" }, new[] { "negara" }, new[] { "for all intensive purposes" }, new[] { "per cent" }, new[] { "alot", "a lot" }, new[] { "end result", "per cent" }, new[] { "e.g. per", "5%" } };

    private static readonly string[] Regexes = { @"\(([A-Z]{2,6})\)", @"(?<=\d)\s?%", @"(?<![\p{L}\p{N}_])(di)(mana|sana)(?![\p{L}\p{N}_-])", @"x\(|%\)" };

    private static readonly StyleScope[] Scopes =
    {
        new(StyleBlocks.All, StyleUnit.Block, QuotationFilter.Include),
        new(StyleBlocks.Paragraph, StyleUnit.Sentence, QuotationFilter.Include),
    };

    [Fact]
    public void Sentence_units_made_one_at_a_time_are_the_units_of_the_scope()
    {
        StyleScope[] scopes =
        {
            new(StyleBlocks.All, StyleUnit.Sentence, QuotationFilter.Include),
            new(StyleBlocks.Paragraph, StyleUnit.Sentence, QuotationFilter.Exclude),
            new(StyleBlocks.Heading | StyleBlocks.List, StyleUnit.Sentence, QuotationFilter.Include),
        };
        Gen.Select(Articles, Gen.Bool).Sample((markdown, list) =>
        {
            var text = new StyleText(TestContexts.Create(list ? markdown.Replace("\n\n", "\n\n- ") : markdown));
            foreach (StyleScope scope in scopes)
            {
                var oneByOne = new List<(int, int, int, object?)>();
                foreach (NewsLint.Language.Sentence sentence in text.Sentences)
                {
                    if (StyleText.InScope(scope, sentence.Block))
                    {
                        StyleSpan unit = text.UnitOf(sentence);
                        oneByOne.Add((unit.Block.Index, unit.Start, unit.Length, unit.Prefixes));
                    }
                }

                Assert.Equal(text.Units(scope).Select(u => (u.Block.Index, u.Start, u.Length, (object?)u.Prefixes)), oneByOne);
            }
        });
    }

    [Fact]
    public void A_pattern_ruled_out_for_the_article_matches_in_no_unit()
    {
        int ruledOut = 0;
        Articles.Sample(
            markdown =>
            {
                var text = new StyleText(TestContexts.Create(markdown));
                IEnumerable<StylePattern> patterns = TokenLists.Select(tokens => StylePattern.FromTokens(tokens, 1000, "t.yaml", 1))
                    .Concat(Regexes.Select(regex => StylePattern.FromRegex(regex, ignoreCase: true, 1000, "t.yaml", 1, out _)!));
                foreach (StylePattern pattern in patterns)
                {
                    foreach (StyleScope scope in Scopes)
                    {
                        if (pattern.MayMatchIn(text, scope))
                        {
                            continue;
                        }

                        ruledOut++;
                        foreach (StyleSpan unit in text.Units(scope))
                        {
                            Assert.False(pattern.Regex.Match(unit.Block.Text.Substring(unit.Start, unit.Length)).Success, $"{pattern} in '{unit.Block.Text}'");
                        }
                    }
                }
            },
            iter: 2000,
            threads: 1);
        Assert.True(ruledOut > 1000, $"only {ruledOut} patterns ruled out");
    }

    [Theory]
    [InlineData("For all intensive purposes, it ended.", true)]
    [InlineData("For all the purposes, it was intensive.", true)] // every word is there, if not in order
    [InlineData("For all purposes, it ended.", false)]
    [InlineData("For all intensively purposeful reasons.", false)]
    public void A_token_list_is_ruled_out_when_the_article_lacks_a_whole_word_of_every_token(string paragraph, bool mayMatch)
    {
        var text = new StyleText(TestContexts.Create("# Title\n\n" + paragraph + "\n"));
        StylePattern pattern = StylePattern.FromTokens(new[] { "for all intensive purposes" }, 1000, "t.yaml", 1);
        Assert.Equal(mayMatch, pattern.MayMatchIn(text, Scopes[0]));
    }

    [Fact]
    public void A_case_oddity_anywhere_in_the_article_rules_out_nothing()
    {
        var text = new StyleText(TestContexts.Create("The summit met in Paris.\n\nA \u212Aelvin sign.\n"));
        StylePattern pattern = StylePattern.FromTokens(new[] { "praktek" }, 1000, "t.yaml", 1);
        Assert.True(pattern.MayMatchIn(text, Scopes[0]));
        Assert.Null(text.WordPrefixes());
    }
}
