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
            ImmutableArray<string> names = Findable(reader, entry, reader.Strings(entry, "names", required: true));
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

    /// <summary>
    /// The names NL4002 can find. It finds a name by its first word, so one that begins with a number or a symbol
    /// ("10 Downing Street", "'s-Hertogenbosch") would never be found: that is reported at the name, not kept silently.
    /// </summary>
    private static ImmutableArray<string> Findable(RuleFileReader reader, YamlMappingNode entry, ImmutableArray<string> names)
    {
        ImmutableArray<string>.Builder? kept = null;
        for (int i = 0; i < names.Length; i++)
        {
            ImmutableArray<Token> words = Tokenizer.Tokenize(TextFolding.Fold(names[i]));
            if (words.Length > 0 && words[0].Kind == TokenKind.Word)
            {
                kept?.Add(names[i]);
                continue;
            }

            if (kept is null)
            {
                kept = ImmutableArray.CreateBuilder<string>(names.Length);
                for (int k = 0; k < i; k++)
                {
                    kept.Add(names[k]);
                }
            }

            YamlNode? list = reader.Node(entry, "names");
            YamlNode? at = list is YamlSequenceNode sequence && i < sequence.Children.Count ? sequence.Children[i] : list;
            reader.Error(at, $"the name '{names[i]}' does not begin with a letter, so NL4002 would never find it (it finds a name by its first word)");
        }

        return kept?.ToImmutable() ?? names;
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
                maxWords = Math.Max(maxWords, NameWords.Of(TextFolding.Fold(name)).Length);
            }
        }

        return new PlaceCatalog(places, byName.ToImmutable()) { MaxNameWords = maxWords };
    }
}
