using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using NewsLint.Analysis;
using NewsLint.Canon;
using NewsLint.Language;
using NewsLint.Markdown;
using NewsLint.Recognizers.Quotations;
using NewsLint.Rules.Canon;

namespace NewsLint.Recognizers.Canon;

/// <summary>
/// Finds citations of articles in one pass over the article's words: an article word of the language's
/// <c>canon.article-words</c> (<c>Article</c>, <c>Pasal</c>), a number, optionally a paragraph word and number, and an
/// instrument's name or alias from <c>rules/canon</c> within the next few words. Without a name, the citation refers to
/// the instrument the article named last (<c>pasal 4 aliansi tersebut</c>).
/// </summary>
public sealed class CitationRecognizer : Recognizer<ImmutableArray<Citation>>
{
    /// <summary>How many words after the number the instrument's name may start (<c>of the</c>, <c>dari</c>).</summary>
    public const int NameWindow = 4;

    public static readonly CitationRecognizer Instance = new();

    private static readonly ConditionalWeakTable<CanonCatalog, Dictionary<string, List<(string[] Words, CanonInstrument Instrument)>>> AliasCache = new();

    public override ImmutableArray<Citation> Recognize(ArticleContext context)
    {
        CanonVocabulary? vocabulary = context.Language?.Section<CanonVocabulary>();
        CanonCatalog catalog = context.Rules.Get<CanonCatalog>();
        if (vocabulary is null || vocabulary.ArticleWords.IsEmpty || catalog.Instruments.IsEmpty)
        {
            return ImmutableArray<Citation>.Empty;
        }

        var articleWords = Folded(vocabulary.ArticleWords);
        var paragraphWords = Folded(vocabulary.ParagraphWords);
        Dictionary<string, List<(string[] Words, CanonInstrument Instrument)>> aliases = AliasCache.GetValue(catalog, Aliases);
        Dictionary<int, List<QuotationPart>> quoted = QuotedParts(context.Get(QuotationRecognizer.Instance));
        var result = ImmutableArray.CreateBuilder<Citation>();
        CanonInstrument? lastNamed = null;
        foreach (ProseBlock block in context.Document.Blocks)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            List<Word> words = Words(block, context.TokensOf(block));
            for (int i = 0; i < words.Count; i++)
            {
                if (articleWords.Contains(words[i].Folded) && i + 1 < words.Count && words[i + 1].IsNumber)
                {
                    int last = i + 1;
                    int? paragraph = null;
                    if (last + 2 < words.Count && paragraphWords.Contains(words[last + 1].Folded) && words[last + 2].IsNumber
                        && int.TryParse(words[last + 2].Text, out int p))
                    {
                        paragraph = p;
                        last += 2;
                    }

                    CanonInstrument? named = null;
                    for (int k = last + 1; k <= last + NameWindow && k < words.Count && named is null; k++)
                    {
                        named = AliasAt(words, k, aliases, out _);
                    }

                    int start = words[i].Start;
                    result.Add(new Citation(block, start, words[last].End - start, words[i + 1].Text, paragraph, named ?? lastNamed, named is not null, InQuotation(quoted, block, start)));
                }

                CanonInstrument? here = AliasAt(words, i, aliases, out int length);
                if (here is not null)
                {
                    lastNamed = here;
                    i += length - 1;
                }
            }
        }

        return result.ToImmutable();
    }

    private static HashSet<string> Folded(ImmutableArray<string> words)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        foreach (string word in words)
        {
            set.Add(TextFolding.Fold(word));
        }

        return set;
    }

    /// <summary>Every name of every instrument, in any language, by its first folded word.</summary>
    private static Dictionary<string, List<(string[] Words, CanonInstrument Instrument)>> Aliases(CanonCatalog catalog)
    {
        var aliases = new Dictionary<string, List<(string[], CanonInstrument)>>(StringComparer.Ordinal);
        foreach (CanonInstrument instrument in catalog.Instruments.Values)
        {
            foreach (ImmutableArray<string> names in instrument.Names.Values)
            {
                foreach (string name in names)
                {
                    ImmutableArray<string> words = CanonText.FoldedWords(name);
                    if (words.IsEmpty)
                    {
                        continue;
                    }

                    if (!aliases.TryGetValue(words[0], out List<(string[], CanonInstrument)>? list))
                    {
                        aliases[words[0]] = list = new List<(string[], CanonInstrument)>();
                    }

                    list.Add((words.ToArray(), instrument));
                }
            }
        }

        foreach (List<(string[] Words, CanonInstrument Instrument)> list in aliases.Values)
        {
            list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        }

        return aliases;
    }

    private static CanonInstrument? AliasAt(List<Word> words, int at, Dictionary<string, List<(string[] Words, CanonInstrument Instrument)>> aliases, out int length)
    {
        length = 0;
        if (!aliases.TryGetValue(words[at].Folded, out List<(string[] Words, CanonInstrument Instrument)>? candidates))
        {
            return null;
        }

        foreach ((string[] alias, CanonInstrument instrument) in candidates)
        {
            if (at + alias.Length > words.Count)
            {
                continue;
            }

            bool all = true;
            for (int k = 1; k < alias.Length && all; k++)
            {
                all = words[at + k].Folded == alias[k];
            }

            if (all)
            {
                length = alias.Length;
                return instrument;
            }
        }

        return null;
    }

    /// <summary>The quoted parts of each block, by block index.</summary>
    private static Dictionary<int, List<QuotationPart>> QuotedParts(QuotationSet quotations)
    {
        var parts = new Dictionary<int, List<QuotationPart>>();
        foreach (Quotation quotation in quotations.Quotations)
        {
            foreach (QuotationPart part in quotation.Parts)
            {
                if (!parts.TryGetValue(part.Block.Index, out List<QuotationPart>? list))
                {
                    parts[part.Block.Index] = list = new List<QuotationPart>();
                }

                list.Add(part);
            }
        }

        return parts;
    }

    private static bool InQuotation(Dictionary<int, List<QuotationPart>> quoted, ProseBlock block, int offset)
    {
        if (quoted.TryGetValue(block.Index, out List<QuotationPart>? parts))
        {
            foreach (QuotationPart part in parts)
            {
                if (offset >= part.ContentStart && offset < part.ContentEnd)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static List<Word> Words(ProseBlock block, ImmutableArray<Token> tokens)
    {
        var words = new List<Word>(tokens.Length);
        foreach (Token token in tokens)
        {
            if (token.Kind != TokenKind.Symbol)
            {
                string text = token.GetText(block.Text);
                words.Add(new Word(text, TextFolding.Fold(text), token.Start, token.End, token.Kind == TokenKind.Number));
            }
        }

        return words;
    }

    private readonly struct Word
    {
        public Word(string text, string folded, int start, int end, bool isNumber)
        {
            Text = text;
            Folded = folded;
            Start = start;
            End = end;
            IsNumber = isNumber;
        }

        public string Text { get; }

        public string Folded { get; }

        public int Start { get; }

        public int End { get; }

        public bool IsNumber { get; }
    }
}
