using System.Collections.Immutable;
using NewsLint.Rules;
using NewsLint.Rules.Languages;
using YamlDotNet.RepresentationModel;

namespace NewsLint.Recognizers.Dates;

/// <summary>
/// The <c>dates:</c> key of a language pack: the words around dates that month and weekday names do not cover.
/// <code>
/// dates:
///   links: [tanggal, lalu]        # may stand between a weekday and its date ("Senin tanggal 16 Mei")
///   weekday-markers: [hari]       # make a lower-case weekday count ("hari senin")
///   ordinal-suffixes: [st, nd, rd, th]
///   day-of: [of]                  # between an ordinal day and its month ("16th of May")
///   range-words: [to, until]      # join two days of a range, besides dashes ("16 to 17 May")
/// </code>
/// </summary>
public sealed class DatesSection : LanguageSection<DateWords>
{
    public override string Key => "dates";

    protected override DateWords? ReadSection(YamlNode node, RuleFileReader reader)
    {
        if (node is not YamlMappingNode map)
        {
            reader.Error(node, "'dates' must be a mapping of keys to lists of words");
            return null;
        }

        reader.CheckKeys(map, "links", "weekday-markers", "ordinal-suffixes", "day-of", "range-words");
        return new DateWords(
            reader.Strings(map, "links"),
            reader.Strings(map, "weekday-markers"),
            reader.Strings(map, "ordinal-suffixes"),
            reader.Strings(map, "day-of"),
            reader.Strings(map, "range-words"));
    }

    protected override DateWords MergeSection(DateWords earlier, DateWords later) => new(
        LanguageRuleKind.Union(earlier.Links, later.Links),
        LanguageRuleKind.Union(earlier.WeekdayMarkers, later.WeekdayMarkers),
        LanguageRuleKind.Union(earlier.OrdinalSuffixes, later.OrdinalSuffixes),
        LanguageRuleKind.Union(earlier.DayOf, later.DayOf),
        LanguageRuleKind.Union(earlier.RangeWords, later.RangeWords));
}

/// <summary>The date vocabulary of one language beyond month and weekday names (see <see cref="DatesSection"/>).</summary>
public sealed record DateWords(
    ImmutableArray<string> Links,
    ImmutableArray<string> WeekdayMarkers,
    ImmutableArray<string> OrdinalSuffixes,
    ImmutableArray<string> DayOf,
    ImmutableArray<string> RangeWords);
