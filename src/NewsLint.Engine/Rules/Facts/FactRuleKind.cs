using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using NewsLint.Language;
using YamlDotNet.RepresentationModel;

namespace NewsLint.Rules.Facts;

/// <summary>
/// <c>rules/facts/*.yaml</c>: events with known dates. See <c>docs/rules-facts.md</c>.
/// <code>
/// events:
///   - id: csto-summit-moscow-2022
///     names: { en: the CSTO summit in Moscow, id: KTT CSTO di Moskow }
///     match:
///       en: [[CSTO], [summit, meeting]]
///       id: [[CSTO], [KTT, pertemuan]]
///     place: moscow
///     date: 2022-05-16            # or a range: 2022-05-16/2022-05-17
///     source: https://…
/// </code>
/// </summary>
public sealed class FactRuleKind : YamlRuleKind<IReadOnlyList<EventFact>, FactCatalog>
{
    public override string Folder => "facts";

    protected override IReadOnlyList<EventFact>? Read(YamlMappingNode root, RuleFileReader reader)
    {
        reader.CheckKeys(root, "events");
        var events = ImmutableArray.CreateBuilder<EventFact>();
        foreach (YamlMappingNode entry in reader.Mappings(root, "events", required: true))
        {
            reader.CheckKeys(entry, "id", "names", "match", "place", "date", "source");
            string? id = reader.String(entry, "id", required: true);
            string? dateText = reader.String(entry, "date", required: true);
            ImmutableDictionary<string, string> names = ReadNames(entry, reader);
            ImmutableDictionary<string, ImmutableArray<ImmutableArray<string>>> match = ReadMatch(entry, reader);
            if (id is null || dateText is null)
            {
                continue;
            }

            YamlNode dateNode = reader.Node(entry, "date")!;
            if (!TryParseRange(dateText, out DateTime start, out DateTime end, out string? problem))
            {
                reader.Error(dateNode, problem!);
                continue;
            }

            if (match.IsEmpty)
            {
                reader.Error(entry, "'match' is required: without it no sentence can name the event");
                continue;
            }

            events.Add(new EventFact(id, names, match, reader.String(entry, "place"), start, end, reader.String(entry, "source"), reader.File.Path, (int)dateNode.Start.Line));
        }

        return events.ToImmutable();
    }

    protected override FactCatalog Combine(IReadOnlyList<IReadOnlyList<EventFact>> parts) =>
        new(LaterWins.Combine(parts, fact => fact.Id, StringComparer.Ordinal));

    /// <summary><c>2022-05-16</c> or <c>2022-05-16/2022-05-17</c>; the problem in words when it is neither or does not exist.</summary>
    public static bool TryParseRange(string text, out DateTime start, out DateTime end, out string? problem)
    {
        start = end = default;
        problem = null;
        string[] parts = text.Trim().Split('/');
        if (parts.Length > 2 || !TryParseDay(parts[0], out start, out problem) || (parts.Length == 2 && !TryParseDay(parts[1], out end, out problem)))
        {
            problem ??= $"'date' must be a day (2022-05-16) or a range of days (2022-05-16/2022-05-17), not '{text}'";
            return false;
        }

        if (parts.Length == 1)
        {
            end = start;
        }
        else if (end < start)
        {
            problem = $"the range '{text}' ends before it starts";
            return false;
        }

        return true;
    }

    private static bool TryParseDay(string text, out DateTime date, out string? problem)
    {
        date = default;
        problem = null;
        string[] fields = text.Trim().Split('-');
        if (fields.Length != 3 || fields[0].Length != 4 || fields[1].Length != 2 || fields[2].Length != 2
            || !int.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out int year)
            || !int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out int month)
            || !int.TryParse(fields[2], NumberStyles.None, CultureInfo.InvariantCulture, out int day)
            || year < 1)
        {
            return false;
        }

        if (month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            problem = $"'{text.Trim()}' is not a date that exists";
            return false;
        }

        date = new DateTime(year, month, day);
        return true;
    }

    private static ImmutableDictionary<string, string> ReadNames(YamlMappingNode entry, RuleFileReader reader)
    {
        var names = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        YamlMappingNode? node = reader.Mapping(entry, "names");
        if (node is null)
        {
            return names.ToImmutable();
        }

        foreach (KeyValuePair<YamlNode, YamlNode> pair in node.Children)
        {
            if (pair.Key is YamlScalarNode language && pair.Value is YamlScalarNode name && !string.IsNullOrWhiteSpace(name.Value))
            {
                names[language.Value!.ToLowerInvariant()] = name.Value!;
            }
            else
            {
                reader.Error(pair.Value, "'names' maps a language code to the event's name in that language");
            }
        }

        return names.ToImmutable();
    }

    private static ImmutableDictionary<string, ImmutableArray<ImmutableArray<string>>> ReadMatch(YamlMappingNode entry, RuleFileReader reader)
    {
        var match = ImmutableDictionary.CreateBuilder<string, ImmutableArray<ImmutableArray<string>>>(StringComparer.Ordinal);
        YamlMappingNode? node = reader.Mapping(entry, "match");
        if (node is null)
        {
            return match.ToImmutable();
        }

        foreach (KeyValuePair<YamlNode, YamlNode> pair in node.Children)
        {
            if (pair.Key is not YamlScalarNode language || pair.Value is not YamlSequenceNode groups || groups.Children.Count == 0)
            {
                reader.Error(pair.Value, "'match' maps a language code to a list of groups, each a list of words a sentence must use one of");
                continue;
            }

            var folded = ImmutableArray.CreateBuilder<ImmutableArray<string>>(groups.Children.Count);
            foreach (YamlNode group in groups)
            {
                ImmutableArray<string> words = reader.Strings(group, "match");
                if (words.IsEmpty)
                {
                    continue;
                }

                var builder = ImmutableArray.CreateBuilder<string>(words.Length);
                foreach (string word in words)
                {
                    builder.Add(TextFolding.Fold(word));
                }

                folded.Add(builder.ToImmutable());
            }

            if (folded.Count > 0)
            {
                match[language.Value!.ToLowerInvariant()] = folded.ToImmutable();
            }
        }

        return match.ToImmutable();
    }
}
