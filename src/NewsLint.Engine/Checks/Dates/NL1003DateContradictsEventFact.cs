using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using NewsLint.Analysis;
using NewsLint.Diagnostics;
using NewsLint.Language;
using NewsLint.Recognizers.Dates;
using NewsLint.Rules.Facts;
using NewsLint.Rules.Places;

namespace NewsLint.Checks.Dates;

/// <summary>
/// NL1003: a sentence names an event from <c>rules/facts</c> and dates it near, but not on, the day it took place
/// ("pertemuan CSTO di Moskow … Senin, 17 Mei 2022" when the summit was on 16 May 2022).
/// </summary>
public sealed class NL1003DateContradictsEventFact : ArticleRule
{
    /// <summary>A date further than this from the event is taken for another event the sentence also mentions.</summary>
    public const int NearDays = 31;

    public static readonly RuleDescriptor Descriptor = new(
        id: "NL1003",
        title: "Date contradicts a known event",
        messageFormat: "{0} took place on {1} ({2}:{3}), not {4}",
        category: DateWording.Category,
        defaultSeverity: Severity.Warning,
        description: "The sentence names an event listed in rules/facts and gives it a date close to, but not on, the day the event took place.");

    private static readonly ConditionalWeakTable<PlaceCatalog, ConditionalWeakTable<FactCatalog, FactPlaces>> PlaceNamesCache = new();

    public override ImmutableArray<RuleDescriptor> Descriptors { get; } = ImmutableArray.Create(Descriptor);

    public override void Analyze(ArticleContext context)
    {
        ImmutableArray<DateMention> mentions = context.Get(DateRecognizer.Instance);
        ImmutableArray<EventFact> facts = context.Rules.Get<FactCatalog>().Events;
        if (mentions.IsEmpty || facts.IsEmpty)
        {
            return;
        }

        // The facts' place names depend on the rules alone: folded once per catalog pair, not per article.
        var placeCatalog = context.Rules.Get<PlaceCatalog>();
        ImmutableArray<ImmutableArray<string>> places = PlaceNamesCache.GetValue(placeCatalog, _ => new())
            .GetValue(context.Rules.Get<FactCatalog>(), factCatalog => new FactPlaces(PlaceNames(factCatalog.Events, placeCatalog))).Names;
        ImmutableArray<Sentence> sentences = context.Sentences;
        var inSentence = new List<DateMention>();
        int s = 0;
        int m = 0;
        while (m < mentions.Length)
        {
            // Mentions and sentences are both in reading order: walk them together.
            DateMention mention = mentions[m];
            while (s < sentences.Length && Before(sentences[s], mention))
            {
                s++;
            }

            inSentence.Clear();
            bool inOne = s < sentences.Length && Contains(sentences[s], mention);
            inSentence.Add(mention);
            m++;
            while (inOne && m < mentions.Length && Contains(sentences[s], mentions[m]))
            {
                inSentence.Add(mentions[m]);
                m++;
            }

            if (inOne)
            {
                Check(context, sentences[s], inSentence, facts, places);
            }
        }
    }

    private static void Check(ArticleContext context, Sentence sentence, List<DateMention> mentions, ImmutableArray<EventFact> facts, ImmutableArray<ImmutableArray<string>> places)
    {
        string? folded = null;
        string language = context.Language!.Code;
        for (int f = 0; f < facts.Length; f++)
        {
            EventFact fact = facts[f];
            ImmutableArray<ImmutableArray<string>> groups = fact.MatchFor(language);
            if (groups.IsEmpty || !AnyNear(mentions, fact))
            {
                // No date near the event: nothing to report, so the sentence need not be folded and searched.
                continue;
            }

            folded ??= TextFolding.Fold(sentence.Block.Text, sentence.Start, sentence.Length);
            if (!NamesAll(folded, groups) || (!places[f].IsEmpty && !NamesAny(folded, places[f])))
            {
                continue;
            }

            if (AnyOnTheDay(mentions, fact))
            {
                continue;
            }

            foreach (DateMention mention in mentions)
            {
                if (mention.Date is { } date && IsNear(date, fact))
                {
                    context.Report(
                        Descriptor,
                        mention.DateSourceSpan,
                        ImmutableDictionary<string, string>.Empty.Add("replacement", DateWording.Date(context, fact.Start)),
                        fact.NameFor(language),
                        When(context, fact),
                        fact.SourcePath,
                        fact.SourceLine.ToString(CultureInfo.InvariantCulture),
                        mention.DateText);
                }
            }
        }
    }

