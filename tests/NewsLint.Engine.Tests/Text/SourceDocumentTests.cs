using NewsLint.Text;
using Xunit;

namespace NewsLint.Tests.Text;

public sealed class SourceDocumentTests
{
    [Theory]
    [InlineData("a\nb\nc", 4, 3, 1)]
    [InlineData("a\r\nb\r\nc", 6, 3, 1)]
    [InlineData("a\rb\rc", 4, 3, 1)]
    [InlineData("a\r\nb\nc\rd", 7, 4, 1)]
    [InlineData("\tx", 1, 1, 2)]
    public void Lines_end_at_lf_crlf_and_cr_and_a_tab_is_one_column(string text, int offset, int line, int column)
    {
        var position = new SourceDocument("a.md", text).GetLinePosition(offset);
        Assert.Equal(line, position.Line);
        Assert.Equal(column, position.Column);
    }

    [Fact]
    public void A_bom_is_not_a_column()
    {
        var source = new SourceDocument("a.md", "\uFEFFKyiv");
        Assert.True(source.HadByteOrderMark);
        Assert.Equal("Kyiv", source.Text);
        Assert.Equal(new LinePosition(1, 1), source.GetLinePosition(0));
    }

    [Fact]
    public void Line_text_excludes_the_break()
    {
        var source = new SourceDocument("a.md", "one\r\ntwo\r\n");
        Assert.Equal(3, source.LineCount);
        Assert.Equal("two", source.GetLineText(2));
        Assert.Equal(string.Empty, source.GetLineText(3));
    }

    [Fact]
    public void Every_offset_maps_like_a_character_by_character_walk_whatever_the_line_breaks()
    {
        // Line starts are found by jumping from break to break; a plain walk over every character is the reference.
        var random = new System.Random(17052022);
        char[] alphabet = { 'a', 'b', ' ', '\r', '\n' };
        for (int trial = 0; trial < 500; trial++)
        {
            var chars = new char[random.Next(40)];
            for (int k = 0; k < chars.Length; k++)
            {
                chars[k] = alphabet[random.Next(alphabet.Length)];
            }

            string text = new(chars);
            var source = new SourceDocument("a.md", text);
            int line = 1;
            int column = 1;
            for (int offset = 0; offset <= text.Length; offset++)
            {
                Assert.Equal(new LinePosition(line, column), source.GetLinePosition(offset));
                bool crlf = offset < text.Length && text[offset] == '\r' && offset + 1 < text.Length && text[offset + 1] == '\n';
                if (offset < text.Length && (text[offset] == '\n' || (text[offset] == '\r' && !crlf)))
                {
                    (line, column) = (line + 1, 1);
                }
                else
                {
                    column++;
                }
            }
        }
    }

    [Fact]
    public void Line_starts_of_long_texts_match_a_character_by_character_walk()
    {
        // Texts with more lines than the line map's first buffer holds, so it grows, with every kind of break.
        var random = new System.Random(30112026);
        char[] alphabet = { 'a', ' ', '\u00E9', '\r', '\n', '\n' };
        for (int trial = 0; trial < 200; trial++)
        {
            var chars = new char[random.Next(3000)];
            for (int k = 0; k < chars.Length; k++)
            {
                chars[k] = alphabet[random.Next(trial % 2 == 0 ? 3 : alphabet.Length)];
            }

            string text = new(chars);
            var expected = new System.Collections.Generic.List<int> { 0 };
            for (int offset = 0; offset < text.Length; offset++)
            {
                bool crlf = text[offset] == '\r' && offset + 1 < text.Length && text[offset + 1] == '\n';
                if (text[offset] == '\n' || (text[offset] == '\r' && !crlf))
                {
                    expected.Add(offset + 1);
                }
            }

            Assert.Equal(expected.ToArray(), new SourceDocument("a.md", text).LineStarts.ToArray());
        }
    }
}
