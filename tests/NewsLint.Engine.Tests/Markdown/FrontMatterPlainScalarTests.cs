using System;
using CsCheck;
using NewsLint.Markdown;
using Xunit;

namespace NewsLint.Engine.Tests.Markdown;

/// <summary>
/// <see cref="FrontMatterReader.IsPlain"/> jumps from one possible stop character to the next; it must judge every value
/// as a reading of each character in turn does.
/// </summary>
public sealed class FrontMatterPlainScalarTests
{
    private const string Alphabet = "ab1 -:,#[]{}\t\r\n\u0085\u2028\u2029\uFEFF?&'\"é";

    [Fact]
    public void Generated_values_are_judged_as_the_reference_judges_them() =>
        Gen.Select(Gen.Char[Alphabet].Array[1, 60], Gen.Int[0, 60], Gen.Int[0, 60], Gen.Bool).Sample(
            (chars, a, b, inFlow) =>
            {
                string yaml = new string(chars);
                int start = Math.Min(a, yaml.Length - 1);
                int end = Math.Min(Math.Max(b, start + 1), yaml.Length);
                Assert.Equal(Reference(yaml, start, end, inFlow), FrontMatterReader.IsPlain(yaml, start, end, inFlow));
            },
            iter: 50000,
            threads: 1);

    [Theory]
    [InlineData("Leaders meet as tensions rise", true)]
    [InlineData("Odd: a colon", false)]
    [InlineData("a comment # here", false)]
    [InlineData("C# in the newsroom", true)]
    public void Hand_written_values(string value, bool plain) =>
        Assert.Equal(plain, FrontMatterReader.IsPlain(value, 0, value.Length, inFlow: false));

    /// <summary>A plain scalar, one character at a time: no indicator first, no colon last, and no character that
    /// would end or change it.</summary>
    private static bool Reference(string yaml, int start, int end, bool inFlow)
    {
        if ("-?:,[]{}#&*!|>'\"%@`".Contains(yaml[start], StringComparison.Ordinal) || yaml[end - 1] == ':')
        {
            return false;
        }

        for (int i = start; i < end; i++)
        {
            bool next = i + 1 < end;
            bool ends = yaml[i] switch
            {
                '\t' or '\r' or '\n' or '\u0085' or '\u2028' or '\u2029' or '\uFEFF' or '{' or '}' or '[' or ']' => true,
                ',' => inFlow,
                ':' => !next || yaml[i + 1] == ' ' || (inFlow && yaml[i + 1] == ','),
                '#' => i > start && yaml[i - 1] == ' ',
                _ => false,
            };
            if (ends)
            {
                return false;
            }
        }

        return true;
    }
}
