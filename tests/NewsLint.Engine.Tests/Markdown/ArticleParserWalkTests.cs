using System.Linq;
using System.Text;
using NewsLint.Markdown;
using NewsLint.Text;
using Xunit;

namespace NewsLint.Tests.Markdown;

/// <summary>The block walk keeps its own stack of frames (it grows past its first 64 and is emptied per article):
/// blocks come out in document order with their quote and list context, article after article.</summary>
public sealed class ArticleParserWalkTests
{
    [Fact]
    public void Hundreds_of_blocks_in_quotes_and_lists_come_out_in_document_order()
    {
        var text = new StringBuilder();
        for (int i = 0; i < 300; i++)
        {
            text.Append(i % 3 == 0 ? $"p{i}\n\n" : i % 3 == 1 ? $"> q{i}\n>\n> - l{i}\n\n" : $"- a{i}\n- b{i}\n\n");
        }

        string expected = string.Join(" ", Enumerable.Range(0, 300).Select(i => i % 3 == 0 ? $"p{i}" : i % 3 == 1 ? $"q{i} l{i}" : $"a{i} b{i}"));
        for (int round = 0; round < 2; round++)
        {
            ArticleDocument document = ArticleParser.Parse(new SourceDocument("a.md", text.ToString()));
            Assert.Equal(expected, string.Join(" ", document.Blocks.Select(b => b.Text)));
            Assert.Equal(Enumerable.Range(0, document.Blocks.Length), document.Blocks.Select(b => b.Index));
            Assert.All(document.Blocks.Where(b => b.Text[0] is 'q' or 'l'), b => Assert.Equal(1, b.QuoteDepth));
            Assert.All(document.Blocks.Where(b => b.Text[0] is 'l' or 'a' or 'b'), b => Assert.True(b.IsListItem));
            Assert.All(document.Blocks.Where(b => b.Text[0] is 'p' or 'q'), b => Assert.False(b.IsListItem));
            Assert.Single(ArticleParser.Parse(new SourceDocument("b.md", "just one")).Blocks);
        }
    }
}
