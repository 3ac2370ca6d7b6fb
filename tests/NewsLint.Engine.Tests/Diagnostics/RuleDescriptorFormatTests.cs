using System;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using CsCheck;
using NewsLint.Analysis;
using NewsLint.Diagnostics;
using Xunit;

namespace NewsLint.Tests.Diagnostics;

/// <summary>
/// <see cref="RuleDescriptor.FormatMessage"/> parses its format once (on .NET 8 and later); every message must still be
/// what <see cref="string.Format(IFormatProvider, string, object[])"/> makes of the format, the path it replaces.
/// </summary>
public sealed class RuleDescriptorFormatTests
{
    private static readonly Gen<object?> Argument = Gen.OneOf(
        Gen.String.Select(s => (object?)s),
        Gen.OneOfConst("Rusia’s", "«Putin»", "{0}", "}{", "a\r\nb", "", "İstanbul", "ｕｓｅ").Select(s => (object?)s),
        Gen.Int.Select(i => (object?)i),
        Gen.Double.Select(d => (object?)d),
        Gen.Const((object?)null));

    [Fact]
    public void Every_descriptor_formats_as_string_Format_does()
    {
        foreach (RuleDescriptor descriptor in RuleCatalog.Descriptors)
        {
            int count = ArgumentCount(descriptor.MessageFormat);
            Argument.Array[count, count + 2].Sample(
                arguments =>
                {
                    string expected;
                    try
                    {
                        expected = arguments.Length == 0
                            ? descriptor.MessageFormat
                            : string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, arguments);
                    }
                    catch (FormatException)
                    {
                        // A shipped style rule's message is final text, never a format; it must fail the same way.
                        Assert.Throws<FormatException>(() => descriptor.FormatMessage(arguments));
                        return;
                    }

                    Assert.Equal(expected, descriptor.FormatMessage(arguments));
                },
                iter: 50);
        }
    }

    [Theory]
    [InlineData("{0,6}|{1,-4}|{2:D3}|{{literal}}|{0}")]
    [InlineData("no items at all")]
    [InlineData("{1} before {0}, ünïcödé and “quotes”")]
    public void Alignment_format_strings_and_escapes_format_as_string_Format_does(string format)
    {
        var descriptor = new RuleDescriptor("NL9999", "t", format, "Test", Severity.Warning);
        Gen.Int.Array[3].Sample(
            numbers =>
            {
                object?[] arguments = numbers.Cast<object?>().ToArray();
                Assert.Equal(string.Format(CultureInfo.InvariantCulture, format, arguments), descriptor.FormatMessage(arguments));

                // Twice: the second message comes from the parsed format.
                Assert.Equal(string.Format(CultureInfo.InvariantCulture, format, arguments), descriptor.FormatMessage(arguments));
            },
            iter: 100);
    }

    [Theory]
    [InlineData("unclosed {0")]
    [InlineData("stray } brace {0}")]
    [InlineData("{3} past the arguments")]
    public void A_bad_format_fails_as_string_Format_does(string format)
    {
        var descriptor = new RuleDescriptor("NL9999", "t", format, "Test", Severity.Warning);
        Assert.Throws<FormatException>(() => string.Format(CultureInfo.InvariantCulture, format, "a", "b"));
        Assert.Throws<FormatException>(() => descriptor.FormatMessage("a", "b"));
        Assert.Throws<FormatException>(() => descriptor.FormatMessage("a", "b"));
    }

    private static int ArgumentCount(string format) =>
        Regex.Matches(format.Replace("{{", string.Empty, StringComparison.Ordinal), @"\{(\d+)")
            .Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) + 1)
            .DefaultIfEmpty(0)
            .Max();
}
