using NewsLint.Markdown;
using NewsLint.Rules.Canon;
using NewsLint.Text;

namespace NewsLint.Recognizers.Canon;

/// <summary>
/// A citation of an article: <c>Article 5 of the North Atlantic Treaty</c>, <c>Pasal 51 Piagam PBB</c>,
/// <c>pasal 4 aliansi tersebut</c> (the instrument named earlier in the article). Immutable.
/// </summary>
public sealed class Citation
{
    public Citation(ProseBlock block, int start, int length, string article, int? paragraph, CanonInstrument? instrument, bool instrumentNamed, bool inQuotation)
    {
        Block = block;
        Start = start;
        Length = length;
        Article = article;
        Paragraph = paragraph;
        Instrument = instrument;
        InstrumentNamed = instrumentNamed;
        InQuotation = inQuotation;
    }

    public ProseBlock Block { get; }

    /// <summary>Offset of the citation (article word through the last number) in the block's text.</summary>
    public int Start { get; }

    public int Length { get; }

    public int End => Start + Length;

    /// <summary>The article number as written.</summary>
    public string Article { get; }

    public int? Paragraph { get; }

    /// <summary>The instrument cited, named right after the number or, failing that, the one the article named last; null when unknown.</summary>
    public CanonInstrument? Instrument { get; }

    /// <summary>True when the instrument is named in the citation itself (<c>of the North Atlantic Treaty</c>).</summary>
    public bool InstrumentNamed { get; }

    /// <summary>True when the citation is part of quoted words.</summary>
    public bool InQuotation { get; }

    public string Text => Block.Text.Substring(Start, Length);

    public TextSpan SourceSpan => Block.ToSource(Start, Length);

    public override string ToString() => Instrument is null ? Text : $"{Text} [{Instrument.Id}{(InstrumentNamed ? string.Empty : ", earlier")}]";
}
