using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using YamlDotNet.RepresentationModel;

namespace NewsLint.Rules.Languages;

/// <summary><c>rules/languages/*.yaml</c>: one language pack per file; several files for one language extend it.</summary>
public sealed class LanguageRuleKind : YamlRuleKind<LanguagePack, LanguageCatalog>
{
    private static readonly string[] Keys = new[]
    {
        "language", "name", "detection", "abbreviations", "conjunctions", "months", "weekdays", "date-order",
        "quotation-marks", "attribution", "reduplication-exceptions",
    }.Concat(LanguageSection.All.Select(s => s.Key)).ToArray();

    public override string Folder => "languages";

    protected override LanguagePack? Read(YamlMappingNode root, RuleFileReader reader)
    {
        reader.CheckKeys(root, Keys);
        string? code = reader.String(root, "language", required: true);
        if (code is null)
        {
            return null;
        }

        string? order = reader.String(root, "date-order");
        if (order is not null && order != "dmy" && order != "mdy" && order != "ymd")
        {
            reader.Error(reader.Node(root, "date-order"), $"'date-order' must be dmy, mdy or ymd, not '{order}'");
            order = null;
        }

        var pairs = ImmutableArray<QuotePair>.Empty;
        QuotePair? house = null;
        YamlMappingNode? marks = reader.Mapping(root, "quotation-marks");
        if (marks is not null)
        {
            reader.CheckKeys(marks, "pairs", "house");
            var builder = ImmutableArray.CreateBuilder<QuotePair>();
            foreach (YamlMappingNode pair in reader.Mappings(marks, "pairs"))
            {
                QuotePair? read = ReadPair(pair, reader);
                if (read is not null)
                {
                    builder.Add(read);
                }
            }

            pairs = builder.ToImmutable();
            YamlMappingNode? houseNode = reader.Mapping(marks, "house");
            house = houseNode is null ? null : ReadPair(houseNode, reader);
        }

        var verbs = ImmutableArray<string>.Empty;
        var phrases = ImmutableArray<string>.Empty;
        var pronouns = ImmutableArray<string>.Empty;
        YamlMappingNode? attribution = reader.Mapping(root, "attribution");
        if (attribution is not null)
        {
            reader.CheckKeys(attribution, "verbs", "phrases", "pronouns");
            verbs = reader.Strings(attribution, "verbs");
            phrases = reader.Strings(attribution, "phrases");
            pronouns = reader.Strings(attribution, "pronouns");
        }

        return new LanguagePack(
            code.Trim().ToLowerInvariant(),
            reader.String(root, "name") ?? code,
            reader.Strings(root, "detection"),
            reader.Strings(root, "abbreviations"),
            reader.Strings(root, "conjunctions"),
            ReadNameTable(root, "months", 12, reader),
            ReadNameTable(root, "weekdays", 7, reader),
            order,
            pairs,
            house,
            verbs,
            phrases,
            pronouns,
            reader.Strings(root, "reduplication-exceptions"),
            ReadSections(root, reader));
    }

    private static ImmutableDictionary<Type, object> ReadSections(YamlMappingNode root, RuleFileReader reader)
    {
        var sections = ImmutableDictionary.CreateBuilder<Type, object>();
        foreach (LanguageSection section in LanguageSection.All)
        {
            YamlNode? node = reader.Node(root, section.Key);
            object? model = node is null ? null : section.Read(node, reader);
            if (model is not null)
            {
                sections[section.ModelType] = model;
            }
        }

        return sections.ToImmutable();
    }

    private static ImmutableDictionary<Type, object> MergeSections(ImmutableDictionary<Type, object> a, ImmutableDictionary<Type, object> b)
    {
        ImmutableDictionary<Type, object> merged = a;
        foreach (LanguageSection section in LanguageSection.All)
        {
            if (b.TryGetValue(section.ModelType, out object? later))
            {
                merged = merged.SetItem(section.ModelType, a.TryGetValue(section.ModelType, out object? earlier) ? section.Merge(earlier, later) : later);
            }
        }

        return merged;
    }

