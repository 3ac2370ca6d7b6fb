using System.Collections.Immutable;
using NewsLint.Analysis;

namespace NewsLint.Recognizers.Quotations;

// Last: the drafts built into immutable quotations.
internal sealed partial class QuotationScan
{
    private QuotationSet Build()
    {
        ImmutableArray<Quotation>.Builder quotations = ScratchBuilder<Quotation>.Rent();
        foreach (Draft draft in _drafts)
        {
            if (!draft.Closed)
            {
                continue;
            }

            var parts = ImmutableArray.CreateBuilder<QuotationPart>(draft.Parts.Count);
            foreach (PartDraft part in draft.Parts)
            {
                parts.Add(new QuotationPart(part.Block, part.OpenStart, part.OpenLength, part.ContentStart, part.ContentEnd - part.ContentStart, part.CloseStart, part.CloseLength));
            }

            if (!draft.IsTopLevel && draft.WordCount == 0)
            {
                CountWords(draft);
            }

            // The text is joined from the parts when asked for (Quotation.Text).
            draft.Built = new Quotation(
                quotations.Count,
                draft.Kind,
                draft.Pair,
                parts.MoveToImmutable(),
                draft.WordCount,
                draft.IsTitle,
                draft.EffectiveParent?.Built,
                draft.Attribution);
            quotations.Add(draft.Built);
        }

        _unbalanced.Sort((a, b) =>
        {
            int byBlock = a.Block.Index.CompareTo(b.Block.Index);
            return byBlock != 0 ? byBlock : a.Start.CompareTo(b.Start);
        });
        return new QuotationSet(ScratchBuilder<Quotation>.ToImmutableAndReturn(quotations), _unbalanced.ToImmutableArray());
    }
}
