using System;
using System.Collections.Immutable;
using NewsLint.Analysis;
using NewsLint.Diagnostics;
using NewsLint.Recognizers.Dates;

namespace NewsLint.Checks.Dates;

/// <summary>NL1001: the weekday tied to a date is not that date's weekday ("Senin, 17 Mei 2022" was a Tuesday).</summary>
public sealed class NL1001WeekdayContradictsDate : ArticleRule
{
    public static readonly RuleDescriptor Descriptor = new(
        id: "NL1001",
        title: "Weekday contradicts the date",
        messageFormat: "{0} was a {1}, not {2}{3}",
        category: DateWording.Category,
        defaultSeverity: Severity.Warning,
        description: "The weekday written with a date is not the weekday that date fell on. Either the weekday or the day of the month is wrong; the message names the nearby date that has the written weekday.");

    public override ImmutableArray<RuleDescriptor> Descriptors { get; } = ImmutableArray.Create(Descriptor);

    public override void Analyze(ArticleContext context)
    {
        foreach (DateMention mention in context.Get(DateRecognizer.Instance))
        {
            if (!mention.HasWeekday || mention.Date is not { } date)
            {
                continue;
            }

            int actual = DateCalendar.WeekdayIndex(date);
            if (actual == mention.Weekday)
            {
                continue;
            }

            // Seven consecutive days hold every weekday once: the written one is within three days either side.
            int shift = mention.Weekday - actual;
            if (shift > 3)
            {
                shift -= 7;
            }
            else if (shift < -3)
            {
                shift += 7;
            }

            string nearby = string.Empty;
            if (date > DateTime.MinValue.AddDays(3) && date < DateTime.MaxValue.AddDays(-3))
            {
                DateTime meant = date.AddDays(shift);
                nearby = "; " + DateWording.Date(context, meant) + " was a " + DateWording.Weekday(context, mention.Weekday);
            }

            var properties = ImmutableDictionary<string, string>.Empty.Add("replacement", DateWording.WeekdayName(context, actual));
            context.Report(
                Descriptor,
                mention.SourceSpan,
                properties,
                DateWording.Date(context, date),
                DateWording.Weekday(context, actual),
                mention.WeekdayText,
                nearby);
        }
    }
}
