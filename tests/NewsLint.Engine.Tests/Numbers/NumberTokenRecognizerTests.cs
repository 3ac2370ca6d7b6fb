using System.Collections.Generic;
using System.Linq;
using CsCheck;
using System.Collections.Immutable;
using NewsLint.Analysis;
using NewsLint.Language;
using NewsLint.Markdown;
using NewsLint.Recognizers.Numbers;
using NewsLint.Tests.Infrastructure;
using Xunit;

namespace NewsLint.Tests.Numbers;

/// <summary>
/// The number tokens of each block, in order, and its first uncommon symbol, as reading its tokens one by one finds
/// them (the recognizer skips runs of words in a loop of their own).
/// </summary>
public sealed class NumberTokenRecognizerTests
{
    [Fact]
    public void Lists_every_number_token_of_every_block()
    {
        const string Text = "Pasal 5 ayat (2), 16/5/2022 dan 3.380 orang.\n\nNo numbers here.\n\n\u0663 and \uFF15, G20 and covid-19.\n\n- 1\n- two";
        ArticleContext context = TestContexts.Create(Text, "id");
        NumberTokenIndex numbers = context.Get(NumberTokenRecognizer.Instance);
        int total = 0;
        foreach (ProseBlock block in context.Document.Blocks)
        {
            ImmutableArray<Token> tokens = context.TokensOf(block);
            var expected = new List<int>();
            for (int i = 0; i < tokens.Length; i++)
            {
                if (tokens[i].Kind == TokenKind.Number)
                {
                    expected.Add(i);
                }
            }

            Assert.Equal(expected, numbers.Of(block).ToArray());
            total += expected.Count;
        }

        Assert.Equal(11, total);
    }

    private const string Common = ".,;:!?()-/%&'";

    // Prose with CRLF, numbers, common punctuation, and uncommon symbols: quote marks, look-alikes (‚ ‛ ＂ ` ´), other
    // ASCII symbols, non-ASCII letters and digits, a surrogate pair.
    private static readonly Gen<string> Piece = Gen.Frequency(
        (30, Gen.OneOfConst("the", "minister", "said", "Russia's", "negara-negara", "3.380", "16/5/2022", "G20", "é", "\u0663")),
        (10, Gen.OneOfConst(".", ",", ";", ":", "!", "?", "(", ")", "-", "/", "%", "&", "'", " ' ", "\r\n", "\n")),
        (3, Gen.OneOfConst("“", "”", "\"", "‘", "’", "«", "»", "‚", "‛", "＂", "`", "´", "$", "#", "*", "+", "<", "@", "—", "…", "\ud83d\ude00")));

    private static readonly Gen<string> Articles = Piece.Array[0, 40].Select(pieces => string.Join(" ", pieces))
        .Array[1, 5].Select(blocks => string.Join("\n\n", blocks));

    [Theory]
    [InlineData("en")]
    [InlineData("id")]
    public void Finds_each_blocks_first_uncommon_symbol_and_numbers_as_reading_every_token_does(string language)
    {
        Articles.Sample(
            markdown =>
            {
                ArticleContext context = TestContexts.Create(markdown, language);
                NumberTokenIndex numbers = context.Get(NumberTokenRecognizer.Instance);
                foreach (ProseBlock block in context.Document.Blocks)
                {
                    ImmutableArray<Token> tokens = context.TokensOf(block);
                    var expected = new List<int>();
                    int firstUncommon = -1;
                    for (int i = 0; i < tokens.Length; i++)
                    {
                        if (tokens[i].Kind == TokenKind.Number)
                        {
                            expected.Add(i);
                        }
                        else if (tokens[i].Kind == TokenKind.Symbol && firstUncommon < 0 && Common.IndexOf(block.Text[tokens[i].Start]) < 0)
                        {
                            firstUncommon = i;
                        }
                    }

                    Assert.Equal(expected, numbers.Of(block).ToArray());
                    Assert.Equal(firstUncommon, numbers.FirstUncommonSymbol(block));
                }
            },
            iter: 3000);
    }

    [Fact]
    public void Common_symbols_are_the_ascii_punctuation_of_prose_and_nothing_else()
    {
        for (int c = 0; c <= char.MaxValue; c++)
        {
            Assert.Equal(Common.IndexOf((char)c) >= 0, CommonSymbols.IsCommon((char)c));
        }
    }

    [Fact]
    public void A_block_of_words_and_common_punctuation_has_no_uncommon_symbol()
    {
        ArticleContext context = TestContexts.Create("The minister said (again): it's over, 3.5% - and/or more!\r\n\n“Yes,” he said.", "en");
        NumberTokenIndex numbers = context.Get(NumberTokenRecognizer.Instance);
        Assert.Equal(-1, numbers.FirstUncommonSymbol(context.Document.Blocks[0]));
        Assert.Equal(0, numbers.FirstUncommonSymbol(context.Document.Blocks[1]));
    }
}
