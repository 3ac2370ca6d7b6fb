using System;
using System.IO;
using System.Linq;
using CsCheck;
using NewsLint.Markdown;
using NewsLint.Text;
using Xunit;

namespace NewsLint.Tests.Markdown;

/// <summary>
/// Text without a <c>|</c> is parsed without the pipe table parser (it allocates at every paragraph and can build
/// nothing there): the document must be the same as with it.
/// </summary>
public sealed class ArticleParserPipelineTests
{
    private static readonly string[] Pieces =
    {
        "\n", "\n\n", "\r\n", "\r", " ", "    ", "\t", "> ", "- ", "-", "--", "---", ":", ":-", "-:", "* ", "1. ", "# ", "## ", "*", "**", "_",
        "`", "```", "[", "]", "](http://x)", "![", "<", "<!--", "-->", "&amp;", "&#8220;", "\\", "\\*", "===", "‘", "’", "“", "”", "\"",
        "\u00A0", "Kyiv", "kata dia", "said", ". ", ", ", "word", "Senin, 16 Mei 2022", "---\ntitle: t\nlang: id\n---\n",
    };

    private static readonly Gen<string> Documents = Gen.Frequency(
        (4, Gen.OneOfConst(Pieces)),
        (1, Gen.String[Gen.Char.AlphaNumeric, 1, 8])).Array[0, 50].Select(p => string.Concat(p));

    [Fact]
    public void Random_markdown_without_pipes_parses_the_same_without_tables() =>
        Documents.Sample(AssertSameWithoutTables, iter: 3000, threads: 1);

    [Fact]
    public void Fixtures_with_their_pipes_replaced_parse_the_same_without_tables()
    {
        string root = Path.Combine(AppContext.BaseDirectory, "Fixtures");
        string[] files = Directory.GetFiles(root, "*.md", SearchOption.AllDirectories);
        Assert.NotEmpty(files);
        foreach (string file in files)
        {
            AssertSameWithoutTables(File.ReadAllText(file).Replace('|', '/'));
        }
    }

    [Theory]
    [InlineData("Para\n-\nnext")]
    [InlineData("Para\n- item\n---\n")]
    [InlineData("\nfirst line empty\nsecond  \nthird\\\nfourth")]
    [InlineData("Heading\n---\n\n> quote\n> - list -:\n>\n> :--- x")]
    public void Line_breaks_and_dash_lines_parse_the_same_without_tables(string text) => AssertSameWithoutTables(text);

    [Fact]
    public void A_table_is_still_a_table() =>
        Assert.Contains(ArticleParser.Parse(new SourceDocument("a.md", "| a | b |\n|---|---|\n| c | d |\n")).Blocks, b => b.Kind == ProseKind.TableCell);

    private static void AssertSameWithoutTables(string text)
    {
        Assert.DoesNotContain('|', text);
        var source = new SourceDocument("a.md", text);
        ArticleDocument with = ArticleParser.Parse(source, pipeTables: true);
        ArticleDocument without = ArticleParser.Parse(source, pipeTables: false);
        Assert.Equal(with.FrontMatter.RawText, without.FrontMatter.RawText);
        Assert.Equal(with.FrontMatter.Span, without.FrontMatter.Span);
        Assert.Equal(with.FrontMatterError, without.FrontMatterError);
        Assert.Equal(with.Comments.Select(c => (c.Span, c.Body)), without.Comments.Select(c => (c.Span, c.Body)));
        Assert.Equal(with.Flattened.Select(f => f.Span), without.Flattened.Select(f => f.Span));
        Assert.Equal(with.Blocks.Length, without.Blocks.Length);
        for (int b = 0; b < with.Blocks.Length; b++)
        {
            ProseBlock x = with.Blocks[b];
            ProseBlock y = without.Blocks[b];
            Assert.Equal((x.Kind, x.Text, x.SourceSpan, x.HeadingLevel, x.QuoteDepth, x.ListId, x.ListItemIndex), (y.Kind, y.Text, y.SourceSpan, y.HeadingLevel, y.QuoteDepth, y.ListId, y.ListItemIndex));
            for (int i = 0; i <= x.Text.Length; i++)
            {
                Assert.Equal(x.ToSourceOffset(i), y.ToSourceOffset(i));
            }

            for (int i = 0; i < x.Text.Length; i++)
            {
                Assert.Equal(x.ToSource(i, 1), y.ToSource(i, 1));
            }
        }
    }
}
