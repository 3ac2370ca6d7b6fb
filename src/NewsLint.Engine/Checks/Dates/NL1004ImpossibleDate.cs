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
            if (mention.IsValid)
            {
                continue;
            }

            // Report the end that is wrong; a year the text does not give is never assumed for 29 February.
            bool startWrong = !DateCalendar.IsValid(mention.YearInferred ? 0 : mention.Year, mention.Month, mention.Day);
            int year = startWrong ? mention.Year : mention.EndYear;
            int month = startWrong ? mention.Month : mention.EndMonth;
            int day = startWrong ? mention.Day : mention.EndDay;
            if (DateCalendar.IsValid(mention.YearInferred ? 0 : year, month, day))
            {
                continue;
            }

            string monthName = DateWording.Month(context, month);
            string days = DateCalendar.DaysIn(mention.YearInferred ? 0 : year, month).ToString(CultureInfo.InvariantCulture);
            string monthText = year > 0 && !mention.YearInferred ? monthName + " " + year.ToString(CultureInfo.InvariantCulture) : monthName;
            context.Report(Descriptor, mention.DateSourceSpan, mention.DateText, monthText, days);
        }
    }
}
