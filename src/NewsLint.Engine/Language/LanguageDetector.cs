using System;
using System.Collections.Generic;
using NewsLint.Markdown;
using NewsLint.Rules.Languages;

namespace NewsLint.Language;

/// <summary>Guesses an article's language by counting each pack's detection words in its first few thousand words.</summary>
public static class LanguageDetector
{
    private const int WordBudget = 2000;

    public static LanguagePack? Detect(ArticleDocument document, LanguageCatalog catalog)
    {
        var votes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (LanguagePack pack in catalog.Packs.Values)
        {
            foreach (string word in pack.DetectionWords)
            {
                // A word shared by two languages identifies neither.
                votes[word] = votes.ContainsKey(word) ? string.Empty : pack.Code;
            }
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        int words = 0;
        foreach (ProseBlock block in document.Blocks)
        {
            string text = block.Text;
            foreach (Token token in Tokenizer.Tokenize(text))
            {
                if (token.Kind != TokenKind.Word)
                {
                    continue;
                }

                if (votes.TryGetValue(token.GetText(text), out string? code) && code.Length > 0)
                {
                    counts[code] = counts.TryGetValue(code, out int n) ? n + 1 : 1;
                }

                if (++words >= WordBudget)
                {
                    return Best(counts, catalog);
                }
            }
        }

        return Best(counts, catalog);
    }

    private static LanguagePack? Best(Dictionary<string, int> counts, LanguageCatalog catalog)
    {
        string? best = null;
        int bestCount = 0;
        foreach (KeyValuePair<string, int> pair in counts)
        {
            if (pair.Value > bestCount || (pair.Value == bestCount && string.CompareOrdinal(pair.Key, best) < 0))
            {
                best = pair.Key;
                bestCount = pair.Value;
            }
        }

        return bestCount >= 1 ? catalog.Find(best) : null;
    }
}
