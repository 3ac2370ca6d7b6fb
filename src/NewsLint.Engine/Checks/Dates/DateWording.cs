using System;
using System.Collections.Immutable;
using System.Globalization;
using NewsLint.Analysis;
using NewsLint.Recognizers.Dates;
using NewsLint.Rules.Languages;

namespace NewsLint.Checks.Dates;

/// <summary>
/// How date rules word their messages: names from the article's language pack, with the English name in brackets
/// (from the <c>en</c> pack at the same index) when the article is in another language.
/// </summary>
internal static class DateWording
{
    public const string Category = "NewsLint.Dates";

    private const string English = "en";

    /// <summary><c>Selasa (Tuesday)</c> in an Indonesian article, <c>Tuesday</c> in an English one.</summary>
    public static string Weekday(ArticleContext context, int index)
    {
        string name = Name(context.Language!.Weekdays, index);
        string? english = EnglishPack(context) is { } en ? Name(en.Weekdays, index) : null;
        return english is null || string.Equals(english, name, StringComparison.OrdinalIgnoreCase) ? name : name + " (" + english + ")";
    }

    /// <summary><c>Februari (February)</c> in an Indonesian article, <c>February</c> in an English one; month 1 is the first.</summary>
    public static string Month(ArticleContext context, int month)
    {
        string name = Name(context.Language!.Months, month - 1);
        string? english = EnglishPack(context) is { } en ? Name(en.Months, month - 1) : null;
        return english is null || string.Equals(english, name, StringComparison.OrdinalIgnoreCase) ? name : name + " (" + english + ")";
    }

    /// <summary>The weekday's full name in the article's language.</summary>
    public static string WeekdayName(ArticleContext context, int index) => Name(context.Language!.Weekdays, index);

    /// <summary><c>16 Mei 2022</c> or <c>May 16, 2022</c>, in the language's date order, with the full month name.</summary>
    public static string Date(ArticleContext context, DateTime date)
    {
        LanguagePack pack = context.Language!;
        string month = Name(pack.Months, date.Month - 1);
        string day = date.Day.ToString(CultureInfo.InvariantCulture);
        string year = date.Year.ToString(CultureInfo.InvariantCulture);
        return pack.DateOrder == "mdy" ? month + " " + day + ", " + year : day + " " + month + " " + year;
    }

    /// <summary><c>Senin (Monday), 16 Mei 2022</c>.</summary>
    public static string WeekdayAndDate(ArticleContext context, DateTime date) =>
        Weekday(context, DateCalendar.WeekdayIndex(date)) + ", " + Date(context, date);

    private static LanguagePack? EnglishPack(ArticleContext context) =>
        context.Language!.Code == English ? null : context.Rules.Get<LanguageCatalog>().Find(English);

    private static string Name(ImmutableArray<ImmutableArray<string>> table, int index) =>
        index >= 0 && index < table.Length ? table[index][0] : string.Empty;
}
