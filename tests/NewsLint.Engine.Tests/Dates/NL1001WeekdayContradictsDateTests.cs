using System.Linq;
using NewsLint.Tests.Infrastructure;
using Xunit;

namespace NewsLint.Tests.Dates;

public sealed class NL1001WeekdayContradictsDateTests
{
    private const string Id = "NL1001";

    public sealed class Triggers
    {
        [Theory]
        [InlineData("Pada hari {|NL1001:Senin, 17 Mei 2022|} waktu setempat, para pemimpin bertemu.")]
        [InlineData("Rapat itu digelar di Jakarta pada {|NL1001:Rabu (17/5/2022)|} di Jakarta.")]
        [InlineData("Rapat digelar pada hari {|NL1001:Rabu tanggal 17 Mei 2022|}.")]
        [InlineData("Rapat itu digelar di Jakarta pada {|NL1001:Kamis, 16-17 Mei 2022|}.")]
        [InlineData("Rapat itu digelar di Jakarta pada {|NL1001:Sen, 17 Agt. 2022|}.")]
        [InlineData("Rapat itu digelar di Jakarta pada {|NL1001:Senin, 2022-05-17|}.")]
        [InlineData("Rapat itu digelar di Jakarta pada {|NL1001:17 Mei 2022 (Senin)|}.")]
        [InlineData("Rapat itu digelar di Jakarta pada {|NL1001:Jum'at, 17 Mei 2022|}.")]
        [InlineData("Rapat itu digelar di Jakarta pada {|NL1001:Selasa lalu (16/5/2022)|}.")]
        [InlineData("Rapat digelar pada hari {|NL1001:senin (17/5/2022)|}.")]
        public void Indonesian(string markup) => Lint.Verify(markup, Id);

        [Theory]
        [InlineData("The leaders met on {|NL1001:Monday, May 17, 2022|} in Moscow.")]
        [InlineData("The leaders met on {|NL1001:Monday, 17 May 2022|} in Moscow.")]
        [InlineData("The leaders met on {|NL1001:Monday 17 May 2022|} in Moscow.")]
        [InlineData("The leaders met on {|NL1001:Mon. 17 May 2022|} in Moscow.")]
        [InlineData("The leaders met on {|NL1001:Monday, the 17th of May 2022|} in Moscow.")]
        [InlineData("The leaders met on {|NL1001:Monday (5/17/2022)|} in Moscow.")]
        [InlineData("The leaders met on {|NL1001:Thursday, Sept. 16, 2022|}.")]
        [InlineData("The talks ran {|NL1001:Tuesday, May 16-17, 2022|}.")]
        public void English(string markup) => Lint.Verify(markup, Id);

        [Fact]
        public void Markup_inside_the_date_does_not_break_it() => Lint.Verify(
            "Pada hari **{|NL1001:Senin**, 17 Mei 2022|}, para pemimpin bertemu.",
            Id);

        [Fact]
        public void Year_from_the_front_matter() => Lint.Verify(
            "---\ndate: 2022-05-18\n---\nRapat digelar {|NL1001:Senin (17/5)|} di Jakarta.\n",
            Id);

        [Fact]
        public void Year_from_the_nearest_full_date_before() => Lint.Verify(
            "Pada 1 Mei 2022 ada pengumuman.\n\nRapat digelar {|NL1001:Senin, 17 Mei|} di Jakarta.\n",
            Id);

        [Fact]
        public void Shared_article_lines_5_and_27()
        {
            var result = Lint.Run(Lint.Fixture("csto-summit-moscow-2022.md"), path: "csto.md");
            var found = result.OfId(Id).ToList();
            Assert.Equal(new[] { 5, 27 }, found.Select(d => d.LineSpan.Start.Line));
            string text = Lint.Fixture("csto-summit-moscow-2022.md");
            Assert.All(found, d => Assert.Equal("Senin, 17 Mei 2022", text.Substring(d.Span.Start, d.Span.Length)));
            Assert.All(found, d => Assert.Equal("17 Mei 2022 was a Selasa (Tuesday), not Senin; 16 Mei 2022 was a Senin (Monday)", d.Message));
            Assert.All(found, d => Assert.Equal("Selasa", d.Properties["replacement"]));
        }

        [Fact]
        public void English_message_has_no_brackets()
        {
            var result = Lint.Run("The leaders met on Monday, May 17, 2022 in Moscow.");
            Assert.Equal("May 17, 2022 was a Tuesday, not Monday; May 16, 2022 was a Monday", result.OfId(Id).Single().Message);
        }
    }

    public sealed class DoesNotTrigger
    {
        [Theory]
        [InlineData("Pada hari Senin, 16 Mei 2022 waktu setempat, para pemimpin bertemu.")]
        [InlineData("Pertemuan itu digelar Selasa (17/5/2022) di Moskow.")]
        [InlineData("Pertemuan itu digelar Selasa (17/5) di Moskow, sehari setelah Senin (16/5/2022).")]
        [InlineData("Pertemuan dibuka hari Senin tanggal 16 Mei 2022.")]
        [InlineData("Pertemuan digelar Senin, 16-17 Mei 2022.")]
        [InlineData("Sebelumnya, Rusia menyerang Ukraina sejak 24 Februari 2022 lalu.")]
        [InlineData("Perjanjian disahkan pada tanggal 20 April 1994.")]
        [InlineData("Pada hari Selasa lalu, laporan itu terbit; serangan dimulai 24 Februari 2022.")]
        public void Indonesian(string text) => Lint.Verify(text, Id);

        [Theory]
        [InlineData("The leaders met on Monday, May 16, 2022 in Moscow.")]
        [InlineData("On Monday, officials said the 17 May 2022 deadline would stand.")]
        [InlineData("The report came out on Monday and the vote is on 17 May 2022.")]
        [InlineData("Monday: the committee set 17 May 2022 as the date.")]
        [InlineData("He said on Tuesday that May 2022 was the worst month.")]
        [InlineData("The building collapsed on Monday. 17 May 2022 will be remembered.")]
        public void Weekday_and_date_not_tied(string text) => Lint.Verify(text, Id);

        [Fact]
        public void Year_less_date_without_any_anchor_is_not_checked() =>
            Lint.Verify("Rapat digelar Senin (17/5) di Jakarta.", Id);

        [Fact]
        public void Suppressed_by_comment() => Lint.Verify(
            "<!-- newslint-disable-next-line NL1001 -->\nPada hari Senin, 17 Mei 2022, para pemimpin bertemu.",
            Id);

        [Fact]
        public void Code_is_not_prose() => Lint.Verify("Run `Senin, 17 Mei 2022` as a test string.", Id);
    }
}
