using System;
using NewsLint.Text;
using Xunit;

namespace NewsLint.Tests.Text;

/// <summary>The constructor checks both bounds with one comparison and throws from a helper; it must accept and
/// refuse exactly as the two comparisons did, naming the same parameter.</summary>
public sealed class TextSpanTests
{
    private static readonly int[] Values = { int.MinValue, -5, -1, 0, 1, 7, int.MaxValue };

    [Fact]
    public void Negative_bounds_throw_and_name_the_parameter_as_before()
    {
        foreach (int start in Values)
        {
            foreach (int length in Values)
            {
                if (start < 0 || length < 0)
                {
                    var thrown = Assert.Throws<ArgumentOutOfRangeException>(() => new TextSpan(start, length));
                    Assert.Equal(start < 0 ? "start" : "length", thrown.ParamName);
                }
                else
                {
                    var span = new TextSpan(start, length);
                    Assert.Equal((start, length), (span.Start, span.Length));
                }
            }
        }
    }
}
