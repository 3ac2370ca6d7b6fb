using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using NewsLint.Analysis;
using NewsLint.Canon;
using NewsLint.Checks.Canon;
using NewsLint.Recognizers.Quotations;
using NewsLint.Rules.Canon;
using NewsLint.Rules.Languages;

namespace NewsLint.Recognizers.Canon;

/// <summary>
/// Matches each top-level quotation to the canonical clause it comes from (<c>rules/canon</c>): by its text through the
/// <see cref="ClauseIndex"/>, by an explicit citation next to it, or both. A quotation too short to match alone is tried
/// together with the next one (a clause quoted in pieces); a quotation that goes on quoting the clause the previous one
/// quoted is marked as continuing it and inherits its citation.
/// </summary>
public sealed class ClauseMatchRecognizer : Recognizer<ImmutableArray<ClauseMatch>>, IExplainingRecognizer
{
    /// <summary>Below this similarity a text match is not taken for a quotation of the clause.</summary>
    public const double MinimumSimilarity = 0.5;

    /// <summary>With a citation of the clause's instrument, a weaker match is still taken (a heavily altered quotation).</summary>
    public const double MinimumCitedSimilarity = 0.3;

    /// <summary>Words the quotation must share with the clause, so that a few common words never make a match.</summary>
    public const int MinimumMatchedWords = 4;

    /// <summary>Quotations shorter than this are only matched together with the next one.</summary>
    public const int MinimumWords = 6;

    public static readonly ClauseMatchRecognizer Instance = new(straightforward: false);

    /// <summary>
    /// For tests: working state made afresh for each article, and each quotation's citation found by reading every
    /// citation, where <see cref="Instance"/> reuses the thread's state and searches the citations, sorted by block.
    /// </summary>
    internal static readonly ClauseMatchRecognizer Straightforward = new(straightforward: true);

    private readonly bool _straightforward;

    /// <summary>The thread's working state between articles (empty), as <see cref="ScratchBuilder{T}"/> keeps builders.</summary>
    [ThreadStatic]
    private static Working? _kept;

    /// <summary>For tests: whether the thread's kept state holds nothing of the article matched last.</summary>
    internal static bool KeptStateIsEmpty => _kept is null || _kept.IsEmpty;

    private ClauseMatchRecognizer(bool straightforward)
    {
        _straightforward = straightforward;
    }

    public override ImmutableArray<ClauseMatch> Recognize(ArticleContext context)
    {
        CanonCatalog catalog = context.Rules.Get<CanonCatalog>();
        if (catalog.Clauses.IsEmpty || context.Language is null)
        {
            return ImmutableArray<ClauseMatch>.Empty;
        }

        ImmutableArray<Quotation> all = context.Get(QuotationRecognizer.Instance).Quotations;
        if (all.IsEmpty)
        {
            return ImmutableArray<ClauseMatch>.Empty;
        }

        // The thread's state, unless a nested use has it out (then one of its own, as for the reference).
        Working working = _straightforward ? new Working() : _kept ?? new Working();
        _kept = _straightforward ? _kept : null;
        try
        {
            return Recognize(context, catalog, all, working);
        }
        finally
        {
            if (!_straightforward && working.Clear())
            {
                _kept = working;
            }
        }
    }

