using NewsLint.Markdown;
using NewsLint.Text;
using Xunit;

namespace NewsLint.Tests.Markdown;

public sealed class NestingGuardTests
{
    [Fact]
    public void Exactly_the_limit_is_not_more_than_it_and_one_more_is()
    {
        string atLimit = new string('*', NestingGuard.MaxInlineDelimiters) + new string('a', 37);
        Assert.False(NestingGuard.HasMoreDelimitersThanLimit(new SourceDocument("a.md", atLimit)));
        Assert.True(NestingGuard.HasMoreDelimitersThanLimit(new SourceDocument("a.md", atLimit + "]")));
        Assert.True(NestingGuard.HasMoreDelimitersThanLimit(new SourceDocument("a.md", "_" + atLimit)));
    }

    [Fact]
    public void A_paragraph_loses_its_delimiters_only_when_its_lines_together_hold_more_than_the_limit()
    {
        // Lines of 100 delimiters of every kind among words; a blank line ends a paragraph, which is counted whole.
        string line = string.Concat(System.Linq.Enumerable.Repeat("a *b_ [c] ", 25)) + "\n";
        string atLimit = string.Concat(System.Linq.Enumerable.Repeat(line, NestingGuard.MaxInlineDelimiters / 100));
        string overLimit = atLimit + "one more *\n";
        string text = atLimit + "\n" + overLimit + "\nA short *one* after it.\n";
        string flattened = NestingGuard.Flatten(new SourceDocument("a.md", text), out var regions);

        var region = Assert.Single(regions);
        Assert.Equal(atLimit.Length + 1, region.Span.Start);
        Assert.Equal(atLimit.Length + 1 + overLimit.Length, region.Span.End);
        Assert.Contains($"{NestingGuard.MaxInlineDelimiters + 1} emphasis and link delimiters", region.Reason, System.StringComparison.Ordinal);
        Assert.Equal(text.Length, flattened.Length);
        Assert.Equal(atLimit, flattened.Substring(0, atLimit.Length));
        Assert.Equal(overLimit.Replace('*', '\u00A0').Replace('_', '\u00A0').Replace('[', '\u00A0').Replace(']', '\u00A0'), flattened.Substring(region.Span.Start, overLimit.Length));
        Assert.EndsWith("\nA short *one* after it.\n", flattened, System.StringComparison.Ordinal);
    }
}
