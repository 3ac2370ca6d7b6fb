using System;
using NewsLint.Markdown;
using Xunit;

namespace NewsLint.Tests.Markdown;

public sealed class NestingGuardTests
{
    [Fact]
    public void The_vector_count_of_delimiters_agrees_with_a_character_by_character_count()
    {
        // Lengths around the limit and past a vector's width, and densities on both sides of the limit.
        var random = new Random(30112026);
        char[] alphabet = { 'a', ' ', '*', '_', '[', ']', '\n', '\u00E9', '+' };
        for (int trial = 0; trial < 400; trial++)
        {
            int length = trial % 4 == 0 ? random.Next(1990, 2100) : random.Next(20000);
            int delimiterWeight = random.Next(1, 30);
            var chars = new char[length];
            for (int k = 0; k < length; k++)
            {
                chars[k] = random.Next(100) < delimiterWeight ? alphabet[2 + random.Next(4)] : alphabet[random.Next(alphabet.Length)];
            }

            string text = new(chars);
            int count = 0;
            foreach (char c in text)
            {
                count += c is '*' or '_' or '[' or ']' ? 1 : 0;
            }

            Assert.Equal(count > NestingGuard.MaxInlineDelimiters, NestingGuard.HasMoreDelimitersThanLimit(text));

            // The same pass tells whether a pipe is there: none, one at a random place (in a vector or the tail), or many.
            int pipeAt = random.Next(length + 1);
            foreach (string withPipes in new[] { text, text.Substring(0, pipeAt) + "|" + text.Substring(pipeAt), text.Replace('+', '|') })
            {
                NestingGuard.HasMoreDelimitersThanLimit(withPipes, out bool hasPipe);
                Assert.Equal(withPipes.IndexOf('|') >= 0, hasPipe);
            }
        }
    }

    [Fact]
    public void Exactly_the_limit_is_not_more_than_it_and_one_more_is()
    {
        string atLimit = new string('*', NestingGuard.MaxInlineDelimiters) + new string('a', 37);
        Assert.False(NestingGuard.HasMoreDelimitersThanLimit(atLimit));
        Assert.True(NestingGuard.HasMoreDelimitersThanLimit(atLimit + "]"));
        Assert.True(NestingGuard.HasMoreDelimitersThanLimit("_" + atLimit));
    }
}
