using System;
using NewsLint.Markdown;
using NewsLint.Text;

namespace NewsLint.Recognizers.Dates;

/// <summary>
/// One date as the article writes it: a day or a range of days, with the weekday the text ties to it (if any).
/// Offsets are into <see cref="Block"/>'s text; <see cref="SourceSpan"/> and friends map them to the source.
/// <see cref="Year"/> is 0 when the text gives none and none could be inferred.
/// </summary>
public sealed record DateMention(
    ProseBlock Block,
    int Start,
    int Length,
    int DateStart,
    int DateLength,
    int Year,
    int Month,
    int Day,
    int EndYear,
    int EndMonth,
    int EndDay,
    bool YearInferred,
    int Weekday,
    int WeekdayStart,
    int WeekdayLength)
{
    /// <summary>True when the text ties a weekday to the date; <see cref="Weekday"/> is then 0 (Monday) to 6.</summary>
    public bool HasWeekday => Weekday >= 0;

    public bool HasYear => Year > 0;

    public bool IsRange => EndYear != Year || EndMonth != Month || EndDay != Day;

    /// <summary>The date as written, weekday excluded.</summary>
    public string DateText => Block.Text.Substring(DateStart, DateLength);

    public string WeekdayText => HasWeekday ? Block.Text.Substring(WeekdayStart, WeekdayLength) : string.Empty;

    /// <summary>Weekday and date together (or the date alone), in the source.</summary>
    public TextSpan SourceSpan => Block.ToSource(Start, Length);

    public TextSpan DateSourceSpan => Block.ToSource(DateStart, DateLength);

    /// <summary>False for a day its month does not have (31 February); unknown years count February as 29 days.</summary>
    public bool IsValid => DateCalendar.IsValid(Year, Month, Day) && DateCalendar.IsValid(EndYear, EndMonth, EndDay);

    /// <summary>The first day, when the year is known and the date exists.</summary>
    public DateTime? Date => HasYear && IsValid ? new DateTime(Year, Month, Day) : null;

    /// <summary>The last day of a range (the day itself otherwise), when known and valid.</summary>
    public DateTime? EndDate => EndYear > 0 && IsValid ? new DateTime(EndYear, EndMonth, EndDay) : null;

    public override string ToString() => Block.Text.Substring(Start, Length);
}

/// <summary>Calendar arithmetic shared by the date recognizer, the date rules and the facts reader.</summary>
public static class DateCalendar
{
    /// <summary>Whether the day exists; with year 0 (unknown) February counts 29 days.</summary>
    public static bool IsValid(int year, int month, int day)
    {
        if (month < 1 || month > 12 || day < 1 || year < 0 || year > 9999)
        {
            return false;
        }

        return day <= DaysIn(year, month);
    }

    /// <summary>Days in a month; year 0 means unknown, so February has 29.</summary>
    public static int DaysIn(int year, int month) =>
        year == 0 && month == 2 ? 29 : DateTime.DaysInMonth(year == 0 ? 2000 : year, month);

    /// <summary>0 for Monday … 6 for Sunday, the order of <c>weekdays:</c> in language packs.</summary>
    public static int WeekdayIndex(DateTime date) => ((int)date.DayOfWeek + 6) % 7;
}
