using System.Collections.Immutable;
using System.Text;

namespace NewsLint.Recognizers.Quotations;

// Last: the drafts built into immutable quotations.
internal sealed partial class QuotationScan
{
    private QuotationSet Build()
    {
        var quotations = ImmutableArray.CreateBuilder<Quotation>();
        StringBuilder text = _scratch.Text;
        foreach (Draft draft in _drafts)
        {
            if (!draft.Closed)
            {
                continue;
            }

            var parts = ImmutableArray.CreateBuilder<QuotationPart>(draft.Parts.Count);
            text.Clear();
            foreach (PartDraft part in draft.Parts)
            {
                parts.Add(new QuotationPart(part.Block, part.OpenStart, part.OpenLength, part.ContentStart, part.ContentEnd - part.ContentStart, part.CloseStart, part.CloseLength));
                if (text.Length > 0)
                {
                    text.Append('\n');
                }

                text.Append(part.Block.Text, part.ContentStart, part.ContentEnd - part.ContentStart);
            }

            if (!draft.IsTopLevel && draft.WordCount == 0)
            {
                CountWords(draft);
            }

            draft.Built = new Quotation(
                quotations.Count,
                draft.Kind,
                draft.Pair,
                parts.MoveToImmutable(),
                text.ToString(),
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
        return new QuotationSet(quotations.ToImmutable(), _unbalanced.ToImmutableArray());
    }
}
