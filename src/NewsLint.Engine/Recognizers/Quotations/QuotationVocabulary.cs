using System.Collections.Immutable;
using NewsLint.Rules;
using NewsLint.Rules.Languages;
using YamlDotNet.RepresentationModel;

namespace NewsLint.Recognizers.Quotations;

/// <summary>
/// The <c>quotations:</c> section of a language pack: vocabulary the quotation recognizer needs beyond the pack's
/// <c>quotation-marks</c> and <c>attribution</c> keys.
/// </summary>
public sealed class QuotationVocabulary
{
    public static readonly QuotationVocabulary Empty = new(
        ImmutableArray<string>.Empty,
        ImmutableArray<string>.Empty,
        ImmutableArray<string>.Empty,
        ImmutableArray<string>.Empty,
        ImmutableArray<string>.Empty,
        ImmutableArray<string>.Empty,
        ImmutableArray<string>.Empty);

    public QuotationVocabulary(
        ImmutableArray<string> apostrophes,
        ImmutableArray<string> verbs,
        ImmutableArray<string> speakerSuffixes,
        ImmutableArray<string> speakerNouns,
        ImmutableArray<string> speakerStops,
        ImmutableArray<string> titleCues,
        ImmutableArray<string> signatureDashes)
    {
        Apostrophes = apostrophes;
        Verbs = verbs;
        SpeakerSuffixes = speakerSuffixes;
        SpeakerNouns = speakerNouns;
        SpeakerStops = speakerStops;
        TitleCues = titleCues;
        SignatureDashes = signatureDashes;
    }

    /// <summary>Characters that are apostrophes inside or before a word (<c>Russia’s</c>, <c>’90s</c>), never marks there.</summary>
    public ImmutableArray<string> Apostrophes { get; }

    /// <summary>More attribution verbs, added to <c>attribution.verbs</c> (passives such as <c>disampaikan</c>).</summary>
    public ImmutableArray<string> Verbs { get; }

    /// <summary>Suffixes that make a verb name its speaker by pronoun (Indonesian <c>ungkap-nya</c>).</summary>
    public ImmutableArray<string> SpeakerSuffixes { get; }

    /// <summary>Nouns that name a speaker that is not a person: offices, media, reports, documents.</summary>
    public ImmutableArray<string> SpeakerNouns { get; }

    /// <summary>Words that end a speaker after its verb (<c>said Smith on Monday</c>, <c>tulis pasal 4 … sebagaimana</c>).</summary>
    public ImmutableArray<string> SpeakerStops { get; }

    /// <summary>Words before a quoted title of a work (<c>titled</c>, <c>berjudul</c>): such quotes need no speaker.</summary>
    public ImmutableArray<string> TitleCues { get; }

    /// <summary>Dashes that start a signature line closing a block quote (<c>— Author</c>).</summary>
    public ImmutableArray<string> SignatureDashes { get; }
}

/// <summary>Reads <see cref="QuotationVocabulary"/> from the <c>quotations:</c> key of <c>rules/languages/*.yaml</c>.</summary>
public sealed class QuotationSection : LanguageSection<QuotationVocabulary>
{
    private static readonly string[] Keys =
    {
        "apostrophes", "verbs", "speaker-suffixes", "speaker-nouns", "speaker-stops", "title-cues", "signature-dashes",
    };

    public override string Key => "quotations";

    protected override QuotationVocabulary? ReadSection(YamlNode node, RuleFileReader reader)
    {
        if (node is not YamlMappingNode map)
        {
            reader.Error(node, "'quotations' must be a mapping with keys: " + string.Join(", ", Keys));
            return null;
        }

        reader.CheckKeys(map, Keys);
        return new QuotationVocabulary(
            reader.Strings(map, "apostrophes"),
            reader.Strings(map, "verbs"),
            reader.Strings(map, "speaker-suffixes"),
            reader.Strings(map, "speaker-nouns"),
            reader.Strings(map, "speaker-stops"),
            reader.Strings(map, "title-cues"),
            reader.Strings(map, "signature-dashes"));
    }

    protected override QuotationVocabulary MergeSection(QuotationVocabulary earlier, QuotationVocabulary later) => new(
        LanguageRuleKind.Union(earlier.Apostrophes, later.Apostrophes),
        LanguageRuleKind.Union(earlier.Verbs, later.Verbs),
        LanguageRuleKind.Union(earlier.SpeakerSuffixes, later.SpeakerSuffixes),
        LanguageRuleKind.Union(earlier.SpeakerNouns, later.SpeakerNouns),
        LanguageRuleKind.Union(earlier.SpeakerStops, later.SpeakerStops),
        LanguageRuleKind.Union(earlier.TitleCues, later.TitleCues),
        LanguageRuleKind.Union(earlier.SignatureDashes, later.SignatureDashes));
}
