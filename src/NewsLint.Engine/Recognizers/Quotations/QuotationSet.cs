using System.Collections.Immutable;
using NewsLint.Markdown;
using NewsLint.Text;

namespace NewsLint.Recognizers.Quotations;

/// <summary>Everything the quotation recognizer found in one article. Immutable.</summary>
public sealed class QuotationSet
{
    public static readonly QuotationSet Empty = new(ImmutableArray<Quotation>.Empty, ImmutableArray<UnbalancedMark>.Empty);

    public QuotationSet(ImmutableArray<Quotation> quotations, ImmutableArray<UnbalancedMark> unbalancedMarks)
    {
        Quotations = quotations;
        UnbalancedMarks = unbalancedMarks;
    }

    /// <summary>Every quotation, nested ones included, in reading order of their opening marks.</summary>
    public ImmutableArray<Quotation> Quotations { get; }

    /// <summary>Marks that open and are never closed, or close and were never opened, in reading order.</summary>
    public ImmutableArray<UnbalancedMark> UnbalancedMarks { get; }
}

/// <summary>A quotation mark without its partner.</summary>
public sealed class UnbalancedMark
{
    public UnbalancedMark(ProseBlock block, int start, int length, bool isOpening)
    {
        Block = block;
        Start = start;
        Length = length;
        IsOpening = isOpening;
    }

    public ProseBlock Block { get; }

    /// <summary>Offset in the block's text.</summary>
    public int Start { get; }

    public int Length { get; }

    /// <summary>True for an opening mark never closed, false for a closing mark never opened.</summary>
    public bool IsOpening { get; }

    public string Mark => Block.Text.Substring(Start, Length);

    public TextSpan SourceSpan => Block.ToSource(Start, Length);
}