    protected override LanguageCatalog Combine(IReadOnlyList<LanguagePack> parts)
    {
        var packs = new Dictionary<string, LanguagePack>(StringComparer.Ordinal);
        foreach (LanguagePack part in parts)
        {
            packs[part.Code] = packs.TryGetValue(part.Code, out LanguagePack? earlier) ? Merge(earlier, part) : part;
        }

        return new LanguageCatalog(packs.ToImmutableDictionary(StringComparer.Ordinal));
    }

    /// <summary>A later file extends lists and overrides single values of an earlier one.</summary>
    private static LanguagePack Merge(LanguagePack a, LanguagePack b) => new(
        a.Code,
        b.Name != b.Code ? b.Name : a.Name,
        Union(a.DetectionWords, b.DetectionWords),
        Union(a.Abbreviations, b.Abbreviations),
        Union(a.Conjunctions, b.Conjunctions),
        MergeTable(a.Months, b.Months),
        MergeTable(a.Weekdays, b.Weekdays),
        b.DateOrder ?? a.DateOrder,
        a.QuotationMarks.AddRange(b.QuotationMarks),
        b.HouseQuotationMarks ?? a.HouseQuotationMarks,
        Union(a.AttributionVerbs, b.AttributionVerbs),
        Union(a.AttributionPhrases, b.AttributionPhrases),
        Union(a.SpeakerPronouns, b.SpeakerPronouns),
        Union(a.ReduplicationExceptions, b.ReduplicationExceptions),
        MergeSections(a.Sections, b.Sections));

    internal static ImmutableArray<string> Union(ImmutableArray<string> a, ImmutableArray<string> b)
    {
        if (b.IsEmpty)
        {
            return a;
        }

        var seen = new HashSet<string>(a, StringComparer.OrdinalIgnoreCase);
        var builder = a.ToBuilder();
        foreach (string item in b)
        {
            if (seen.Add(item))
            {
                builder.Add(item);
            }
        }

        return builder.ToImmutable();
    }

    private static ImmutableArray<ImmutableArray<string>> MergeTable(ImmutableArray<ImmutableArray<string>> a, ImmutableArray<ImmutableArray<string>> b)
    {
        if (a.IsEmpty)
        {
            return b;
        }

        if (b.IsEmpty)
        {
            return a;
        }

        var builder = ImmutableArray.CreateBuilder<ImmutableArray<string>>(a.Length);
        for (int i = 0; i < a.Length; i++)
        {
            builder.Add(Union(a[i], b[i]));
        }

        return builder.ToImmutable();
    }

    private static QuotePair? ReadPair(YamlMappingNode node, RuleFileReader reader)
    {
        reader.CheckKeys(node, "open", "close");
        string? open = reader.String(node, "open", required: true);
        string? close = reader.String(node, "close", required: true);
        return open is null || close is null ? null : new QuotePair(open, close);
    }

    /// <summary>A list of exactly <paramref name="count"/> entries, each a name or a list of names.</summary>
    private static ImmutableArray<ImmutableArray<string>> ReadNameTable(YamlMappingNode root, string key, int count, RuleFileReader reader)
    {
        YamlNode? node = reader.Node(root, key);
        if (node is null)
        {
            return ImmutableArray<ImmutableArray<string>>.Empty;
        }

        if (node is not YamlSequenceNode sequence || sequence.Children.Count != count)
        {
            reader.Error(node, $"'{key}' must be a list of exactly {count} entries, each a name or a list of names");
            return ImmutableArray<ImmutableArray<string>>.Empty;
        }

        var table = ImmutableArray.CreateBuilder<ImmutableArray<string>>(count);
        foreach (YamlNode entry in sequence)
        {
            ImmutableArray<string> names = reader.Strings(entry, key);
            if (names.IsEmpty)
            {
                reader.Error(entry, $"each entry of '{key}' needs at least one name");
                return ImmutableArray<ImmutableArray<string>>.Empty;
            }

            table.Add(names);
        }

        return table.ToImmutable();
    }
}
