using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using NewsLint.Analysis;
using NewsLint.Diagnostics;
using NewsLint.Recognizers.Dates;

namespace NewsLint.Checks.Dates;

/// <summary>NL1002: one date given different weekdays in one article ("Senin, 17 Mei 2022" … "Selasa, 17 Mei 2022").</summary>
public sealed class NL1002DateGivenDifferentWeekdays : ArticleRule
{
    public static readonly RuleDescriptor Descriptor = new(
        id: "NL1002",
        title: "One date given different weekdays",
        messageFormat: "{0} is called {1} here but {2} on line {3}; {0} was a {4}",
        category: DateWording.Category,
        defaultSeverity: Severity.Warning,
        description: "The article ties the same date to two different weekdays. At least one of them is wrong; the message says which weekday the date fell on.");

    public override ImmutableArray<RuleDescriptor> Descriptors { get; } = ImmutableArray.Create(Descriptor);

    /// <summary>Per-thread dictionary of <see cref="Analyze"/> (rules are shared by threads), emptied after each article.</summary>
    [ThreadStatic]
    private static Dictionary<DateTime, DateMention>? _first;

    public override void Analyze(ArticleContext context) =>
        ScratchDictionary.Use(ref _first, () => new Dictionary<DateTime, DateMention>(), context, Find);

    private static void Find(ArticleContext context, Dictionary<DateTime, DateMention> first)
    {
        foreach (DateMention mention in context.Get(DateRecognizer.Instance))
        {
            if (!mention.HasWeekday || mention.Date is not { } date)
            {
                continue;
            }

            if (!first.TryGetValue(date, out DateMention? earlier))
            {
                first[date] = mention;
                continue;
            }

            if (earlier.Weekday == mention.Weekday)
            {
                continue;
            }

            int line = context.Source.GetLineSpan(earlier.SourceSpan).Start.Line;
            context.Report(
                Descriptor,
                mention.SourceSpan,
                DateWording.Date(context, date),
                mention.WeekdayText,
                earlier.WeekdayText,
                line.ToString(CultureInfo.InvariantCulture),
                DateWording.Weekday(context, DateCalendar.WeekdayIndex(date)));
        }
    }
}