    private static string When(ArticleContext context, EventFact fact) =>
        fact.Start == fact.End
            ? DateWording.WeekdayAndDate(context, fact.Start)
            : DateWording.WeekdayAndDate(context, fact.Start) + " to " + DateWording.WeekdayAndDate(context, fact.End);

    private static bool AnyOnTheDay(List<DateMention> mentions, EventFact fact)
    {
        foreach (DateMention mention in mentions)
        {
            if (mention.Date is { } start && mention.EndDate is { } end && start <= fact.End && end >= fact.Start)
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyNear(List<DateMention> mentions, EventFact fact)
    {
        foreach (DateMention mention in mentions)
        {
            if (mention.Date is { } date && IsNear(date, fact))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Within <see cref="NearDays"/> of the event, or its day and month in another year.</summary>
    private static bool IsNear(DateTime date, EventFact fact) =>
        Math.Abs((date - fact.Start).TotalDays) <= NearDays
        || Math.Abs((date - fact.End).TotalDays) <= NearDays
        || (date.Month == fact.Start.Month && date.Day == fact.Start.Day);

    private static bool Before(Sentence sentence, DateMention mention) =>
        sentence.Block.Index < mention.Block.Index || (sentence.Block.Index == mention.Block.Index && sentence.End <= mention.Start);

    private static bool Contains(Sentence sentence, DateMention mention) =>
        sentence.Block.Index == mention.Block.Index && mention.Start >= sentence.Start && mention.Start < sentence.End;

    private static bool NamesAll(string folded, ImmutableArray<ImmutableArray<string>> groups)
    {
        foreach (ImmutableArray<string> group in groups)
        {
            if (!NamesAny(folded, group))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the folded sentence contains one of the folded words as whole words.</summary>
    private static bool NamesAny(string folded, ImmutableArray<string> words)
    {
        foreach (string word in words)
        {
            int at = folded.IndexOf(word, StringComparison.Ordinal);
            while (at >= 0)
            {
                int end = at + word.Length;
                if ((at == 0 || !char.IsLetterOrDigit(folded[at - 1])) && (end == folded.Length || !char.IsLetterOrDigit(folded[end])))
                {
                    return true;
                }

                at = folded.IndexOf(word, at + 1, StringComparison.Ordinal);
            }
        }

        return false;
    }

    private static Place? ById(PlaceCatalog catalog, string id)
    {
        foreach (Place place in catalog.Places)
        {
            if (string.Equals(place.Id, id, StringComparison.OrdinalIgnoreCase))
            {
                return place;
            }
        }

        return null;
    }

    /// <summary>For each fact, the folded spellings of its place (all of a known place's names), or empty.</summary>
    private static ImmutableArray<ImmutableArray<string>> PlaceNames(ImmutableArray<EventFact> facts, PlaceCatalog catalog)
    {
        var result = ImmutableArray.CreateBuilder<ImmutableArray<string>>(facts.Length);
        foreach (EventFact fact in facts)
        {
            if (fact.Place is null)
            {
                result.Add(ImmutableArray<string>.Empty);
                continue;
            }

            Place? place = catalog.Find(fact.Place) ?? ById(catalog, fact.Place);
            if (place is null)
            {
                result.Add(ImmutableArray.Create(TextFolding.Fold(fact.Place)));
                continue;
            }

            var names = ImmutableArray.CreateBuilder<string>(place.Names.Length);
            foreach (string name in place.Names)
            {
                names.Add(TextFolding.Fold(name));
            }

            result.Add(names.ToImmutable());
        }

        return result.ToImmutable();
    }

    /// <summary>For each fact of a catalog, the folded spellings of its place (see <see cref="PlaceNames"/>).</summary>
    private sealed class FactPlaces
    {
        public FactPlaces(ImmutableArray<ImmutableArray<string>> names) => Names = names;

        public ImmutableArray<ImmutableArray<string>> Names { get; }
    }
}
