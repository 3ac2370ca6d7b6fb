using System;
using NewsLint.Markdown;

namespace NewsLint.Recognizers.Quotations;

// Pass 2: Markdown block quotes without marks of their own become quotations.
internal sealed partial class QuotationScan
{
    private void AddBlockQuotes()
    {
        bool[] hasInline = _scratch.Flags(_blocks.Length);
        int passOne = _drafts.Count;
        for (int d = 0; d < _drafts.Count; d++)
        {
            Draft draft = _drafts[d];
            if (draft.IsTopLevel)
            {
                for (int p = 0; p < draft.Parts.Count; p++)
                {
                    PartDraft part = draft.Parts[p];
                    hasInline[part.Block.Index] = true;
                }
            }
        }

        int b = 0;
        while (b < _blocks.Length)
        {
            if (_blocks[b].QuoteDepth == 0)
            {
                b++;
                continue;
            }

            int end = b;
            bool inline = false;
            while (end < _blocks.Length && _blocks[end].QuoteDepth > 0)
            {
                inline |= hasInline[end];
                end++;
            }

            if (!inline)
            {
                Draft draft = _scratch.NewDraft(QuotationKind.BlockQuote, string.Empty, null, _drafts.Count);
                draft.Closed = true;
                for (int k = b; k < end; k++)
                {
                    ProseBlock block = _blocks[k];
                    if (k == end - 1 && k > b && StartsWithDash(block.Text, SkipSpace(block.Text, 0)) > 0)
                    {
                        draft.SignatureBlock = block;
                        break;
                    }

                    int start = SkipSpace(block.Text, 0);
                    PartDraft part = _scratch.NewPart(block, start, 0);
                    part.ContentEnd = TrimEnd(block.Text, block.Text.Length, start);
                    part.CloseStart = part.ContentEnd;
                    draft.Parts.Add(part);
                }

                if (draft.Parts.Count > 0)
                {
                    _drafts.Add(draft);
                }
            }

            b = end;
        }

        Array.Clear(hasInline, 0, _blocks.Length);
        if (_drafts.Count > passOne)
        {
            _drafts.Sort((x, y) =>
            {
                int byBlock = x.First.Block.Index.CompareTo(y.First.Block.Index);
                return byBlock != 0 ? byBlock : x.First.OpenStart != y.First.OpenStart ? x.First.OpenStart.CompareTo(y.First.OpenStart) : x.Order.CompareTo(y.Order);
            });
        }
    }

    private int StartsWithDash(string text, int at)
    {
        foreach (string dash in _lexicon.SignatureDashes)
        {
            if (at + dash.Length <= text.Length && string.CompareOrdinal(text, at, dash, 0, dash.Length) == 0)
            {
                return dash.Length;
            }
        }

        return 0;
    }
}
