
namespace NewsLint.Recognizers.Quotations;

internal sealed partial class QuotationScan
{
    /// <summary>A sentence outside quotations; a struct, as an article has dozens and they never leave the scan.</summary>
    private readonly struct Segment
    {
        public Segment(int start, int end, bool hasQuotation, bool endsWithColon, Attribution? attribution = null)
        {
            Start = start;
            End = end;
            HasQuotation = hasQuotation;
            EndsWithColon = endsWithColon;
            Attribution = attribution;
        }

        public int Start { get; }

        public int End { get; }

        /// <summary>Whether a top-level quotation that is speech (not a term) stands in the sentence.</summary>
        public bool HasQuotation { get; }

        public bool EndsWithColon { get; }

        /// <summary>The attribution of a quotation of this sentence, for quotations next to it.</summary>
        public Attribution? Attribution { get; }

        public Segment WithAttribution(Attribution attribution) => new(Start, End, HasQuotation, EndsWithColon, attribution);
    }
}
