using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using NewsLint.Markdown;
using NewsLint.Text;
using Xunit;

namespace NewsLint.Tests.Markdown;

/// <summary>
/// <see cref="ProseBuilder"/> keeps a block's text as pieces and writes them once at the end; the blocks it builds must
/// be those of <see cref="ReferenceProseBuilder"/> (one buffer, the logic it replaced): same text, same source of every
/// character.
/// </summary>
public sealed class ProseBuilderEquivalenceTests
{
    private static readonly string[] MarkdownPieces =
    {
        "\n", "\n\n", "\r\n", "\r\n\r\n", "\r", " ", "  \n", "\\\n", "    ", "\t", "\t\t", "> ", "- ", "1. ", "# ", "## ", "*", "**", "_", "__",
        "`", "``", "```", "`code`", "``a`b``", "[", "]", "](http://x)", "[link](http://x \"t\")", "![", "![alt](i.png)", "<http://x.y>",
        "<b>", "</b>", "<!-- c -->", "<!--", "-->", "&amp;", "&#8212;", "&#x2014;", "&nbsp;", "&bogus;", "&", "#", "\\", "\\*", "\\&amp;",
        "\\\\", "\\`", "\\[", "===", "---", "|", " | ", "|---|", "‘", "’", "“", "”", "\"", "\u00A0", "\u2003", "Kyiv", "kata dia",
        "said", ". ", ", ", "word", "Senin, 16 Mei 2022", "---\ntitle: t\nlang: id\n---\n",
    };

    private static readonly Gen<string> Documents = Gen.Frequency(
        (4, Gen.OneOfConst(MarkdownPieces)),
        (1, Gen.String[Gen.Char.AlphaNumeric, 1, 8])).Array[0, 60].Select(Gen.Bool, (p, bom) => (bom ? "\uFEFF" : "") + string.Concat(p));

    [Fact]
    public void Generated_markdown_builds_the_blocks_of_the_reference() =>
        Documents.Sample(AssertSameBlocks, iter: 5000, threads: 1);

    [Theory]
    [InlineData("Tom &amp; Jerry &#8212; a\\*b\\\\c `x` [link](u) *em* **strong**\r\nnext line  \r\nhard\\\r\nend")]
    [InlineData("\uFEFF# Title &amp;\n\n\tTabbed\tpara\twith\ttabs\n")]
    [InlineData("| a &amp; b | c\\|d |\n|---|---|\n| *e* | `f` |\n")]
    [InlineData("> quote line one\n> line two &nbsp;\n\n- item \\*one\\*\n- item two  \n")]
    public void Hand_written_markdown_builds_the_blocks_of_the_reference(string text) => AssertSameBlocks(text);

    [Fact]
    public void Generated_appends_build_the_blocks_of_the_reference() =>
        Gen.Int[0, int.MaxValue].Sample(AssertSameAppends, iter: 5000, threads: 1);

    [Fact]
    public void A_different_text_fails_the_comparison()
    {
        // The comparison must be able to fail: a block built from other text is told apart.
        var builder = new ProseBuilder();
        var reference = new ReferenceProseBuilder();
        builder.AppendVerbatim("abc", 0, 3);
        reference.AppendVerbatim("abd", 0, 3);
        Assert.ThrowsAny<Exception>(() => AssertSameBlock(reference.Build(0, ProseKind.Paragraph, default, 0, 0, -1, -1), builder.Build(0, ProseKind.Paragraph, default, 0, 0, -1, -1)));
    }

    /// <summary>Random appends of every kind over a random source, with the trailing white space Build drops.</summary>
    private static void AssertSameAppends(int seed)
    {
        var random = new Random(seed);
        const string Alphabet = "ab *\\\t\n\r\u00A0\u2003&;";
        string source = new string(Enumerable.Range(0, random.Next(1, 60)).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray());
        string[] mapped = { " ", "—", "&", "", "ab", "\u00A0", "\t ", "x&amp;y" };
        var builder = new ProseBuilder();
        var reference = new ReferenceProseBuilder();
        int appends = random.Next(0, 12);
        for (int a = 0; a < appends; a++)
        {
            int start = random.Next(source.Length);
            int length = random.Next(source.Length - start + 1);
            switch (random.Next(6))
            {
                case 0:
                    builder.AppendVerbatim(source, start, length);
                    reference.AppendVerbatim(source, start, length);
                    break;
                case 1:
                    string text = mapped[random.Next(mapped.Length)];
                    builder.AppendMapped(text, start, start + length);
                    reference.AppendMapped(text, start, start + length);
                    break;
                case 2:
                    string whole = mapped[random.Next(mapped.Length)];
                    int from = random.Next(whole.Length + 1);
                    int count = random.Next(whole.Length - from + 1);
                    builder.AppendMapped(whole, from, count, start, start + length);
                    reference.AppendMapped(whole.Substring(from, count), start, start + length);
                    break;
                case 3:
                    // The source itself, as Markdig gives a one-line paragraph's literal.
                    builder.AppendAligned(source, source, start, length, start, start + length);
                    reference.AppendAligned(source, source, start, length, start, start + length);
                    break;
                case 4:
                    // A copy with backslashes dropped, as Markdig gives an escaped literal.
                    string unescaped = source.Substring(start, length).Replace("\\", random.Next(2) == 0 ? "" : "\\");
                    string padded = "pad" + unescaped;
                    builder.AppendAligned(source, padded, 3, unescaped.Length, start, start + length);
                    reference.AppendAligned(source, padded, 3, unescaped.Length, start, start + length);
                    break;
                default:
                    // Content that does not match the source at all (the fallback positions).
                    string other = new string(Enumerable.Range(0, random.Next(0, 6)).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray());
                    builder.AppendAligned(source, other, 0, other.Length, start, start + length);
                    reference.AppendAligned(source, other, 0, other.Length, start, start + length);
                    break;
            }

            Assert.Equal(reference.Length, builder.Length);
        }

        var span = new TextSpan(0, source.Length);
        AssertSameBlock(reference.Build(0, ProseKind.Paragraph, span, 0, 0, -1, -1), builder.Build(0, ProseKind.Paragraph, span, 0, 0, -1, -1));
    }

