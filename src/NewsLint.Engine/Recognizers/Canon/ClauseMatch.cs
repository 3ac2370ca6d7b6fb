using System.Collections.Immutable;
using NewsLint.Canon;
using NewsLint.Recognizers.Quotations;
using NewsLint.Text;

namespace NewsLint.Recognizers.Canon;

/// <summary>
/// The clause one quotation (or several consecutive ones that quote one clause in pieces) comes from, aligned word by
/// word; or, with no <see cref="Alignment"/>, a quotation attributed to an instrument none of whose clauses it matches.
/// Immutable.
/// </summary>
public sealed class ClauseMatch
{
    public ClauseMatch(ImmutableArray<Quotation> quotations, Citation? citation, ClauseAlignment? alignment, bool continuesPrevious)
    {
        Quotations = quotations;
        Citation = citation;
        Alignment = alignment;
        ContinuesPrevious = continuesPrevious;
    }

    /// <summary>One quotation, or the consecutive quotations that together quote the clause.</summary>
    public ImmutableArray<Quotation> Quotations { get; }

    /// <summary>The citation next to the quotation (or the one before it continues), if any.</summary>
    public Citation? Citation { get; }

    /// <summary>The alignment with the clause; null when the quotation matches no clause of the instrument it is attributed to.</summary>
    public ClauseAlignment? Alignment { get; }

    /// <summary>True when the quotation goes on quoting the clause the previous quotation quoted.</summary>
    public bool ContinuesPrevious { get; }

    /// <summary>From the first quotation's opening mark to the last one's closing mark.</summary>
    public TextSpan SourceSpan => TextSpan.Cover(Quotations[0].SourceSpan, Quotations[Quotations.Length - 1].SourceSpan);

    /// <summary>From the first quoted word to the last, marks excluded.</summary>
    public TextSpan ContentSourceSpan => TextSpan.Cover(Quotations[0].ContentSourceSpan, Quotations[Quotations.Length - 1].ContentSourceSpan);

    public override string ToString() => Alignment?.ToString() ?? "no clause of " + Citation?.Instrument?.Id;
}
