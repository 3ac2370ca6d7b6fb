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
    public static CanonQuotation Of(Quotation quotation, ArticleContext context)
    {
        CanonQuotation? words = null;
        foreach (QuotationPart part in quotation.Parts)
        {
            if (Of(part, context.TokensOf(part.Block)) is not { } piece)
            {
                return new CanonQuotation(quotation.Text);
            }

            words = words is null ? piece : words.Then(piece);
        }

        return words ?? new CanonQuotation(quotation.Text);
    }

    /// <summary>The part's words, read in place from its block's tokens; null when a token crosses either edge of the part.</summary>
    private static CanonQuotation? Of(QuotationPart part, ImmutableArray<Token> tokens)
    {
        int start = part.ContentStart;
        int end = part.ContentEnd;
        int first = OffsetSearch.FirstAtOrAfter(tokens, start, StartOf);
        if (first > 0 && tokens[first - 1].End > start)
        {
            return null;
        }

        int count = 0;
        int k = first;
        for (; k < tokens.Length && tokens[k].Start < end; k++)
        {
            if (tokens[k].End > end)
            {
                return null;
            }

            count += tokens[k].Kind == TokenKind.Symbol ? 0 : 1;
        }

        return new CanonQuotation(part.Block.Text, tokens, first, k, count);
    }

    private static readonly System.Func<Token, int> StartOf = token => token.Start;
}
