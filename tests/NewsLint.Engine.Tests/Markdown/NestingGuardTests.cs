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
}
