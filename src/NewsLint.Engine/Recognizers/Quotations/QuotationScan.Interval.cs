using System;

namespace NewsLint.Recognizers.Quotations;

internal sealed partial class QuotationScan
{
    /// <summary>A top-level quotation's span in one block: the sentence split steps over it, and ends the sentence there when it ends with a stop.</summary>
    private readonly struct Interval
    {
        public Interval(PartDraft part, Draft draft)
        {
            Start = part.OpenStart;
            End = Math.Max(part.End, part.OpenStart + 1);
            Draft = draft;
            string text = part.Block.Text;
            int last = TrimEnd(text, part.ContentEnd, part.ContentStart);
            EndsSentence = (part.CloseLength > 0 || draft.Kind == QuotationKind.BlockQuote) && last > part.ContentStart
                && (text[last - 1] == '.' || text[last - 1] == '!' || text[last - 1] == '?' || text[last - 1] == '\u2026');
        }

        public int Start { get; }

        public int End { get; }

        public Draft Draft { get; }

        public bool EndsSentence { get; }
    }
}
