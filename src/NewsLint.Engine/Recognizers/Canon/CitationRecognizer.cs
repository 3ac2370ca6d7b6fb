using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.CompilerServices;
using NewsLint.Analysis;
using NewsLint.Canon;
using NewsLint.Language;
using NewsLint.Markdown;
using NewsLint.Recognizers.Numbers;
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

    public static readonly CitationRecognizer Instance = new(foldEveryWord: false);

    /// <summary>The slow path the filters must agree with: every word folded (for tests).</summary>
    internal static readonly CitationRecognizer FoldingEveryWord = new(foldEveryWord: true);

    [ThreadStatic]
    private static List<Word>? _words;

    private readonly bool _foldEveryWord;

    private CitationRecognizer(bool foldEveryWord)
    {
        _foldEveryWord = foldEveryWord;
    }

    private static readonly ConditionalWeakTable<CanonCatalog, Aliases> AliasCache = new();
    private static readonly ConditionalWeakTable<CanonVocabulary, Keywords> KeywordCache = new();

    public override ImmutableArray<Citation> Recognize(ArticleContext context)
    {
        CanonVocabulary? vocabulary = context.Language?.Section<CanonVocabulary>();
        CanonCatalog catalog = context.Rules.Get<CanonCatalog>();
        if (vocabulary is null || vocabulary.ArticleWords.IsEmpty || catalog.Instruments.IsEmpty)
        {
            return ImmutableArray<Citation>.Empty;
        }

        Keywords keywords = KeywordCache.GetValue(vocabulary, v => new Keywords(v));
        Aliases aliasSet = AliasCache.GetValue(catalog, c => new Aliases(c));
        List<QuotationPart>? quoted = null;
        ImmutableArray<Citation>.Builder result = ScratchBuilder<Citation>.Rent();
        CanonInstrument? lastNamed = null;
        // The words of one block at a time, in a list kept per thread: most articles hold thousands.
        List<Word> words = _words ??= new List<Word>();
        Heads heads = keywords.Heads(aliasSet);
        // Blocks passed over since lastNamed was known: they hold no citation, and the name they give last matters only
        // to a later citation that names no instrument, which reads them then (most articles cite nothing).
        List<ProseBlock> passed = _passed ??= new List<ProseBlock>();
        passed.Clear();
        NumberTokenIndex? numbers = null;
        foreach (ProseBlock block in context.Document.Blocks)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            ImmutableArray<Token> tokens = context.TokensOf(block);
            if (!_foldEveryWord && !MayCite(block.Text, tokens, (numbers ??= context.Get(NumberTokenRecognizer.Instance)).Of(block), heads))
            {
                passed.Add(block);
                continue;
            }

            Words(block, tokens, heads, _foldEveryWord, words);
            for (int i = 0; i < words.Count; i++)
            {
                // A word that is no keyword and starts no name starts nothing here.
                if (heads.Of(words[i]) is not { } head)
                {
                    continue;
                }

                if (head.IsArticleWord && i + 1 < words.Count && words[i + 1].IsNumber)
                {
                    int last = i + 1;
                    int? paragraph = null;
                    if (last + 2 < words.Count && heads.Of(words[last + 1]) is { IsParagraphWord: true } && words[last + 2].IsNumber
                        && int.TryParse(words[last + 2].Text(block), out int p))
                    {
                        paragraph = p;
                        last += 2;
                    }

                    CanonInstrument? named = null;
                    for (int k = last + 1; k <= last + NameWindow && k < words.Count && named is null; k++)
                    {
                        named = AliasAt(block.Text, words, heads, k, out _);
                    }

                    if (named is null && passed.Count > 0)
                    {
                        lastNamed = LastNamedIn(context, passed, heads) ?? lastNamed;
                        passed.Clear();
                    }

                    int start = words[i].Start;
                    result.Add(new Citation(block, start, words[last].End - start, words[i + 1].Text(block), paragraph, named ?? lastNamed, named is not null, InQuotation(quoted ??= QuotedParts(context.Get(QuotationRecognizer.Instance)), block, start)));
                }

                CanonInstrument? here = AliasAt(block.Text, words, heads, i, out int length);
                if (here is not null)
                {
                    lastNamed = here;
                    passed.Clear();
                    i += length - 1;
                }
            }
        }

        // Emptied so the per-thread lists keep no part of this article alive.
        quoted?.Clear();
        passed.Clear();
        return ScratchBuilder<Citation>.ToImmutableAndReturn(result);
    }

    [ThreadStatic]
    private static List<ProseBlock>? _passed;

    [ThreadStatic]
    private static List<Word>? _passedWords;

    /// <summary>
    /// Whether the block may hold a citation: the word before some number (symbols passed over) folds to an article word.
    /// Only those words are folded (as <see cref="Words"/> folds them); a block without one gives no citation, only
    /// names. Only the numbers are read (<paramref name="numbers"/>): most blocks hold few or none.
    /// </summary>
    private static bool MayCite(string text, ImmutableArray<Token> tokens, ReadOnlySpan<int> numbers, Heads heads)
    {
        foreach (int k in numbers)
        {
            int previous = k - 1;
            while (previous >= 0 && tokens[previous].Kind == TokenKind.Symbol)
            {
                previous--;
            }

            if (previous < 0)
            {
                continue;
            }

            Token word = tokens[previous];
            if (heads.Starts.MayBeOneOf(text, word) && heads.Keys.KeyOf(text, word, out Head? head) is not null && head is { IsArticleWord: true })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The instrument named last in the latest of the passed blocks that names one, read as the main loop reads them.</summary>
    private static CanonInstrument? LastNamedIn(ArticleContext context, List<ProseBlock> passed, Heads heads)
    {
        List<Word> words = _passedWords ??= new List<Word>();
        try
        {
            for (int b = passed.Count - 1; b >= 0; b--)
            {
                ProseBlock block = passed[b];
                Words(block, context.TokensOf(block), heads, false, words);
                CanonInstrument? last = null;
                for (int i = 0; i < words.Count; i++)
                {
                    if (AliasAt(block.Text, words, heads, i, out int length) is { } here)
                    {
                        last = here;
                        i += length - 1;
                    }
                }

                if (last is not null)
                {
                    return last;
                }
            }

            return null;
        }
        finally
        {
            words.Clear();
        }
    }

    private static CanonInstrument? AliasAt(string text, List<Word> words, Heads heads, int at, out int length)
    {
        length = 0;
        if (heads.Of(words[at])?.Aliases is not { } candidates)
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
                all = words[at + k].FoldsTo(text, alias[k], heads);
            }

            if (all)
            {
                length = alias.Length;
                return instrument;
            }
        }

        return null;
    }

    /// <summary>The quoted parts of the article in a per-thread list, ordered by block.</summary>
    [ThreadStatic]
    private static List<QuotationPart>? _quoted;

    private static readonly Comparison<QuotationPart> ByBlock = (a, b) => a.Block.Index.CompareTo(b.Block.Index);

    private static readonly Func<QuotationPart, int> BlockOf = p => p.Block.Index;

    /// <summary>Every quoted part, ordered by block index (in any order within a block).</summary>
    private static List<QuotationPart> QuotedParts(QuotationSet quotations)
    {
        List<QuotationPart> parts = _quoted ??= new List<QuotationPart>();
        parts.Clear();
        foreach (Quotation quotation in quotations.Quotations)
        {
            foreach (QuotationPart part in quotation.Parts)
            {
                parts.Add(part);
            }
        }

        parts.Sort(ByBlock);
        return parts;
    }

    private static bool InQuotation(List<QuotationPart> quoted, ProseBlock block, int offset)
    {
        for (int i = OffsetSearch.FirstAtOrAfter(quoted, block.Index, BlockOf); i < quoted.Count && quoted[i].Block.Index == block.Index; i++)
        {
            QuotationPart part = quoted[i];
            if (offset >= part.ContentStart && offset < part.ContentEnd)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The block's words into <paramref name="words"/>. A word that folds to a keyword or to the first word of a name gets
    /// its <see cref="Head"/>, found without cutting the word out; the few others that must continue a name once its first
    /// word is found are compared then (<see cref="Word.FoldsTo"/>). With <paramref name="foldEveryWord"/>, every word is
    /// folded and its head looked up by the fold.
    /// </summary>
    private static void Words(ProseBlock block, ImmutableArray<Token> tokens, Heads heads, bool foldEveryWord, List<Word> words)
    {
        words.Clear();
        string text = block.Text;
        foreach (Token token in tokens)
        {
            if (token.Kind == TokenKind.Symbol)
            {
                continue;
            }

            // A word whose first letters start no head folds to none: most words stop at that bitmap lookup.
            Head? head = null;
            if (foldEveryWord)
            {
                heads.Keys.HeadOfFold(TextFolding.Fold(token.GetText(text)), out head);
            }
            else if (heads.Starts.MayBeOneOf(text, token))
            {
                heads.Keys.KeyOf(text, token, out head);
            }

            words.Add(new Word(head is null ? -1 : head.Index, token.Start, token.End, token.Kind == TokenKind.Number));
        }
    }

    /// <summary>
    /// Folded words, found in a text without folding it: a token whose first character is ASCII folds to a word starting
    /// with it in lower case, so one whose first letter starts no key folds to none; a simple token
    /// (<see cref="FoldedHash.TrySimple"/>) is compared with the keys of its fold's hash as it is folded.
    /// </summary>
    private sealed class FoldKeys
    {
        private readonly Dictionary<int, List<Head>> _byHash = new();
        private readonly Dictionary<string, Head> _byKey;
        private readonly ulong _firsts;

        public FoldKeys(Dictionary<string, Head> heads)
        {
            _byKey = heads;
            foreach (Head head in heads.Values)
            {
                string key = head.Key;
                if (key.Length > 0 && FoldedHash.TrySimple(key, 0, key.Length, out int hash))
                {
                    if (!_byHash.TryGetValue(hash, out List<Head>? keys))
                    {
                        _byHash[hash] = keys = new List<Head>();
                    }

                    keys.Add(head);
                    _firsts |= Bit(key[0]);
                }
            }
        }

        /// <summary>
        /// The key the token folds to, with its head, or null when it folds to none; a token that is not simple is folded,
        /// and its fold may be no key (no head).
        /// </summary>
        public string? KeyOf(string text, Token token, out Head? head)
        {
            head = null;
            char first = text[token.Start];
            if (first < 0x80 && (_firsts & Bit(first)) == 0)
            {
                return null;
            }

            if (!FoldedHash.TrySimple(text, token, out int hash))
            {
                return HeadOfFold(TextFolding.Fold(token.GetText(text)), out head);
            }

            if (_byHash.TryGetValue(hash, out List<Head>? heads))
            {
                foreach (Head candidate in heads)
                {
                    if (FoldedHash.SimpleRangeFoldsTo(text, token.Start, token.Length, candidate.Key))
                    {
                        head = candidate;
                        return candidate.Key;
                    }
                }
            }

            return null;
        }

        /// <summary>A word's fold, with its head when the fold is a key.</summary>
        public string HeadOfFold(string folded, out Head? head)
        {
            head = _byKey.TryGetValue(folded, out Head? found) ? found : null;
            return folded;
        }

        /// <summary>An ASCII character and its upper or lower case share a bit (others may too: then the hash decides).</summary>
        private static ulong Bit(char c) => 1UL << ((c | 0x20) & 63);
    }

    /// <summary>A language's article and paragraph words, folded once per vocabulary.</summary>
    private sealed class Keywords
    {
        private readonly ConditionalWeakTable<Aliases, Heads> _heads = new();

        /// <summary>Made once: a lambda over <c>this</c> would be a new delegate at every lookup.</summary>
        private readonly ConditionalWeakTable<Aliases, Heads>.CreateValueCallback _makeHeads;

        public Keywords(CanonVocabulary vocabulary)
        {
            _makeHeads = MakeHeads;
            ArticleWords = Folded(vocabulary.ArticleWords);
            ParagraphWords = Folded(vocabulary.ParagraphWords);
        }

        public HashSet<string> ArticleWords { get; }

        public HashSet<string> ParagraphWords { get; }

        /// <summary>These keywords and the first word of every name: the words that are looked up. Once per vocabulary and catalog.</summary>
        public Heads Heads(Aliases aliases) => _heads.GetValue(aliases, _makeHeads);

        private Heads MakeHeads(Aliases aliases)
        {
            var keys = new List<string>(ArticleWords);
            keys.AddRange(ParagraphWords);
            keys.AddRange(aliases.ByFirstWord.Keys);
            var heads = new Dictionary<string, Head>(StringComparer.Ordinal);
            foreach (string key in keys)
            {
                if (!heads.ContainsKey(key))
                {
                    aliases.ByFirstWord.TryGetValue(key, out List<(string[] Words, CanonInstrument Instrument)>? names);
                    heads[key] = new Head(heads.Count, key, ArticleWords.Contains(key), ParagraphWords.Contains(key), names);
                }
            }

            return new Heads(heads);
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
    }

    /// <summary>
    /// The folded words looked up at every position (keywords and first words of names): a token (no white space) that
    /// <see cref="Starts"/> turns away folds to none of them, and <see cref="Keys"/> tells which one the others fold to.
    /// </summary>
    private sealed class Heads
    {
        private readonly Head[] _byIndex;

        public Heads(Dictionary<string, Head> byKey)
        {
            Starts = new WordStartFilter(new List<string>(byKey.Keys));
            Keys = new FoldKeys(byKey);
            _byIndex = new Head[byKey.Count];
            foreach (Head head in byKey.Values)
            {
                _byIndex[head.Index] = head;
            }
        }

        public WordStartFilter Starts { get; }

        public FoldKeys Keys { get; }

        /// <summary>The word's head, or null.</summary>
        public Head? Of(Word word) => word.HeadIndex >= 0 ? _byIndex[word.HeadIndex] : null;
    }

    /// <summary>A folded word that is looked up, with what it is: an article word, a paragraph word, the first word of names.</summary>
    private sealed class Head
    {
        public Head(int index, string key, bool isArticleWord, bool isParagraphWord, List<(string[] Words, CanonInstrument Instrument)>? aliases)
        {
            Index = index;
            Key = key;
            IsArticleWord = isArticleWord;
            IsParagraphWord = isParagraphWord;
            Aliases = aliases;
        }

        /// <summary>Its place among the heads of its <see cref="Heads"/>, which a <see cref="Word"/> holds.</summary>
        public int Index { get; }

        public string Key { get; }

        public bool IsArticleWord { get; }

        public bool IsParagraphWord { get; }

        /// <summary>The names it starts, longest first; null for none.</summary>
        public List<(string[] Words, CanonInstrument Instrument)>? Aliases { get; }
    }

    /// <summary>Every name of every instrument, in any language, by its first folded word; once per catalog.</summary>
    private sealed class Aliases
    {
        public Aliases(CanonCatalog catalog)
        {
            ByFirstWord = new Dictionary<string, List<(string[] Words, CanonInstrument Instrument)>>(StringComparer.Ordinal);
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

                        if (!ByFirstWord.TryGetValue(words[0], out List<(string[], CanonInstrument)>? list))
                        {
                            ByFirstWord[words[0]] = list = new List<(string[], CanonInstrument)>();
                        }

                        list.Add((words.ToArray(), instrument));
                    }
                }
            }

            foreach (List<(string[] Words, CanonInstrument Instrument)> list in ByFirstWord.Values)
            {
                list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
            }
        }

        public Dictionary<string, List<(string[] Words, CanonInstrument Instrument)>> ByFirstWord { get; }
    }

    /// <summary>A word of a block; its head as an index, so that a list of words holds no references (no write barriers).</summary>
    private readonly struct Word
    {
        public Word(int headIndex, int start, int end, bool isNumber)
        {
            HeadIndex = headIndex;
            Start = start;
            End = end;
            IsNumber = isNumber;
        }

        /// <summary>The index of the head the word folds to when it is a keyword or the first word of a name (<see cref="Heads.Of"/>); -1 otherwise.</summary>
        public int HeadIndex { get; }

        public int Start { get; }

        public int End { get; }

        public bool IsNumber { get; }

        public string Text(ProseBlock block) => block.Text.Substring(Start, End - Start);

        /// <summary>Whether the word folds to <paramref name="key"/>: its head's key when it has one, else compared as it is folded.</summary>
        public bool FoldsTo(string text, string key, Heads heads) =>
            heads.Of(this) is { } head ? head.Key == key : FoldedHash.RangeFoldsTo(text, Start, End - Start, key);
    }
}
