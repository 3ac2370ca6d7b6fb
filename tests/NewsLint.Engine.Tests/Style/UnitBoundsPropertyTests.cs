using System.Linq;
using CsCheck;
using NewsLint.Rules.Style;
using NewsLint.Tests.Infrastructure;
using Xunit;

namespace NewsLint.Tests.Style;

/// <summary>
/// <see cref="StyleText.UnitsBeginWords"/> and <see cref="StyleText.UnitsBoundWords"/>, which answer a scope of whole
/// blocks without cutting its units, against a walk over every unit of every scope, on generated articles with
/// headings, lists, tables, CRLF, non-ASCII letters and units that start or end inside a word.
/// </summary>
public sealed class UnitBoundsPropertyTests
{
    private static readonly string[] Words = { "di", "dimana", "NATO", "(NATO)", "U.S.", "Dr.", "3.5", "5%", "kota", "café", "Ökonom", "x", "negara-negara", "Russia\u2019s", "\u212Aelvin", "said." };

    private static readonly string[] Separators = { " ", "  ", ", ", ". ", "! ", "? ", "\u00A0", "\u2019", "\u201C", "\u201D ", "-", "" };

    private static readonly Gen<string> Paragraphs = Gen.Select(Gen.OneOfConst(Words).Array[1, 30], Gen.OneOfConst(Separators).Array[30], (w, s) =>
        string.Concat(w.Select((word, i) => word + s[i])).Trim());

    private static readonly Gen<string> Articles = Gen.Select(Paragraphs.Array[1, 5], Gen.Int[0, 3], Gen.Bool, (paragraphs, shape, crlf) =>
    {
        string body = shape switch
        {
            0 => "# " + paragraphs[0] + "\n\n" + string.Join("\n\n", paragraphs.Skip(1)),
            1 => string.Join("\n", paragraphs.Select(p => "- " + p)),
            2 => "| a | b |\n| --- | --- |\n| " + paragraphs[0].Replace("|", string.Empty) + " | x |\n\n" + string.Join("\n\n", paragraphs),
            _ => string.Join("\n\n", paragraphs),
        };
        return (crlf ? body.Replace("\n", "\r\n") : body) + "\n";
    });

    private static readonly StyleBlocks[] BlockKinds = { StyleBlocks.All, StyleBlocks.Paragraph, StyleBlocks.Heading | StyleBlocks.List, StyleBlocks.Table, StyleBlocks.None };

    [Fact]
    public void Whether_units_begin_and_bound_words_is_what_a_walk_over_the_units_finds()
    {
        Gen.Select(Articles, Gen.OneOfConst(BlockKinds), Gen.OneOfConst(StyleUnit.Block, StyleUnit.Sentence, StyleUnit.Article), Gen.Bool).Sample(
            (markdown, blocks, unit, boundFirst) =>
            {
                var scope = new StyleScope(blocks, unit, QuotationFilter.Include);
                var text = new StyleText(TestContexts.Create(markdown));

                // Asked in either order, as rules ask: the answers may not depend on which was cached first.
                bool bound = boundFirst ? text.UnitsBoundWords(scope) : false;
                bool begin = text.UnitsBeginWords(scope);
                bound = boundFirst ? bound : text.UnitsBoundWords(scope);

                StyleSpan[] units = text.Units(scope);
                bool walkBegin = units.All(u => u.Start == 0 || !BlockPrefixes.IsWordChar(u.Block.Text[u.Start - 1]));
                bool walkEnd = units.All(u => u.Start + u.Length == u.Block.Text.Length || !BlockPrefixes.IsWordChar(u.Block.Text[u.Start + u.Length]));
                Assert.Equal(walkBegin, begin);
                Assert.Equal(walkBegin && walkEnd, bound);
            });
    }

    [Fact]
    public void A_sentence_that_starts_inside_a_word_is_seen_by_the_walk()
    {
        // "U.S.Senate" has a sentence stop inside what the pass reads as one run: the sentence scope must still walk.
        var text = new StyleText(TestContexts.Create("He left the U.S.Senate today. Then he spoke.\n"));
        var sentences = new StyleScope(StyleBlocks.All, StyleUnit.Sentence, QuotationFilter.Include);
        StyleSpan[] units = text.Units(sentences);
        bool walkBegin = units.All(u => u.Start == 0 || !BlockPrefixes.IsWordChar(u.Block.Text[u.Start - 1]));
        Assert.Equal(walkBegin, text.UnitsBeginWords(sentences));
        Assert.True(text.UnitsBeginWords(new StyleScope(StyleBlocks.All, StyleUnit.Block, QuotationFilter.Include)));
        Assert.True(text.UnitsBoundWords(new StyleScope(StyleBlocks.All, StyleUnit.Article, QuotationFilter.Include)));
    }
}
