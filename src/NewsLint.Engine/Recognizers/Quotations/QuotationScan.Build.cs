using System.Collections.Immutable;
using NewsLint.Analysis;

namespace NewsLint.Recognizers.Quotations;

// Last: the drafts built into immutable quotations.
internal sealed partial class QuotationScan
{
    private QuotationSet Build()
    {
        ImmutableArray<Quotation>.Builder quotations = ScratchBuilder<Quotation>.Rent();
        for (int d = 0; d < _drafts.Count; d++)
        {
            Draft draft = _drafts[d];
            if (!draft.Closed)
            {
                continue;
            }

            ImmutableArray<QuotationPart> parts;
            if (draft.Parts.Count == 1)
            {
                // Most quotations: one part, its array made at once instead of through a builder.
                parts = ImmutableArray.Create(Built(draft.Parts[0]));
            }
            else
            {
                ImmutableArray<QuotationPart>.Builder builder = ImmutableArray.CreateBuilder<QuotationPart>(draft.Parts.Count);
                for (int p = 0; p < draft.Parts.Count; p++)
                {
                    PartDraft part = draft.Parts[p];
                    builder.Add(Built(part));
                }

                parts = builder.MoveToImmutable();
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
                parts,
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

    private static QuotationPart Built(PartDraft part) =>
        new(part.Block, part.OpenStart, part.OpenLength, part.ContentStart, part.ContentEnd - part.ContentStart, part.CloseStart, part.CloseLength);
}
