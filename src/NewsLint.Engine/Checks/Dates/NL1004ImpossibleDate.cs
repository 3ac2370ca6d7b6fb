using System.Collections.Immutable;
using System.Globalization;
using NewsLint.Analysis;
using NewsLint.Diagnostics;
using NewsLint.Recognizers.Dates;

namespace NewsLint.Checks.Dates;

/// <summary>NL1004: a day its month does not have ("31 Februari 2022", "29 Feb 2023").</summary>
public sealed class NL1004ImpossibleDate : ArticleRule
{
    public static readonly RuleDescriptor Descriptor = new(
        id: "NL1004",
        title: "Date does not exist",
        messageFormat: "'{0}' does not exist: {1} has {2} days",
        category: DateWording.Category,
        defaultSeverity: Severity.Warning,
        description: "The day is past the end of its month (31 April, 30 February, 29 February outside a leap year).");

    public override ImmutableArray<RuleDescriptor> Descriptors { get; } = ImmutableArray.Create(Descriptor);

    public override void Analyze(ArticleContext context)
    {
        foreach (DateMention mention in context.Get(DateRecognizer.Instance))
        {
            // An inferred year is never held against 29 February: the text did not say which year.
            int year = mention.YearInferred ? 0 : mention.Year;
            int endYear = mention.YearInferred ? 0 : mention.EndYear;
            if (!DateCalendar.IsValid(year, mention.Month, mention.Day))
            {
                Report(context, mention, year, mention.Month);
            }
            else if (!DateCalendar.IsValid(endYear, mention.EndMonth, mention.EndDay))
            {
                Report(context, mention, endYear, mention.EndMonth);
            }
        }
    }

    private static void Report(ArticleContext context, DateMention mention, int year, int month)
    {
        string monthText = DateWording.Month(context, month);
        if (year > 0)
        {
            monthText += " " + year.ToString(CultureInfo.InvariantCulture);
        }

        string days = DateCalendar.DaysIn(year, month).ToString(CultureInfo.InvariantCulture);
        context.Report(Descriptor, mention.DateSourceSpan, mention.DateText, monthText, days);
    }
}
