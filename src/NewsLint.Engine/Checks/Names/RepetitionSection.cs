using NewsLint.Rules;
using NewsLint.Rules.Languages;
using YamlDotNet.RepresentationModel;

namespace NewsLint.Checks.Names;

/// <summary>
/// The <c>repetition:</c> key of a language pack: how the language writes a word said twice on purpose (NL4004).
/// <code>
/// repetition:
///   hyphenated-reduplication: true   # Indonesian "anak-anak": a doubled word without its hyphen gets that hint
/// </code>
/// </summary>
public sealed class RepetitionSection : LanguageSection<RepetitionWords>
{
    public override string Key => "repetition";

    protected override RepetitionWords? ReadSection(YamlNode node, RuleFileReader reader)
    {
        if (node is not YamlMappingNode map)
        {
            reader.Error(node, "'repetition' must be a mapping with the key hyphenated-reduplication");
            return null;
        }

        reader.CheckKeys(map, "hyphenated-reduplication");
        string? hyphenated = reader.String(map, "hyphenated-reduplication");
        if (hyphenated is not null && hyphenated != "true" && hyphenated != "false")
        {
            reader.Error(reader.Node(map, "hyphenated-reduplication"), "'hyphenated-reduplication' must be true or false");
            return null;
        }

        return new RepetitionWords(hyphenated == "true");
    }

    protected override RepetitionWords MergeSection(RepetitionWords earlier, RepetitionWords later) => later;
}

/// <summary>How one language writes a word repeated on purpose (see <see cref="RepetitionSection"/>).</summary>
public sealed record RepetitionWords(bool HyphenatedReduplication);
