using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using CsCheck;
using NewsLint.Recognizers.Dates;
using NewsLint.Tests.Infrastructure;
using Xunit;

namespace NewsLint.Tests.Dates;

/// <summary>
/// The date recognizer tries only tokens a number follows within reach of the longest date lead; on generated text,
/// dense with weekdays, months, link words and punctuation, it finds what it finds trying every token.
/// </summary>
public sealed class DateRecognizerPropertyTests
{
    private static readonly string[] Pool =
    {
        "Monday", "Mon", "monday", "Senin", "senin", "Sen", "hari", "tanggal", "tgl", "lalu", "kemarin", "the", "of", "to",
        "hingga", "sampai", "through", "May", "Mei", "Sept", "Juni", "June", "Agt", "January", "Jan", "16", "17", "2", "30",
        "5", "12", "2022", "2021", "16th", "st", "th", "16.05.2022", "3.380", "٣", ".", ",", "(", ")", "/", "-", "–", ":",
        "said", "on", "pada", "Russia’s", "May’s", "16/5/2022", "2022-05-16", "16-17", "Senin (16/5)", "(Monday)",
        "Monday, May 16", "hari Senin tanggal 16 Mei", "Sen., tanggal lalu, (Agt. 16)", "Mon., the the, (Sept. 16)", "Agt.", "Sept.",
    };

    private static readonly Gen<string> Articles = Gen.OneOfConst(Pool).Array[0, 24]
        .Select(words => string.Join(" ", words))
        .Array[1, 4]
        .Select(paragraphs => "---\ndate: 2022-05-20\n---\n\n" + string.Join("\n\n", paragraphs.Where(p => p.Trim().Length > 0).DefaultIfEmpty("x")));

    [Theory]
    [InlineData("en")]
    [InlineData("id")]
    public void Skipping_to_numbers_finds_what_trying_every_token_finds(string language)
    {
        ShortcutEquivalence.AssertSameFindings(Articles, language, DateRecognizer.Instance, DateRecognizer.TryingEveryToken, found => found.Select(Describe), iter: 3000);
    }

    [Fact]
    public void A_date_with_the_longest_lead_is_found()
    {
        // Weekday, its full stop, a comma, two link words, a comma, a bracket, a month and its full stop: then the day.
        const string Text = "Rapat Sen., tanggal lalu, (Agt. 16) di sini. Lalu 1 2 3 4 5 6 7 8 9 10 11 12.";
        DateMention found = Assert.Single(DateRecognizer.Instance.Recognize(TestContexts.Create(Text, "id")));
        Assert.Equal("Sen", found.WeekdayText);
        Assert.Equal("Agt. 16", found.DateText);
    }

    private static string Describe(DateMention m) =>
        string.Format(CultureInfo.InvariantCulture, "{0}:{1}+{2} {3}-{4}-{5}..{6}-{7}-{8} wd{9}@{10} {11}", m.SourceSpan, m.DateText, m.WeekdayText, m.Year, m.Month, m.Day, m.EndYear, m.EndMonth, m.EndDay, m.Weekday, m.HasWeekday, m.YearInferred);
}