    private ImmutableArray<ClauseMatch> Recognize(ArticleContext context, CanonCatalog catalog, ImmutableArray<Quotation> all, Working working)
    {
        List<Quotation> quotations = working.Quotations;
        foreach (Quotation quotation in all)
        {
            if (quotation.Depth == 0 && !quotation.IsTitle)
            {
                quotations.Add(quotation);
            }
        }

        if (quotations.Count == 0)
        {
            return ImmutableArray<ClauseMatch>.Empty;
        }

        working.Start(catalog, context.Language!.Code, context.Rules.Get<LanguageCatalog>(), context.Get(CitationRecognizer.Instance));
        ImmutableArray<ClauseMatch>.Builder result = ScratchBuilder<ClauseMatch>.Rent();
        ClauseMatch? previous = null;
        int previousIndex = -2;
        CanonQuotation? nextWords = null;
        for (int i = 0; i < quotations.Count; i++)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            Quotation quotation = quotations[i];
            Citation? citation = CitationFor(quotation, working);
            int pieces = 1;
            // The words of a quotation tried with the one before it are read once.
            CanonQuotation words = nextWords ?? QuotedWords.Of(quotation, context);
            nextWords = null;
            ClauseAlignment? alignment = words.Count >= MinimumWords ? Match(catalog, words, citation, working) : null;
            if (alignment is null && i + 1 < quotations.Count && Adjacent(quotation, quotations[i + 1]))
            {
                // A clause quoted in pieces: "‘’Jika …,’’ tulis pasal 4, ‘’maka …’’".
                Quotation next = quotations[i + 1];
                nextWords = QuotedWords.Of(next, context);
                CanonQuotation joined = words.Then(nextWords);
                Citation? either = citation ?? CitationFor(next, working);
                ClauseAlignment? together = joined.Count >= MinimumWords ? Match(catalog, joined, either, working) : null;
                if (together is not null)
                {
                    alignment = together;
                    citation = either;
                    pieces = 2;
                    nextWords = null;
                    i++;
                }
            }

            bool continues = alignment is not null && previous?.Alignment is { } before && previousIndex == i - pieces
                && before.Clause == alignment.Clause && alignment.FirstParagraph >= before.LastParagraph
                && Adjacent(previous.Quotations[previous.Quotations.Length - 1], quotation);
            citation ??= continues ? previous!.Citation : null;
            ClauseMatch? match = null;
            if (alignment is not null)
            {
                match = new ClauseMatch(Pieces(quotations, i, pieces), citation, alignment, continues);
            }
            else if (citation is { InstrumentNamed: true, InQuotation: false, Instrument: not null } && words.Count >= MinimumWords
                && !working.CitedClauses(citation).IsEmpty)
            {
                match = new ClauseMatch(Pieces(quotations, i, pieces), citation, null, false);
            }

            if (match is not null)
            {
                result.Add(match);
                previous = match;
                previousIndex = i;
            }
        }

