using System;
using System.Collections.Immutable;
using System.Linq;
using System.Globalization;
using CsCheck;
using NewsLint.Analysis;
using NewsLint.Recognizers.Dates;
using NewsLint.Tests.Infrastructure;
using Xunit;

namespace NewsLint.Tests.Dates;

/// <summary>What the date recognizer makes of each form: the dates, the tied weekday and the spans.</summary>
public sealed class DateRecognizerTests
{
    private static ImmutableArray<DateMention> Mentions(string text)
    {
        LintResult result = Lint.Run(text);
        return (ImmutableArray<DateMention>)result.Mentions[DateRecognizer.Instance];
    }

    private static string Describe(DateMention m) =>
        string.Format(CultureInfo.InvariantCulture, "{0:0000}-{1:00}-{2:00}..{3:0000}-{4:00}-{5:00} wd{6}{7} [{8}] [{9}]", m.Year, m.Month, m.Day, m.EndYear, m.EndMonth, m.EndDay, m.Weekday, m.YearInferred ? " inferred" : string.Empty, m.DateText, m.WeekdayText);

    [Theory]
    [InlineData("Pertemuan digelar pada 16-17 Mei 2022 di Moskow.", "2022-05-16..2022-05-17 wd-1 [16-17 Mei 2022] []")]
    [InlineData("Pertemuan digelar pada 30 Mei - 2 Juni 2022 di Moskow.", "2022-05-30..2022-06-02 wd-1 [30 Mei - 2 Juni 2022] []")]
    [InlineData("Pertemuan digelar pada 16 hingga 17 Mei 2022 di Moskow.", "2022-05-16..2022-05-17 wd-1 [16 hingga 17 Mei 2022] []")]
    [InlineData("Pertemuan digelar pada hari Senin tanggal 16 Mei 2022 di Moskow.", "2022-05-16..2022-05-16 wd0 [16 Mei 2022] [Senin]")]
    [InlineData("Pertemuan digelar pada hari Senin (16/5/2022) di Moskow.", "2022-05-16..2022-05-16 wd0 [16/5/2022] [Senin]")]
    [InlineData("Pertemuan digelar pada 16.05.2022 di Moskow.", "2022-05-16..2022-05-16 wd-1 [16.05.2022] []")]
    [InlineData("Pertemuan digelar pada 16 Agt. 2022 di Moskow.", "2022-08-16..2022-08-16 wd-1 [16 Agt. 2022] []")]
    [InlineData("The talks were held on Sept. 16-17, 2022 in the capital.", "2022-09-16..2022-09-17 wd-1 [Sept. 16-17, 2022] []")]
    [InlineData("The talks were held on 2022-05-16 in the capital.", "2022-05-16..2022-05-16 wd-1 [2022-05-16] []")]
    [InlineData("The talks were held on Monday the 16th of May 2022 in the capital.", "2022-05-16..2022-05-16 wd0 [16th of May 2022] [Monday]")]
    [InlineData("The talks were held on 16 May 2022 (Monday) in the capital.", "2022-05-16..2022-05-16 wd0 [16 May 2022] [Monday]")]
    [InlineData("The talks were held on 5/16/2022 in the capital.", "2022-05-16..2022-05-16 wd-1 [5/16/2022] []")]
    public void Forms(string text, string expected) => Assert.Equal(expected, Describe(Assert.Single(Mentions(text))));

    [Fact]
    public void Year_is_inferred_nearest_the_anchor_across_new_year()
    {
        ImmutableArray<DateMention> mentions = Mentions("---\ndate: 2023-01-03\n---\nThe fire started on Friday, Dec. 30 and was out by Jan. 2.\n");
        Assert.Equal("2022-12-30..2022-12-30 wd4 inferred [Dec. 30] [Friday]", Describe(mentions[0]));
        Assert.Equal("2023-01-02..2023-01-02 wd-1 inferred [Jan. 2] []", Describe(mentions[1]));
    }

    [Theory]
    [InlineData("In May 2022 the talks stalled, officials said.")]
    [InlineData("The score was 16/5 at half time, officials said.")]
    [InlineData("Jumlah korban mencapai 3.380 jiwa pada tahun 2022 di kota itu.")]
    [InlineData("He may 16 times say so, officials said.")]
    [InlineData("Ada 13/13/2022 dan 32 Mei di dokumen itu, kata pejabat.")]
    [InlineData("Ada \u0661\u0662\u0663\u0664-05-16 di dokumen itu, kata pejabat.")]
    public void Not_dates(string text) => Assert.Empty(Mentions(text));

    [Fact]
    public void Year_zero_is_no_year() =>
        Assert.Equal("0000-05-16..0000-05-16 wd-1 [16 Mei] []", Describe(Assert.Single(Mentions("Ada 16 Mei 0000 di dokumen itu, kata pejabat."))));

    [Fact]
    public void Spans_map_through_markup()
    {
        const string text = "Pada hari **Senin**, 17 Mei 2022, para pemimpin bertemu di Moskow.";
        DateMention mention = Assert.Single(Mentions(text));
        Assert.Equal("Senin**, 17 Mei 2022", text.Substring(mention.SourceSpan.Start, mention.SourceSpan.Length));
        Assert.Equal("17 Mei 2022", text.Substring(mention.DateSourceSpan.Start, mention.DateSourceSpan.Length));
    }

    [Fact]
    public void Explains_each_date()
    {
        const string text = "Rapat digelar Senin (16/5/2022) dan 16-17 Juni di Jakarta, kata pejabat.";
        LintResult result = Lint.Run(text);
        var explanations = DateRecognizer.Instance.Explain(result.Mentions[DateRecognizer.Instance]).ToList();
        Assert.Equal(2, explanations.Count);
        Assert.Equal("date", explanations[0].Kind);
        Assert.Equal("Senin (16/5/2022)", explanations[0].Facts["text"]);
        Assert.Equal("2022-05-16", explanations[0].Facts["date"]);
        Assert.Equal("Senin", explanations[0].Facts["weekday"]);
        Assert.Equal("2022-06-16/2022-06-17", explanations[1].Facts["date"]);
        Assert.Equal("true", explanations[1].Facts["yearInferred"]);
    }

    /// <summary>The publication date is read by hand: it must accept exactly what TryParseExact with yyyy-MM-dd does.</summary>
    [Fact]
    public void Reads_the_publication_date_as_TryParseExact_does()
    {
        Gen.OneOf(
                Gen.Char["0123456789-"].Array[10, 14].Select(c => new string(c)),
                Gen.Select(Gen.Int[0, 10000], Gen.Int[0, 13], Gen.Int[0, 32], (y, m, d) => $"{y:0000}-{m:00}-{d:00}"),
                Gen.Select(Gen.Int[1, 9999], Gen.Int[1, 12], Gen.Int[1, 31], Gen.Char["0123456789-+ T:\u0663\u00A0Z"].Array[0, 6], (y, m, d, tail) => $"{y:0000}-{m:00}-{d:00}" + new string(tail)),
                Gen.Char["0123456789-+ /.\u0663\u0661"].Array[0, 12].Select(c => new string(c)))
            .Sample(text =>
            {
                DateTime? expected = text.Length >= 10 && DateTime.TryParseExact(text.Substring(0, 10), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateTime date) ? date : null;
                Assert.Equal(expected, DateRecognizer.ParsePublicationDate(text));
            },
            iter: 20000);
    }
}
