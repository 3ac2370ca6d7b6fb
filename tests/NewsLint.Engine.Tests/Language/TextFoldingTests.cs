using System;
using System.Text;
using NewsLint.Language;
using Xunit;

namespace NewsLint.Tests.Language;

/// <summary>The shortcuts in <see cref="TextFolding"/> must give exactly what normalizing every text gives.</summary>
public sealed class TextFoldingTests
{
    private const string Alphabet = "aZ 09'-.\t\n\u00A0\u00AB\u00BB\u02BC\u2010\u2011\u2012\u2013\u2014\u2018\u2019\u201A\u201B\u201C\u201D\u2026\u00E9e\u0301\u0130\u212A\u00C5\u0416\uD83D\uDE00\uFFFE\uDC00";

    [Fact]
    public void Shortcuts_match_the_normalizing_fold_on_random_mixes()
    {
        var random = new Random(4002);
        for (int round = 0; round < 20000; round++)
        {
            var builder = new StringBuilder();
            int length = random.Next(0, 12);
            bool simpleOnly = round % 2 == 0;
            for (int i = 0; i < length; i++)
            {
                builder.Append(Alphabet[random.Next(simpleOnly ? 26 : Alphabet.Length)]);
            }

            string text = builder.ToString();
            Assert.Equal(TextFolding.FoldByNormalizing(text), TextFolding.Fold(text));
        }
    }

    [Theory]
    [InlineData("Kyiv")]
    [InlineData("the  Ukraine")]
    [InlineData(" New\tYork\n")]
    [InlineData("ABC's")]
    public void Hash_of_an_ascii_range_is_the_hash_of_its_fold(string text)
    {
        string folded = TextFolding.Fold(text);
        Assert.True(TextFolding.TryHashAscii(text, 0, text.Length, out int hash));
        Assert.True(TextFolding.TryHashAscii(folded, 0, folded.Length, out int foldedHash));
        Assert.Equal(hash, foldedHash);
    }
}