        return ScratchBuilder<ClauseMatch>.ToImmutableAndReturn(result);
    }

    /// <summary>The citation of a quotation: searched among the citations, sorted by block, or (the reference) read from them all.</summary>
    private Citation? CitationFor(Quotation quotation, Working working) =>
        _straightforward ? CitationReadingEvery(quotation, working.Citations, working.CitationCount) : CitationFor(quotation, working.Citations, working.CitationCount);

    /// <summary>For <c>--explain</c>: each match with its clause, version, similarity and the aligned word diff.</summary>
    public IEnumerable<Explanation> Explain(object mentions)
    {
        foreach (ClauseMatch match in (ImmutableArray<ClauseMatch>)mentions)
        {
            var facts = new SortedDictionary<string, string>(StringComparer.Ordinal);
            if (match.Citation is { } citation)
            {
                facts["citation"] = citation.Text;
            }

            if (match.Alignment is not { } alignment)
            {
                facts["instrument"] = match.Citation?.Instrument?.Id ?? string.Empty;
                facts["clause"] = "none";
                yield return new Explanation("clause", match.SourceSpan, facts);
                continue;
            }

            CanonClause clause = alignment.Clause;
            facts["clause"] = clause.Id;
            facts["instrument"] = clause.Instrument.Id;
            facts["title"] = clause.Title("en");
            facts["article"] = clause.Article;
            facts["paragraphs"] = alignment.FirstParagraph == alignment.LastParagraph
                ? alignment.FirstParagraph.ToString(CultureInfo.InvariantCulture)
                : alignment.FirstParagraph.ToString(CultureInfo.InvariantCulture) + "-" + alignment.LastParagraph.ToString(CultureInfo.InvariantCulture);
            facts["language"] = clause.Language;
            facts["text"] = clause.IsAuthentic ? CanonRuleKind.Authentic : CanonRuleKind.ReferenceTranslation;
            if (clause.TranslationOf is not null)
            {
                facts["translationOf"] = clause.TranslationOf;
            }

            facts["version"] = clause.Version.Name;
            if (clause.Version.Until is { } until)
            {
                facts["versionUntil"] = until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            }

            facts["similarity"] = CanonWording.Similarity(alignment.Similarity);
            facts["ruleFile"] = clause.SourcePath;
            facts["quotations"] = match.Quotations.Length.ToString(CultureInfo.InvariantCulture);
            facts["continuesPrevious"] = match.ContinuesPrevious ? "true" : "false";
            facts["edits"] = alignment.Edits.Length.ToString(CultureInfo.InvariantCulture);
            facts["materialEdits"] = MaterialEdits(alignment).ToString(CultureInfo.InvariantCulture);
            var rows = new List<IReadOnlyDictionary<string, string>>(alignment.Rows.Length);
            foreach (ClauseEdit row in alignment.Rows)
            {
                rows.Add(new SortedDictionary<string, string>(StringComparer.Ordinal)
                {
                    ["op"] = row.Kind.ToString().ToLowerInvariant(),
                    ["canon"] = row.CanonText,
                    ["quote"] = row.QuoteText,
                    ["paragraph"] = row.Paragraph.ToString(CultureInfo.InvariantCulture),
                    ["material"] = string.Join(",", row.Material),
                });
            }

            yield return new Explanation("clause", match.SourceSpan, facts, new Dictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string>>> { ["diff"] = rows });
        }
    }

    private static int MaterialEdits(ClauseAlignment alignment)
    {
        int n = 0;
        foreach (ClauseEdit edit in alignment.Edits)
        {
            n += edit.IsMaterial ? 1 : 0;
        }

        return n;
    }

    private static ClauseAlignment? Match(CanonCatalog catalog, CanonQuotation words, Citation? citation, Working working)
    {
        ImmutableArray<CanonClause> cited = citation?.Instrument is not null && !citation.InQuotation ? working.CitedClauses(citation) : default;
        // Nothing below the cited minimum is ever taken (nothing below the plain one without a citation naming an
        // instrument), so the index need not align clauses that cannot reach it; nor build the rows of a match not taken.
        CanonInstrument? named = citation?.Instrument;
        double minimum = named is null ? MinimumSimilarity : MinimumCitedSimilarity;
        return catalog.Index.Match(words, working.VocabularyOf, cited, minimum, working.TakesFor(named));
    }

    /// <summary>
    /// What matching an article's quotations works with, kept per thread from article to article and emptied after each
    /// (<see cref="Clear"/>): the top-level quotations, the citations outside quoted words in text order, the clauses
    /// cited last, <see cref="ClauseMatchRecognizer.Takes"/> for the instrument a quotation's citation names, and each
    /// clause language's vocabulary.
    /// </summary>
    private sealed class Working
    {
        /// <summary>Lists grown past this are not kept for the next article.</summary>
        private const int MaxKept = 1024;

        private static readonly Func<CanonClause, double, int, bool> Uncited = (clause, similarity, matched) => ClauseMatchRecognizer.Takes(null, clause, similarity, matched);

        private Citation[] _citations = new Citation[8];

        private CanonCatalog? _catalog;
        private string? _language;
        private LanguageCatalog? _languages;

        // The clauses of the article a citation cites, in the article's language: the article asked about last (an
        // article's quotations cite the same article again and again, and each is matched alone and with the next one).
        private CanonInstrument? _citedInstrument;
        private string? _citedArticle;
        private ImmutableArray<CanonClause> _citedClauses;

        // Takes for the instrument named by the citation of the quotation being matched: one test, made with the state,
        // that reads the instrument here (the index calls it only during the match).
        private readonly Func<CanonClause, double, int, bool> _takesNamed;
        private CanonInstrument? _named;

        // Asked for every clause aligned: the clauses of an article are in one or two languages.
        private string? _lastCode;
        private CanonVocabulary? _lastVocabulary;

        public Working()
        {
            VocabularyOf = Vocabulary;
            _takesNamed = (clause, similarity, matched) => ClauseMatchRecognizer.Takes(_named, clause, similarity, matched);
        }

        public List<Quotation> Quotations { get; } = new();

        /// <summary>The article's citations outside quoted words, in text order (by block, then offset): <see cref="CitationCount"/> of them.</summary>
        public Citation[] Citations => _citations;

        public int CitationCount { get; private set; }

        /// <summary>A language's material-change vocabulary, by its code.</summary>
        public Func<string, CanonVocabulary?> VocabularyOf { get; }

        /// <summary>Takes the article's catalogs and citations (its quotations are added to <see cref="Quotations"/>).</summary>
        public void Start(CanonCatalog catalog, string language, LanguageCatalog languages, ImmutableArray<Citation> citations)
        {
            _catalog = catalog;
            _language = language;
            _languages = languages;
            foreach (Citation citation in citations)
            {
                if (citation.InQuotation)
                {
                    continue;
                }

                if (CitationCount == _citations.Length)
                {
                    Array.Resize(ref _citations, 2 * _citations.Length);
                }

                _citations[CitationCount++] = citation;
            }
        }

        /// <param name="citation">One naming an instrument.</param>
        public ImmutableArray<CanonClause> CitedClauses(Citation citation)
        {
            if (_citedClauses.IsDefault || !ReferenceEquals(citation.Instrument, _citedInstrument) || !string.Equals(citation.Article, _citedArticle, StringComparison.Ordinal))
            {
                _citedClauses = _catalog!.ClausesOf(citation.Instrument!.Id, citation.Article, _language!);
                _citedInstrument = citation.Instrument;
                _citedArticle = citation.Article;
            }

            return _citedClauses;
        }

        /// <summary>
        /// <see cref="ClauseMatchRecognizer.Takes"/> for the instrument a citation names, as the index asks it during one
        /// match: the next call may change what it tests.
        /// </summary>
        public Func<CanonClause, double, int, bool> TakesFor(CanonInstrument? named)
        {
            if (named is null)
            {
                return Uncited;
            }

            _named = named;
            return _takesNamed;
        }

        private CanonVocabulary? Vocabulary(string code)
        {
            if (!string.Equals(code, _lastCode, StringComparison.Ordinal))
            {
                _lastVocabulary = _languages!.Find(code)?.Section<CanonVocabulary>();
                _lastCode = code;
            }

            return _lastVocabulary;
        }

        /// <summary>Whether <see cref="Clear"/> left nothing behind.</summary>
        public bool IsEmpty => Quotations.Count == 0 && CitationCount == 0 && Array.TrueForAll(_citations, c => c is null)
            && _catalog is null && _language is null && _languages is null && _citedInstrument is null && _citedArticle is null
            && _citedClauses.IsDefault && _named is null && _lastCode is null && _lastVocabulary is null;

        /// <summary>Forgets the article (nothing of it or of its rules stays reachable from here); whether to keep this for the next one.</summary>
        public bool Clear()
        {
            bool keep = Quotations.Count <= MaxKept && _citations.Length <= MaxKept;
            Quotations.Clear();
            Array.Clear(_citations, 0, CitationCount);
            CitationCount = 0;
            _catalog = null;
            _language = null;
            _languages = null;
            _citedInstrument = null;
            _citedArticle = null;
            _citedClauses = default;
            _named = null;
            _lastCode = null;
            _lastVocabulary = null;
            return keep;
        }
    }

    /// <summary>Whether a best match is taken: enough matched words, and similar enough for a clause of the cited instrument or for any.</summary>
    private static bool Takes(CanonInstrument? cited, CanonClause clause, double similarity, int matchedWords) =>
        matchedWords >= MinimumMatchedWords && similarity >= (cited is not null && cited.Id == clause.Instrument.Id ? MinimumCitedSimilarity : MinimumSimilarity);

    /// <summary>Two quotations with no other between them, in one block or in consecutive blocks.</summary>
    private static bool Adjacent(Quotation first, Quotation second) => second.FirstBlock.Index - first.LastBlock.Index <= 1;

    /// <summary>The quotation a match was made of, or the two when the second one (now at <paramref name="i"/>) completed the first.</summary>
    private static ImmutableArray<Quotation> Pieces(List<Quotation> quotations, int i, int count) =>
        count == 1 ? ImmutableArray.Create(quotations[i]) : ImmutableArray.Create(quotations[i - 1], quotations[i]);

    /// <summary>
    /// The citation outside quoted words nearest to the quotation in its own block(s); or the last one of the block
    /// before, when that block introduces the quotation with a colon. <paramref name="citations"/>: the first
    /// <paramref name="count"/> in text order, so a block's citations are found by a binary search and stand together.
    /// </summary>
    private static Citation? CitationFor(Quotation quotation, Citation[] citations, int count)
    {
        if (count == 0)
        {
            return null;
        }

        int first = quotation.FirstBlock.Index;
        int last = quotation.LastBlock.Index;
        int start = quotation.Parts[0].OpenStart;
        int end = quotation.Parts[quotation.Parts.Length - 1].End;
        int atFirst = FirstOfBlock(citations, count, first);
        Citation? best = null;
        int bestDistance = int.MaxValue;
        for (int k = 0; k < (first == last ? 1 : 2); k++)
        {
            int block = k == 0 ? first : last;
            for (int i = k == 0 ? atFirst : FirstOfBlock(citations, count, last); i < count && citations[i].Block.Index == block; i++)
            {
                if (Distance(citations[i], block, first, last, start, end) is var distance && distance < bestDistance)
                {
                    best = citations[i];
                    bestDistance = distance;
                }
            }
        }

        // The citation just before the first block's is the last of the block before, if that block has any.
        if (best is null && atFirst > 0 && citations[atFirst - 1] is { } before && before.Block.Index == first - 1 && EndsWithColon(before.Block.Text))
        {
            best = before;
        }

        return best;
    }

    /// <summary>
    /// How far a citation of block <paramref name="block"/> stands from a quotation from <paramref name="start"/> in block
    /// <paramref name="first"/> to <paramref name="end"/> in block <paramref name="last"/>: before it in its first block or
    /// after it in its last; <see cref="int.MaxValue"/> when neither.
    /// </summary>
    private static int Distance(Citation citation, int block, int first, int last, int start, int end) =>
        block == first && citation.End <= start ? start - citation.End
        : block == last && citation.Start >= end ? citation.Start - end
        : int.MaxValue;

    /// <summary>The first of the <paramref name="count"/> citations (in text order) in block <paramref name="block"/> or after it.</summary>
    private static int FirstOfBlock(Citation[] citations, int count, int block)
    {
        int low = 0;
        int high = count;
        while (low < high)
        {
            int middle = (low + high) >> 1;
            if (citations[middle].Block.Index < block)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>
    /// <see cref="CitationFor(Quotation, Citation[], int)"/> read from every citation, of any block: the reference
    /// for tests, which assumes nothing of their order but that a block's come in text order.
    /// </summary>
    private static Citation? CitationReadingEvery(Quotation quotation, Citation[] citations, int count)
    {
        int first = quotation.FirstBlock.Index;
        int last = quotation.LastBlock.Index;
        int start = quotation.Parts[0].OpenStart;
        int end = quotation.Parts[quotation.Parts.Length - 1].End;
        Citation? best = null;
        int bestDistance = int.MaxValue;
        for (int k = 0; k < (first == last ? 1 : 2); k++)
        {
            int block = k == 0 ? first : last;
            for (int i = 0; i < count; i++)
            {
                if (citations[i].Block.Index == block && Distance(citations[i], block, first, last, start, end) is var distance && distance < bestDistance)
                {
                    best = citations[i];
                    bestDistance = distance;
                }
            }
        }

        Citation? lastBefore = null;
        for (int i = 0; i < count; i++)
        {
            lastBefore = citations[i].Block.Index == first - 1 ? citations[i] : lastBefore;
        }

        if (best is null && lastBefore is not null && lastBefore.Block.Text.TrimEnd().EndsWith(":", StringComparison.Ordinal))
        {
            best = lastBefore;
        }

        return best;
    }

    /// <summary>Whether the text's last character that is not white space is a colon (<c>Text.TrimEnd().EndsWith(":")</c> without the copy).</summary>
    private static bool EndsWithColon(string text)
    {
        int k = text.Length - 1;
        while (k >= 0 && char.IsWhiteSpace(text[k]))
        {
            k--;
        }

        return k >= 0 && text[k] == ':';
    }
}
