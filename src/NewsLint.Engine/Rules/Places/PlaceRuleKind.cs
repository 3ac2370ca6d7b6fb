using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using NewsLint.Language;
using YamlDotNet.RepresentationModel;

namespace NewsLint.Rules.Places;

/// <summary><c>rules/places/*.yaml</c>: a list of places, each with an id, spellings and preferred forms per language.</summary>
public sealed class PlaceRuleKind : YamlRuleKind<IReadOnlyList<Place>, PlaceCatalog>
{
    public override string Folder => "places";

    protected override IReadOnlyList<Place>? Read(YamlMappingNode root, RuleFileReader reader)
    {
        reader.CheckKeys(root, "places");
        var places = ImmutableArray.CreateBuilder<Place>();
        var seen = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (YamlMappingNode entry in reader.Mappings(root, "places", required: true))
        {
            reader.CheckKeys(entry, "id", "kind", "names", "preferred");
            string? id = reader.String(entry, "id", required: true);
            ImmutableArray<string> names = reader.Strings(entry, "names", required: true);
            var preferred = ImmutableDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
            YamlMappingNode? preferredNode = reader.Mapping(entry, "preferred");
            if (preferredNode is not null)
            {
                foreach (KeyValuePair<YamlNode, YamlNode> pair in preferredNode.Children)
                {
                    if (pair.Key is YamlScalarNode language && pair.Value is YamlScalarNode name && !string.IsNullOrEmpty(name.Value))
                    {
                        preferred[language.Value!.ToLowerInvariant()] = name.Value!;
                    }
                    else
                    {
                        reader.Error(pair.Value, "'preferred' maps a language code to one spelling");
                    }
                }
            }

            if (id is null || names.IsEmpty)
            {
                continue;
            }

            if (seen.TryGetValue(id, out long firstLine))
            {
                // Within one file a repeated id is a mistake; across files a later id overrides (see Combine).
                reader.Error(reader.Node(entry, "id"), $"duplicate id '{id}': it is already defined on line {firstLine} of this file");
                continue;
            }

            seen[id] = entry.Start.Line;

            places.Add(new Place(id, reader.String(entry, "kind"), names.AddRange(preferred.Values), preferred.ToImmutable(), reader.File.Path, (int)entry.Start.Line));
        }

        return places.ToImmutable();
    }

    protected override PlaceCatalog Combine(IReadOnlyList<IReadOnlyList<Place>> parts)
    {
        // A later entry with the same id replaces the earlier one: that is how a newsroom overrides a default.
        ImmutableArray<Place> places = LaterWins.Combine(parts, place => place.Id, StringComparer.Ordinal);
        var byName = ImmutableDictionary.CreateBuilder<string, Place>(StringComparer.Ordinal);
        int maxWords = 1;
        foreach (Place place in places)
        {
            foreach (string name in place.Names)
            {
                byName[TextFolding.Fold(name)] = place;
                maxWords = Math.Max(maxWords, name.Split(' ').Length);
            }
        }

        return new PlaceCatalog(places, byName.ToImmutable()) { MaxNameWords = maxWords };
    }
}
