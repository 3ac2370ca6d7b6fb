using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using NewsLint.Language;
using Xunit;

namespace NewsLint.Tests.Language;

/// <summary>The table the fold decomposes with (the CLI runs without ICU) gives what ICU gives, and so does the fold.</summary>
public sealed class CanonicalDecompositionTests
{
    [Fact]
    public void Every_assigned_code_point_decomposes_as_ICU_does()
    {
        var wrong = new List<string>();
        var builder = new StringBuilder();
        for (int codePoint = 0; codePoint <= 0x10FFFF; codePoint++)
        {
            if (codePoint is >= 0xD800 and <= 0xDFFF || CharUnicodeInfo.GetUnicodeCategory(codePoint) == UnicodeCategory.OtherNotAssigned)
            {
                continue;
            }

            string text = char.ConvertFromUtf32(codePoint);
            builder.Clear();
            CanonicalDecomposition.Append(codePoint, builder);
            string expected = text.Normalize(NormalizationForm.FormD);
            if (builder.ToString() != expected)
            {
                wrong.Add(Escaped(text) + Escaped(expected) + "\\0");
            }
        }

        Assert.True(wrong.Count == 0, "Entries to add or correct in CanonicalDecomposition.Data.cs:\n" + string.Join("\n", wrong.Take(50)));
    }

    [Theory]
    [InlineData("Kyïv", "kyiv")]
    [InlineData("Ðakarta Phủ Lý", "ðakarta phu ly")]
    [InlineData("Ἀθῆναι", "αθηναι")]
    [InlineData("Йошкар-Ола", "иошкар-ола")]
    [InlineData("한국어", "한국어")] // Hangul syllables become their jamo, which the fold keeps
    public void Folds_without_ICU_as_with_it(string text, string folded)
    {
        Assert.Equal(IcuFold(text), TextFolding.FoldByNormalizing(text));
        Assert.Equal(folded.Normalize(NormalizationForm.FormD), TextFolding.FoldByNormalizing(text));
    }

    [Fact]
    public void Folds_random_mixes_of_letters_and_marks_as_ICU_does()
    {
        // Precomposed letters of several scripts, combining marks of several classes (in and out of canonical order),
        // Hangul, a character outside the first plane that decomposes (U+1D15E), spaces and plain ASCII.
        string[] pieces =
        {
            "a", "Z", " ", "\t", "é", "Ễ", "ǖ", "ḯ", "Å", "ω", "ῷ", "й", "ё", "ﬁ", "Ⅳ", "ǅ", "\u0301", "\u0323", "\u0345",
            "\u05B0", "\u0951", "\u302A", "\u20DD", "각", "힣", "\uD834\uDD5E", "\uD834\uDD65", "\uD835\uDC00", "ṩ", "ȍ",
        };
        var random = new Random(15);
        for (int round = 0; round < 20000; round++)
        {
            var text = new StringBuilder();
            for (int n = random.Next(1, 9); n > 0; n--)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
            }

            Assert.Equal(IcuFold(text.ToString()), TextFolding.FoldByNormalizing(text.ToString()));
        }
    }

    /// <summary>The fold as it was made before the table: ICU's form D, then the same marks and spaces dropped.</summary>
    private static string IcuFold(string text) => TextFolding.FoldDecomposed(text.Normalize(NormalizationForm.FormD));

    private static string Escaped(string text) => string.Concat(text.Select(c => $"\\u{(int)c:X4}"));
}
