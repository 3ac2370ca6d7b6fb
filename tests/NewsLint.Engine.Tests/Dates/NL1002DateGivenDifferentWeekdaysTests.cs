using System.Linq;
using NewsLint.Tests.Infrastructure;
using Xunit;

namespace NewsLint.Tests.Dates;

public sealed class NL1002DateGivenDifferentWeekdaysTests
{
    private const string Id = "NL1002";

    public sealed class Triggers
    {
        [Fact]
        public void Indonesian_same_date_two_weekdays() => Lint.Verify(
            """
            Pada hari Senin, 17 Mei 2022 waktu setempat, para pemimpin bertemu di Moskow.

            Hal itu dikutip dari situs resminya, pada hari {|NL1002:Selasa, 17 Mei 2022|}.
            """,
            Id);

        [Fact]
        public void English_in_different_forms() => Lint.Verify(
            """
            The leaders met in Moscow on Monday, May 16, 2022.

            The statement was published on {|NL1002:Tuesday (5/16/2022)|}, officials said.
            """,
            Id);

        [Fact]
        public void Year_less_mention_counts_once_its_year_is_known() => Lint.Verify(
            "Rapat digelar Senin (16/5/2022) di Jakarta, dan dilanjutkan pada {|NL1002:Selasa (16/5)|} di Bogor.",
            Id);

        [Fact]
        public void Shared_article_names_the_earlier_line()
        {
            string text = Lint.Fixture("csto-summit-moscow-2022.md");
            var result = Lint.Run(text, path: "csto.md");
            var diagnostic = Assert.Single(result.OfId(Id));
            Assert.Equal(35, diagnostic.LineSpan.Start.Line);
            Assert.Equal("Selasa, 17 Mei 2022", text.Substring(diagnostic.Span.Start, diagnostic.Span.Length));
            Assert.Equal("17 Mei 2022 is called Selasa here but Senin on line 5; 17 Mei 2022 was a Selasa (Tuesday)", diagnostic.Message);
        }
    }

    public sealed class DoesNotTrigger
    {
        [Fact]
        public void Same_weekday_twice() => Lint.Verify(
            "Rapat digelar Senin, 16 Mei 2022 di Jakarta. Rapat kedua juga pada Senin (16/5/2022) di Bogor.",
            Id);

        [Fact]
        public void Different_dates() => Lint.Verify(
            "The talks began on Monday, May 16, 2022 and ended on Tuesday, May 17, 2022.",
            Id);

        [Fact]
        public void Weekday_not_tied_to_the_second_date() => Lint.Verify(
            "The talks began on Monday, May 16, 2022. On Tuesday, the May 16, 2022 statement was published.",
            Id);

        [Fact]
        public void Suppressed_by_comment() => Lint.Verify(
            "Rapat digelar Senin, 16 Mei 2022 di Jakarta.\n\n<!-- newslint-disable-next-line NL1002 -->\nRapat itu juga disebut pada Selasa, 16 Mei 2022.",
            Id);
    }

    [Fact]
    public void Reports_once_per_later_mention()
    {
        var result = Lint.Run("Rapat digelar Senin, 16 Mei 2022 di Jakarta. Lalu Selasa, 16 Mei 2022 di Bogor. Lalu Selasa, 16 Mei 2022 di Depok.");
        Assert.Equal(2, result.OfId(Id).Count());
    }
}
