using System.Collections.Generic;
using System.Collections.Immutable;
using NewsLint.Analysis;
using NewsLint.Language;
using NewsLint.Markdown;
using NewsLint.Recognizers.Numbers;
using NewsLint.Tests.Infrastructure;
using Xunit;

namespace NewsLint.Tests.Numbers;

/// <summary>The number tokens of each block, in order, as reading its tokens one by one finds them.</summary>
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
}
