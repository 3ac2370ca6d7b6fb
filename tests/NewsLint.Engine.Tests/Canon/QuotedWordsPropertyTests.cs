using System.Collections.Immutable;
using System.Linq;
using CsCheck;
using NewsLint.Analysis;
using NewsLint.Canon;
using NewsLint.Language;
using NewsLint.Markdown;
using NewsLint.Recognizers.Canon;
using NewsLint.Recognizers.Quotations;
using NewsLint.Tests.Infrastructure;
using Xunit;

namespace NewsLint.Tests.Canon;

/// <summary>
/// A quotation's words read from its blocks' tokens are the words of its text tokenized again, on generated articles
/// whose quotation marks touch apostrophes, hyphens, numbers and one another, and run over several paragraphs.
/// </summary>
public sealed class QuotedWordsPropertyTests
{
    private static readonly string[] Pool =
    {
        "“", "”", "‘", "’", "\"", "'", "«", "»", "„", "‘’", "’’", "--", "-", "–", ".", ",", ":", "…", "(", ")",
        "the", "Parties", "shall", "Russia's", "Party’s", "self-defence", "negara-negara", "Bosnia–Herzegovina", "Kyïv",
        "статья", "51", "1.5", "2022", "1,000", "U.N.", "s", "t", "said", "kata", "he", "Article", "5", "🙂",
    };

    /// <summary>The pool's words folded and numbered, as a clause index would number them.</summary>
    private static readonly FoldedWordIds PoolIds = new(Pool.Select(NewsLint.Language.TextFolding.Fold).Distinct().Select((word, id) => (word, id)).ToDictionary(pair => pair.word, pair => pair.id, System.StringComparer.Ordinal));

    private static readonly Gen<string> Paragraphs = Gen.Select(Gen.OneOfConst(Pool), Gen.OneOfConst("", " ", " ", "\n"))
        .Array[1, 24]
        .Select(pieces => string.Concat(pieces.Select(p => p.Item1 + p.Item2)));

    private static readonly Gen<string> Articles = Paragraphs.Array[1, 4].Select(paragraphs => string.Join("\n\n", paragraphs));

    [Theory]
    [InlineData("en")]
    [InlineData("id")]
    public void Words_from_the_block_tokens_are_the_words_of_the_quotation_text(string language)
    {
        Articles.Sample(
            markdown =>
            {
                ArticleContext context = TestContexts.Create(markdown, language);
                foreach (Quotation quotation in context.Get(QuotationRecognizer.Instance).Quotations)
                {
                    CanonQuotation fromText = new(quotation.Text);
                    CanonQuotation fromBlocks = QuotedWords.Of(quotation, context);
                    // Ids first: words read in place are looked up before any token is made of them.
                    Assert.Equal(fromText.Ids(PoolIds), fromBlocks.Ids(PoolIds));
                    Assert.Equal(fromText.Tokens.Select(Describe), fromBlocks.Tokens.Select(Describe));
                }
            },
            iter: 3000);
    }

    /// <summary>Every range of a block as one quoted part, and pairs of ranges of two blocks as two parts: most cut a token.</summary>
    [Fact]
    public void Parts_that_cut_a_token_give_the_words_of_their_text()
    {
        ArticleContext context = TestContexts.Create("He said: Russia’s self-defence, 1.5 or 2022. “Bosnia–Herzegovina”🙂 kata-kata\n\nU.N. Party's 1,000 (a) t’s", "en");
        ProseBlock first = context.Document.Blocks[0];
        ProseBlock second = context.Document.Blocks[1];
        for (int start = 0; start <= first.Text.Length; start++)
        {
            for (int end = start; end <= first.Text.Length; end++)
            {
                AssertSameWords(context, Part(first, start, end));
            }
        }

        Gen.Select(Gen.Int[0, first.Text.Length], Gen.Int[0, first.Text.Length], Gen.Int[0, second.Text.Length], Gen.Int[0, second.Text.Length]).Sample(
            (a, b, c, d) => AssertSameWords(context, Part(first, System.Math.Min(a, b), System.Math.Max(a, b)), Part(second, System.Math.Min(c, d), System.Math.Max(c, d))),
            iter: 3000);
    }

    private static QuotationPart Part(ProseBlock block, int start, int end) => new(block, start, 0, start, end - start, end, 0);

    private static void AssertSameWords(ArticleContext context, params QuotationPart[] parts)
    {
        string text = string.Join("\n", parts.Select(part => part.Content));
        var quotation = new Quotation(0, QuotationKind.BlockQuote, null, ImmutableArray.Create(parts), text, WordCount(context, parts), false, null, null);
        CanonQuotation fromBlocks = QuotedWords.Of(quotation, context);
        Assert.Equal(new CanonQuotation(text).Ids(PoolIds), fromBlocks.Ids(PoolIds));
        Assert.Equal(new CanonQuotation(text).Tokens.Select(Describe), fromBlocks.Tokens.Select(Describe));
    }

    /// <summary>The words and numbers among the parts' block tokens, as the quotation scan counts a quotation's words.</summary>
    private static int WordCount(ArticleContext context, QuotationPart[] parts) =>
        parts.Sum(part => context.TokensOf(part.Block).Count(token => token.Start >= part.ContentStart && token.Start < part.ContentEnd && token.Kind != TokenKind.Symbol));

    private static string Describe(CanonToken token) => $"{token.Text}|{token.Folded}|{token.IsNumber}";
}
