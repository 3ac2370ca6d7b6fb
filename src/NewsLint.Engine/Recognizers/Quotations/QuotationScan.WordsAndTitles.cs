using System.Collections.Immutable;
using NewsLint.Language;

namespace NewsLint.Recognizers.Quotations;

// Pass 3: a quotation's words, and whether it is a title, a term or speech.
internal sealed partial class QuotationScan
{
    private void CountWords(Draft draft)
    {
        int words = 0;
        for (int p = 0; p < draft.Parts.Count; p++)
        {
            PartDraft part = draft.Parts[p];
            ImmutableArray<Token> tokens = _info[part.Block.Index].Tokens;
            for (int t = LowerBound(tokens, part.ContentStart); t < tokens.Length && tokens[t].Start < part.ContentEnd; t++)
            {
                if (tokens[t].Kind != TokenKind.Symbol)
                {
                    words++;
                }
            }
        }

        draft.WordCount = words;
    }

    /// <summary>A title: after a cue word (<c>the film</c>, <c>berjudul</c>), or in title case without inner sentence punctuation.</summary>
    private bool IsTitle(Draft draft)
    {
        PartDraft first = draft.First;
        string text = first.Block.Text;
        int end = TrimEnd(text, first.OpenStart, 0);
        int start = end;
        while (start > 0 && Tokenizer.IsWordChar(text, start - 1))
        {
            start--;
        }

        if (start < end && _lexicon.TitleCues.Contains(text, start, end - start))
        {
            return true;
        }

        if (draft.Parts.Count != 1)
        {
            return false;
        }

        ImmutableArray<Token> tokens = _info[first.Block.Index].Tokens;
        int capitalized = 0;
        for (int t = LowerBound(tokens, first.ContentStart); t < tokens.Length && tokens[t].Start < first.ContentEnd; t++)
        {
            Token token = tokens[t];
            if (token.Kind == TokenKind.Symbol)
            {
                char c = text[token.Start];
                bool last = token.End >= TrimEnd(text, first.ContentEnd, first.ContentStart);
                if ((c == ',' || c == ';' || c == ':' || c == '.' || c == '!' || c == '?') && !last)
                {
                    return false;
                }

                continue;
            }

            if (token.Kind == TokenKind.Word && char.IsLower(text[token.Start]) && token.Length > 3)
            {
                return false;
            }

            if (char.IsUpper(text[token.Start]))
            {
                capitalized++;
            }
        }

        return capitalized >= 2;
    }

    private static bool EndsLikeClause(PartDraft part)
    {
        string text = part.Block.Text;
        int last = TrimEnd(text, part.ContentEnd, part.ContentStart);
        return last > part.ContentStart && (text[last - 1] == ',' || text[last - 1] == '.' || text[last - 1] == '!' || text[last - 1] == '?');
    }
}
