using NewsLint.Markdown;
using NewsLint.Text;

namespace NewsLint.Recognizers.Quotations;

/// <summary>Where an attribution was found, relative to its quotation.</summary>
public enum AttributionPlacement
{
    /// <summary>In the quotation's own sentence, before or after it (<c>"…," she said</c>, <c>‘’…’’ tambah laporan tersebut</c>).</summary>
    SameSentence,

    /// <summary>In the sentence just before it, which quotes nothing itself.</summary>
    PrecedingSentence,

    /// <summary>In the sentence just after it, which quotes nothing itself (<c>"…" That was how Smith put it.</c>).</summary>
    FollowingSentence,

    /// <summary>In an introducing sentence that ends with a colon (<c>The minister said:</c>).</summary>
    IntroducingColon,

    /// <summary>A signature line closing a block quote (<c>— Author</c>).</summary>
    Signature,
}

/// <summary>What kind of speaker an attribution names.</summary>
public enum SpeakerKind
{
    /// <summary>No speaker words next to the verb (e.g. only an introducing colon).</summary>
    None,

    /// <summary>A name (<c>Zhu Yongbiao</c>, <c>Sputnik</c>).</summary>
    Name,

    /// <summary>A pronoun (<c>he</c>, <c>dia</c>); <see cref="Attribution.ResolvedSpeaker"/> is the last named speaker.</summary>
    Pronoun,

    /// <summary>A speaker suffix on the verb (Indonesian <c>ungkapnya</c>); resolved to the last named speaker.</summary>
    Suffix,

    /// <summary>An office, medium, report or document (<c>the ministry</c>, <c>laporan tersebut</c>, <c>pasal 4</c>).</summary>
    Other,
}

/// <summary>
/// Who a quotation is attributed to: the verb or phrase (<see cref="Cue"/>), the speaker words next to it, and the whole
/// attribution as written (<see cref="Text"/>, e.g. <c>tulis pasal 4 aliansi tersebut</c>). Immutable.
/// </summary>
public sealed class Attribution
{
    public Attribution(
        AttributionPlacement placement,
        ProseBlock block,
        int start,
        int length,
        string text,
        string cue,
        string speaker,
        SpeakerKind speakerKind,
        string? resolvedSpeaker)
    {
        Placement = placement;
        Block = block;
        Start = start;
        Length = length;
        _text = text;
        _cue = cue;
        _speaker = speaker;
        SpeakerKind = speakerKind;
        ResolvedSpeaker = resolvedSpeaker;
    }

    /// <summary>
    /// An attribution whose cue and speaker are ranges of the block's text, cut out only when read: the engine's rules
    /// read none of the three texts, so most attributions never make them.
    /// </summary>
    internal Attribution(AttributionPlacement placement, ProseBlock block, int start, int length, int cueStart, int cueLength, int speakerStart, int speakerLength, SpeakerKind speakerKind, string? resolvedSpeaker)
    {
        Placement = placement;
        Block = block;
        Start = start;
        Length = length;
        _cueStart = cueStart;
        _cueLength = cueLength;
        _speakerStart = speakerStart;
        _speakerLength = speakerLength;
        SpeakerKind = speakerKind;
        ResolvedSpeaker = resolvedSpeaker;
    }

    // Set by the public constructor, or cut out of the block's text on first read (the same string either way).
    private readonly int _cueStart;
    private readonly int _cueLength;
    private readonly int _speakerStart;
    private readonly int _speakerLength;
    private string? _text;
    private string? _cue;
    private string? _speaker;

    public AttributionPlacement Placement { get; }

    /// <summary>The block the attribution words are in.</summary>
    public ProseBlock Block { get; }

    /// <summary>Offset of the attribution in the block's text.</summary>
    public int Start { get; }

    public int Length { get; }

    /// <summary>The verb or phrase with its speaker, as written (<c>mengutip laporan dari Sputnik</c>).</summary>
    public string Text => _text ??= Block.Text.Substring(Start, Length);

    /// <summary>The attribution verb or phrase (<c>said</c>, <c>menurut</c>, <c>ungkapnya</c>), or <c>:</c> for a bare colon.</summary>
    public string Cue => _cue ??= Block.Text.Substring(_cueStart, _cueLength);

    /// <summary>The speaker words as written (<c>laporan tersebut</c>, <c>he</c>); empty for a suffix or a bare colon.</summary>
    public string Speaker => _speaker ??= Block.Text.Substring(_speakerStart, _speakerLength);

    public SpeakerKind SpeakerKind { get; }

    /// <summary>For a pronoun or suffix, the last named speaker before it (<c>ungkapnya</c> → <c>Zhu Yongbiao</c>); else null.</summary>
    public string? ResolvedSpeaker { get; }

    public TextSpan SourceSpan => Block.ToSource(Start, Length);

    /// <summary>The same attribution found for a quotation next to its own (texts not cut out if they were not yet).</summary>
    internal Attribution WithPlacement(AttributionPlacement placement) =>
        _text is null && _cue is null && _speaker is null
            ? new Attribution(placement, Block, Start, Length, _cueStart, _cueLength, _speakerStart, _speakerLength, SpeakerKind, ResolvedSpeaker)
            : new Attribution(placement, Block, Start, Length, Text, Cue, Speaker, SpeakerKind, ResolvedSpeaker);

    public override string ToString() => ResolvedSpeaker is null ? $"{Placement}: {Text}" : $"{Placement}: {Text} ({ResolvedSpeaker})";
}