    private static void AssertSameBlocks(string text)
    {
        var source = new SourceDocument("a.md", text);
        ArticleDocument document = ArticleParser.Parse(source);
        List<ProseBlock> expected = ReferenceBlocks(source);
        Assert.Equal(expected.Count, document.Blocks.Length);
        for (int b = 0; b < expected.Count; b++)
        {
            AssertSameBlock(expected[b], document.Blocks[b]);
        }
    }

    private static void AssertSameBlock(ProseBlock expected, ProseBlock actual)
    {
        Assert.Equal((expected.Kind, expected.Text, expected.SourceSpan), (actual.Kind, actual.Text, actual.SourceSpan));
        for (int i = 0; i <= expected.Text.Length; i++)
        {
            Assert.Equal(expected.ToSourceOffset(i), actual.ToSourceOffset(i));
        }

        for (int i = 0; i < expected.Text.Length; i++)
        {
            int rest = expected.Text.Length - i;
            Assert.Equal(Outcome(() => expected.ToSource(i, 1)), Outcome(() => actual.ToSource(i, 1)));
            Assert.Equal(Outcome(() => expected.ToSource(i, rest)), Outcome(() => actual.ToSource(i, rest)));
        }
    }

    /// <summary>The span, or the exception's type: random appends can map text before the source's start, where
    /// both builders must fail alike.</summary>
    private static string Outcome(Func<TextSpan> toSource)
    {
        try
        {
            return toSource().ToString();
        }
        catch (ArgumentException e)
        {
            return e.GetType().Name;
        }
    }

    /// <summary>The prose blocks as the parser built them before: Markdig's headings and paragraphs in document order,
    /// their inlines read into the reference builder.</summary>
    private static List<ProseBlock> ReferenceBlocks(SourceDocument source)
    {
        string text = NestingGuard.Flatten(source, out _);
        MarkdownDocument markdown = Markdig.Markdown.Parse(text, ArticleParser.PipelineFor(source));
        var blocks = new List<ProseBlock>();
        foreach (LeafBlock leaf in markdown.Descendants<LeafBlock>())
        {
            if (leaf is not (HeadingBlock or ParagraphBlock) || leaf.Inline is null)
            {
                continue;
            }

            var builder = new ReferenceProseBuilder();
            AppendInlines(builder, text, leaf.Inline);
            if (builder.Length > 0)
            {
                ProseKind kind = leaf is HeadingBlock ? ProseKind.Heading : leaf.Parent is Markdig.Extensions.Tables.TableCell ? ProseKind.TableCell : ProseKind.Paragraph;
                blocks.Add(builder.Build(blocks.Count, kind, ArticleParser.ToSpan(leaf.Span, text.Length), 0, 0, -1, -1));
            }
        }

        return blocks;
    }

    private static void AppendInlines(ReferenceProseBuilder builder, string text, ContainerInline container)
    {
        foreach (Inline inline in container)
        {
            TextSpan span = ArticleParser.ToSpan(inline.Span, text.Length);
            switch (inline)
            {
                case LiteralInline literal:
                    builder.AppendAligned(text, literal.Content.Text, literal.Content.Start, literal.Content.Length, span.Start, span.End);
                    break;
                case HtmlEntityInline entity:
                    builder.AppendMapped(entity.Transcoded.ToString(), span.Start, span.End);
                    break;
                case LineBreakInline or CodeInline or AutolinkInline:
                    builder.AppendMapped(" ", span.Start, span.End);
                    break;
                case LinkInline link when link.IsImage:
                    break;
                case ContainerInline inner:
                    AppendInlines(builder, text, inner);
                    break;
            }
        }
    }
}
