using NewsLint.Markdown;

namespace NewsLint.Recognizers.Quotations;

internal sealed partial class QuotationScan
{
    /// <summary>One paragraph of a quotation being found; reused from article to article (<see cref="Scratch.NewPart"/>).</summary>
    private sealed class PartDraft
    {
        public ProseBlock Block { get; private set; } = null!;

        public int OpenStart { get; private set; }

        public int OpenLength { get; private set; }

        public int ContentStart { get; private set; }

        public void Reset(ProseBlock block, int openStart, int openLength)
        {
            Block = block;
            OpenStart = openStart;
            OpenLength = openLength;
            ContentStart = openStart + openLength;
            ContentEnd = ContentStart;
            CloseStart = ContentStart;
            CloseLength = 0;
        }

        public int ContentEnd { get; set; }

        public int CloseStart { get; set; }

        public int CloseLength { get; set; }

        public int End => CloseStart + CloseLength;
    }
}
