using System;
using System.Text;
using NewsLint.Language;
using Xunit;

namespace NewsLint.Tests.Language;

/// <summary><see cref="FoldedText.AreEqual"/> reads plain text in place; it must agree with comparing the folds.</summary>
public sealed class FoldedTextTests
{
    private const string Alphabet = "aAbB  .'-\t\n\u00A0\u00E9e\u0301\u212A\u2019\u201C\u2014\u2003\u0085";

    [Theory]
    [InlineData("x y", "X Y", true)]
    [InlineData(" x  y ", "x y", true)]
    [InlineData("x y", "xy", false)]
    [InlineData("x ", "x y", false)]
    [InlineData("x \u0301y", "x y", true)]
    [InlineData("Kyïv", "KYIV", true)]
    [InlineData("x\ty", "x y", true)]
    [InlineData("", " ", true)]
    [InlineData("\u201CX\u2019s\u201D", "\u201Cx's\u201D", true)]
    [InlineData("a\u00A0b", "a  b", true)]
    [InlineData("a\u2014b", "a-c", false)]
    public void Agrees_with_the_folds(string a, string b, bool equal)
    {
        Assert.Equal(equal, FoldedText.AreEqual(a, b));
        Assert.Equal(equal, FoldedText.AreEqual(b, a));
    }

    [Fact]
    public void Agrees_with_the_folds_on_random_texts()
    {
        var random = new Random(4003);
        for (int round = 0; round < 50000; round++)
        {
            string a = RandomText(random);
            string b = random.Next(3) == 0 ? RandomText(random) : Vary(random, a);
            Assert.Equal(TextFolding.Fold(a) == TextFolding.Fold(b), FoldedText.AreEqual(a, b));
        }
    }

    /// <summary>Texts that share a start, as the blocks NL4003 compares do: the common ASCII start is skipped.</summary>
    [Fact]
    public void Agrees_with_the_folds_after_a_common_start()
    {
        var random = new Random(4004);
        for (int round = 0; round < 50000; round++)
        {
            string start = RandomText(random) + RandomText(random);
            string rest = RandomText(random);
            string a = start + rest;
            string b = start + (random.Next(3) == 0 ? RandomText(random) : Vary(random, rest));
            Assert.Equal(TextFolding.Fold(a) == TextFolding.Fold(b), FoldedText.AreEqual(a, b));
            Assert.Equal(TextFolding.Fold(a) == TextFolding.Fold(b), FoldedText.AreEqual(b, a));
        }
    }

    [Theory]
    [InlineData("The minister said  x", "The minister said x", true)]
    [InlineData("The minister said x", "The minister said  y", false)]
    [InlineData("The minister said", "The minister said ", true)]
    [InlineData("The minister said", "The minister sai d", false)]
    [InlineData("The minister said e\u0301", "The minister said \u00E9", true)]
    [InlineData("The minister sa\u0301id", "The minister said", true)]
    public void Agrees_with_the_folds_on_long_common_starts(string a, string b, bool equal)
    {
        a = System.Text.RegularExpressions.Regex.Unescape(a);
        b = System.Text.RegularExpressions.Regex.Unescape(b);
        Assert.Equal(TextFolding.Fold(a) == TextFolding.Fold(b), equal);
        Assert.Equal(equal, FoldedText.AreEqual(a, b));
        Assert.Equal(equal, FoldedText.AreEqual(b, a));
    }

    private static string RandomText(Random random)
    {
        var builder = new StringBuilder();
        int length = random.Next(0, 10);
        for (int i = 0; i < length; i++)
        {
            builder.Append(Alphabet[random.Next(Alphabet.Length)]);
        }

        return builder.ToString();
    }

    /// <summary>The text with one character changed, added or removed, or its case flipped: often the same fold.</summary>
    private static string Vary(Random random, string text)
    {
        int at = random.Next(text.Length + 1);
        return random.Next(4) switch
        {
            0 => text.ToUpperInvariant(),
            1 => text.Insert(at, Alphabet[random.Next(Alphabet.Length)].ToString()),
            2 when at < text.Length => text.Remove(at, 1),
            _ => text,
        };
    }
}
