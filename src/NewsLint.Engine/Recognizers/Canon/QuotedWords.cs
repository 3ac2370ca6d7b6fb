using System.Collections.Immutable;
using NewsLint.Analysis;
using NewsLint.Canon;
using NewsLint.Language;
using NewsLint.Recognizers.Quotations;

namespace NewsLint.Recognizers.Canon;

/// <summary>
/// A quotation's words for the clause index, read from the tokens its blocks already have instead of tokenizing its text
/// again. The tokenizer keeps no state between tokens, so the block's tokens inside a quoted part are the part's own
/// tokens unless one of them runs across the part's start or end; and the parts are joined by a line feed, which ends
/// any token. Only then is the text tokenized.
/// </summary>
internal static class QuotedWords
{
    /// <remarks>
    /// The quotation's <see cref="Quotation.WordCount"/> is the number of words and numbers among its parts' tokens (the
    /// scan counts them so), which are its words whenever no token crosses a part's edge: then a one-part quotation's
    /// words are found by two binary searches, without reading its tokens, and the last part of several gets the words
    /// the others leave.
    /// </remarks>
    public static CanonQuotation Of(Quotation quotation, ArticleContext context)
    {
        CanonQuotation? words = null;
        int left = quotation.WordCount;
        for (int p = 0; p < quotation.Parts.Length; p++)
        {
            QuotationPart part = quotation.Parts[p];
            if (Of(part, context.TokensOf(part.Block), p == quotation.Parts.Length - 1 ? left : -1) is not { } piece)
            {
                return new CanonQuotation(quotation.Text);
            }

            left -= piece.Count;
            words = words is null ? piece : words.Then(piece);
        }

        return words ?? new CanonQuotation(quotation.Text);
    }

    /// <summary>
    /// The part's words, read in place from its block's tokens; null when a token crosses either edge of the part.
    /// <paramref name="count"/>: how many words they are, when known (else -1: they are counted).
    /// </summary>
    private static CanonQuotation? Of(QuotationPart part, ImmutableArray<Token> tokens, int count)
    {
        int start = part.ContentStart;
        int end = part.ContentEnd;
        int first = OffsetSearch.FirstTokenAtOrAfter(tokens.AsSpan(), start, 0, tokens.Length);
        if (first > 0 && tokens[first - 1].End > start)
        {
            return null;
        }

        // The tokens are in order and do not overlap: of those starting before the end, only the last can cross it.
        int after = OffsetSearch.FirstTokenAtOrAfter(tokens.AsSpan(), end, first, tokens.Length);
        if (after > first && tokens[after - 1].End > end)
        {
            return null;
        }

        if (count < 0)
        {
            count = 0;
            for (int k = first; k < after; k++)
            {
                count += tokens[k].Kind == TokenKind.Symbol ? 0 : 1;
            }
        }

        return new CanonQuotation(part.Block.Text, tokens, first, after, count);
    }
}
