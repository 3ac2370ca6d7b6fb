using NewsLint.Tests.Infrastructure;
using Xunit;

namespace NewsLint.Tests.Names;

public sealed class NL4003DuplicateBlockTests
{
    private const string Id = "NL4003";

    public sealed class Triggers
    {
        [Fact]
        public void Title_repeated_as_the_first_paragraph() => Lint.Verify(
            "Putin Kumpulkan Sekutu di Moskow, Siap Hajar NATO?\n\n{|NL4003:Putin Kumpulkan Sekutu di Moskow, Siap Hajar NATO?|}\n\nPada hari Senin para pemimpin bertemu.\n",
            Id);

        [Fact]
        public void Heading_repeated() => Lint.Verify(
            "# What the alliance is for\n\nText one.\n\n## {|NL4003:What the alliance is for|}\n\nText two.\n",
            Id);

        [Fact]
        public void Paragraph_pasted_twice_with_different_markup_and_spacing() => Lint.Verify(
            "The summit ended without a statement on Monday.\n\nOther news.\n\n{|NL4003:The *summit* ended  without a statement on Monday.|}\n",
            Id);

        [Fact]
        public void Third_copy_is_reported_too() => Lint.Verify(
            "Officials said the talks would resume.\n\n{|NL4003:Officials said the talks would resume.|}\n\n{|NL4003:Officials said the talks would resume.|}\n",
            Id);

        [Fact]
        public void Message_names_the_first_line()
        {
            var result = Lint.Run(Lint.Fixture("csto-summit-moscow-2022.md"), path: "csto.md");
            var diagnostic = Assert.Single(result.OfId(Id));
            Assert.Equal(3, diagnostic.LineSpan.Start.Line);
            Assert.Equal(1, diagnostic.LineSpan.Start.Column);
            Assert.Equal(51, diagnostic.LineSpan.End.Column);
            Assert.Equal("This paragraph repeats the paragraph on line 1 word for word; remove one of them", diagnostic.Message);
        }
    }

    public sealed class DoesNotTrigger
    {
        [Fact]
        public void Short_blocks_may_repeat() => Lint.Verify("## Update\n\nText.\n\n## Update\n\n501st Legion display\n\n501st Legion display\n", Id);

        [Fact]
        public void Table_cells_may_repeat() => Lint.Verify(
            "| City | Status of the city today |\n|---|---|\n| Kyiv | Status of the city today |\n",
            Id);

        [Fact]
        public void Different_paragraphs() => Lint.Verify(
            "The summit ended without a statement on Monday.\n\nThe summit ended without a statement on Tuesday.\n",
            Id);

        [Fact]
        public void Code_blocks_are_not_prose() => Lint.Verify(
            "```\nthe same line of code here\n```\n\n```\nthe same line of code here\n```\n",
            Id);
    }
}
