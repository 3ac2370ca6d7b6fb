using System.Linq;
using NewsLint.Rules.Style;
using NewsLint.Tests.Infrastructure;
using Xunit;

namespace NewsLint.Tests.Style.Shipped;

public sealed class NL5001SpacedDashReduplicationTests
{
    private const string Id = "NL5001";

    public sealed class Triggers
    {
        [Theory]
        [InlineData("Ancaman stabilitas di {|NL5001:negara – negara|} yang sedang mengalami Revolusi Warna.")]
        [InlineData("Pasukan Rusia menyerang sejumlah {|NL5001:kota—kota|} besar di Ukraina.")]
        [InlineData("Pasukan Rusia menyerang {|NL5001:kota - kota|} besar di Ukraina dan di Rusia.")]
        [InlineData("{|NL5001:Negara – negara|} anggota CSTO bertemu di Moskow pada hari Senin.")]
        public void Spaced_dashes(string markup) => Lint.Verify(markup, Id);

        [Fact]
        public void Shared_article_lines_15_19_29_with_the_hyphenated_suggestion()
        {
            var result = Lint.Run(Lint.Fixture("csto-summit-moscow-2022.md"), path: "csto.md");
            var found = result.OfId(Id).Select(d => $"{d.LineSpan.Start.Line}:{d.LineSpan.Start.Column}-{d.LineSpan.End.Column} {d.Properties[SubstitutionRule.ReplacementProperty]}").ToArray();
            Assert.Equal(new[] { "15:126-141 negara-negara", "19:113-124 kota-kota", "29:90-105 negara-negara" }, found);
            Assert.Equal("Write the reduplication 'kota – kota' as 'kota-kota', with a hyphen and no spaces", result.OfId(Id).ElementAt(1).Message);
        }
    }

    public sealed class DoesNotTrigger
    {
        [Theory]
        [InlineData("Negara-negara anggota CSTO bertemu di Moskow pada hari Senin.")]
        [InlineData("Hubungan negara – bangsa itu dibahas di Moskow pada hari Senin.")]
        [InlineData("Skor akhir 2 – 2 di Jakarta pada hari Senin, kata pelatih.")]
        public void Correct_or_different_words(string text) => Lint.Verify(text, Id);

        [Fact]
        public void English_articles() => Lint.Verify("The vote was close – close enough to call a recount, officials said.", Id);
    }
}
