using System.Linq;
using NewsLint.Markdown;
using NewsLint.Text;
using Xunit;

namespace NewsLint.Tests.Markdown;

/// <summary>The document model: which text is prose, and that every prose character maps to its exact source.</summary>
public sealed class ArticleParserTests
{
    private static ArticleDocument Parse(string text) => ArticleParser.Parse(new SourceDocument("a.md", text));

    /// <summary>Every character of every block maps back to the same character in the source (or its entity).</summary>
    private static void AssertMapsBack(ArticleDocument document, string word)
    {
        ProseBlock block = document.Blocks.First(b => b.Text.Contains(word, System.StringComparison.Ordinal));
        int at = block.Text.IndexOf(word, System.StringComparison.Ordinal);
        TextSpan span = block.ToSource(at, word.Length);
        Assert.Equal(word, document.Source.Text.Substring(span.Start, span.Length));
    }

    [Fact]
    public void Emphasis_links_and_escapes_keep_exact_positions()
    {
        var document = Parse("Kota **Kyiv** dan [Kharkiv](https://example.org/kharkiv \"x\") \\*bukan\\* _Sumy_.");
        ProseBlock block = Assert.Single(document.Blocks);
        Assert.Equal("Kota Kyiv dan Kharkiv *bukan* Sumy.", block.Text);
        AssertMapsBack(document, "Kyiv");
        AssertMapsBack(document, "Kharkiv");
        AssertMapsBack(document, "Sumy");
        TextSpan star = block.ToSource(block.Text.IndexOf('*', System.StringComparison.Ordinal), 1);
        Assert.Equal("*", document.Source.Text.Substring(star.Start, star.Length));
    }

    [Fact]
    public void Nested_inlines_are_read_in_document_order_and_the_walk_climbs_back_out_of_each()
    {
        // Emphasis inside a link inside emphasis, each ending a paragraph's inlines, then more text after each level:
        // the walk down first children and back up through parents must read every literal once, in order.
        var document = Parse("***[alpha *bravo **charlie** delta*](https://example.org) echo*** foxtrot ![img *x*](i.png) golf `code` hotel&amp;india <!-- note --> juliet\nkilo *lima [mike](u)*");
        ProseBlock block = Assert.Single(document.Blocks);
        Assert.Equal("alpha bravo charlie delta echo foxtrot  golf   hotel&india  juliet kilo lima mike", block.Text);
        foreach (string word in new[] { "charlie", "delta", "echo", "golf", "juliet", "kilo", "mike" })
        {
            AssertMapsBack(document, word);
        }

        Assert.Equal("note", Assert.Single(document.Comments).Body);
    }

    [Theory]
    [InlineData("Kota Kyiv dan Kharkiv.", 0)]
    [InlineData("# Kota Kyiv\n", 2)]
    [InlineData("---\nlang: id\n---\n\nKota Kyiv dan Kharkiv.  \n", 18)]
    public void A_block_that_is_one_verbatim_run_maps_every_character_to_the_same_source_character(string text, int from)
    {
        var document = Parse(text);
        ProseBlock block = Assert.Single(document.Blocks);
        for (int i = 0; i < block.Text.Length; i++)
        {
            Assert.Equal(new TextSpan(from + i, 1), block.ToSource(i, 1));
            Assert.Equal(from + i, block.ToSourceOffset(i));
        }

        Assert.Equal(from + block.Text.Length, block.ToSourceOffset(block.Text.Length));
        Assert.Equal(TextSpan.FromBounds(from, from + block.Text.Length), block.ToSource(0, block.Text.Length));
    }

    [Fact]
    public void Entities_decode_and_map_to_the_whole_entity()
    {
        var document = Parse("Berd&#121;ansk &amp; Sumy");
        ProseBlock block = Assert.Single(document.Blocks);
        Assert.Equal("Berdyansk & Sumy", block.Text);
        TextSpan word = block.ToSource(0, "Berdyansk".Length);
        Assert.Equal("Berd&#121;ansk", document.Source.Text.Substring(word.Start, word.Length));
        AssertMapsBack(document, "Sumy");
    }

    [Fact]
    public void Crlf_tabs_and_bom_keep_columns()
    {
        var document = Parse("\uFEFF# Title\r\n\r\nFirst line\r\n\tsecond Kyiv line\r\n");
        ProseBlock paragraph = document.Blocks[1];
        Assert.Equal("First line second Kyiv line", paragraph.Text);
        int at = paragraph.Text.IndexOf("Kyiv", System.StringComparison.Ordinal);
        LinePosition position = document.Source.GetLinePosition(paragraph.ToSourceOffset(at));
        Assert.Equal(new LinePosition(4, 9), position);
    }

    [Fact]
    public void Code_html_and_urls_are_not_prose()
    {
        var document = Parse("Text `code, code, and code` <span>x</span> <https://a.example/b>.\n\n```\nKyiv, Kyiv and Kyiv\n```\n\n<div>\nblock\n</div>\n");
        ProseBlock block = Assert.Single(document.Blocks);
        Assert.DoesNotContain("code", block.Text, System.StringComparison.Ordinal);
        Assert.DoesNotContain("https", block.Text, System.StringComparison.Ordinal);
        Assert.DoesNotContain("span", block.Text, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Headings_lists_quotes_and_table_cells_are_prose_with_their_context()
    {
        var document = Parse("## Heading\n\n- one\n- two\n\n> quoted\n\n| a | b |\n|---|---|\n| cell | x |\n");
        Assert.Equal(ProseKind.Heading, document.Blocks[0].Kind);
        Assert.Equal(2, document.Blocks[0].HeadingLevel);
        Assert.Equal(new[] { 0, 1 }, document.Blocks.Where(b => b.IsListItem).Select(b => b.ListItemIndex));
        Assert.Equal(1, document.Blocks.Single(b => b.Text == "quoted").QuoteDepth);
        Assert.Contains(document.Blocks, b => b.Kind == ProseKind.TableCell && b.Text == "cell");
    }

    [Fact]
    public void Front_matter_is_read_and_is_not_prose()
    {
        var document = Parse("---\ntitle: Putin Kumpulkan Sekutu\ndate: 2022-05-17\nlang: id\nnewslint-disable: [NL2003]\n---\n\nBody.\n");
        Assert.Equal("Putin Kumpulkan Sekutu", document.FrontMatter.Title);
        Assert.Equal("2022-05-17", document.FrontMatter.Date);
        Assert.Equal("id", document.FrontMatter.Language);
        Assert.Equal(new[] { "NL2003" }, document.FrontMatter.DisabledRules);
        Assert.Equal("Body.", Assert.Single(document.Blocks).Text);
    }

    [Fact]
    public void Broken_front_matter_is_reported_not_thrown()
    {
        var document = Parse("---\ntitle: [unclosed\n---\n\nBody.\n");
        Assert.NotNull(document.FrontMatterError);
        Assert.Equal("Body.", Assert.Single(document.Blocks).Text);
    }

    [Fact]
    public void Html_comments_are_kept_for_directives()
    {
        var document = Parse("<!-- newslint-disable NL4001 -->\n\nText <!-- inline --> here.\n");
        Assert.Equal(new[] { "newslint-disable NL4001", "inline" }, document.Comments.Select(c => c.Body));
    }
}
