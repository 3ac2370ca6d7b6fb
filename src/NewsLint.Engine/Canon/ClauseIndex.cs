using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Text;
using NewsLint.Rules.Canon;

namespace NewsLint.Canon;

/// <summary>A clause the index proposes for a quotation, with the number of word pairs they share.</summary>
public readonly struct ClauseCandidate
{
    public ClauseCandidate(CanonClause clause, int sharedShingles)
    {
        Clause = clause;
        SharedShingles = sharedShingles;
    }

    public CanonClause Clause { get; }

    public int SharedShingles { get; }

    public override string ToString() => $"{Clause.Id} ({SharedShingles})";
}

/// <summary>
/// Finds the clause a quotation comes from among many thousands without comparing it with each: every clause's
/// word pairs (2-shingles of folded tokens) go into an inverted index; a quotation looks up its own pairs, the
/// clauses sharing most of them are aligned word by word (DiffPlex) and the most similar wins. Pairs found in more
/// than <see cref="MaxPosting"/> clauses (a share of them, <see cref="DefaultMaxPosting"/>) are too common to tell
/// clauses apart and are skipped, so a lookup costs about the same whatever the number of clauses. Immutable and
/// thread-safe.
/// </summary>
public sealed class ClauseIndex
{
    /// <summary>Clauses proposed for alignment per quotation.</summary>
    public const int DefaultCandidates = 8;

    /// <summary>A quotation must share at least this many word pairs with a clause to be compared with it.</summary>
    public const int MinimumSharedShingles = 2;

    /// <summary>A quotation longer than this many times the clause (plus <see cref="MaxLengthSlack"/> words) is not aligned with it.</summary>
    public const int MaxLengthRatio = 3;

    public const int MaxLengthSlack = 30;

    private readonly IndexedClause[] _clauses;
    private readonly PairPostings _postings;
    private readonly Dictionary<CanonClause, IndexedClause> _byClause = new();

    [ThreadStatic]
    private static int[]? _counts;

    [ThreadStatic]
    private static Scratch? _scratch;

    [ThreadStatic]
    private static RowWords? _rowWords;

    [ThreadStatic]
    private static StringBuilder? _joined;

    /// <summary>Every folded word of the indexed clauses, numbered: filled while building, only read after.</summary>
    private readonly Dictionary<string, int> _wordIds;

    /// <summary>The same words, found from a quotation's text.</summary>
    private readonly FoldedWordIds _foldedWordIds;

    private readonly AlignmentMemo<Measured> _measured = new();

    /// <summary>The stretch is always diffed to find the quotation words paired with its ends: the plain path of <see cref="QuotationWords.TryMatchedEnds"/>, for tests.</summary>
    internal bool DiffEveryStretch { get; private init; }

    /// <summary>Per material vocabulary, the categories each word of the index starts a phrase of (<see cref="MaterialChanges.StartsOf"/>).</summary>
    private readonly ConditionalWeakTable<CanonVocabulary, VocabularyStarts> _startsById = new();

    private readonly ConditionalWeakTable<CanonVocabulary, VocabularyStarts>.CreateValueCallback _makeStarts;

    /// <summary>The vocabulary asked for last with its <see cref="_startsById"/>: an article's clauses share one or two.</summary>
    private VocabularyStarts? _lastStarts;

    private ClauseIndex(IndexedClause[] clauses, Dictionary<long, List<int>> postings, Dictionary<string, int> wordIds, int maxPosting)
    {
        _clauses = clauses;
        _postings = new PairPostings(postings, maxPosting);
        _wordIds = wordIds;
        _foldedWordIds = new FoldedWordIds(wordIds);
        _makeStarts = MakeStarts;
        MaxPosting = maxPosting;
        foreach (IndexedClause clause in clauses)
        {
            _byClause[clause.Clause] = clause;
        }
    }

    private VocabularyStarts StartsById(CanonVocabulary vocabulary)
    {
        if (_lastStarts is { } last && ReferenceEquals(last.Vocabulary, vocabulary))
        {
            return last;
        }

        return _lastStarts = _startsById.GetValue(vocabulary, _makeStarts);
    }

    private VocabularyStarts MakeStarts(CanonVocabulary vocabulary)
    {
        var starts = new ulong[_wordIds.Count];
        for (int id = 0; id < starts.Length; id++)
        {
            starts[id] = MaterialChanges.StartsOf(_foldedWordIds.WordOf(id), vocabulary);
        }

        // The phrases' words the index lacks, numbered among themselves: a quoted word the index lacks is folded only
        // when it is one of them.
        var lacking = new Dictionary<string, int>(StringComparer.Ordinal);
        bool unknownIsNoWord = true;
        foreach (string word in MaterialChanges.PhraseWords(vocabulary))
        {
            unknownIsNoWord &= word != UnknownWord;
            if (!_wordIds.ContainsKey(word) && !lacking.ContainsKey(word))
            {
                lacking[word] = lacking.Count;
            }
        }

        return new VocabularyStarts(vocabulary, starts, unknownIsNoWord ? new FoldedWordIds(lacking) : null);
    }

    /// <summary>
    /// What a quoted word the index lacks, no number and no word of the vocabulary's phrases, is read as: like the word
    /// itself, it starts and continues no phrase; it is not folded. No word of the phrases.
    /// </summary>
    private const string UnknownWord = "\uFFFF unknown word";

    /// <summary>Word pairs shared by more clauses than this are skipped at lookup.</summary>
    public int MaxPosting { get; }

    public int Count => _clauses.Length;

    /// <summary>The largest cap on a word pair's clauses: past it a pair is common whatever the number of clauses.</summary>
    public const int MaxPostingCap = 256;

    /// <summary>
    /// A pair in more than one clause in <see cref="CommonShare"/> (and more than <see cref="MinPosting"/> clauses) is
    /// common: "of the" and "shall be" are in a few percent of any law. A cap relative to the number of clauses keeps
    /// a lookup's cost the same from ten clauses to ten thousand; an absolute cap alone let 1,000 clauses cost five times
    /// 10, as every common pair was still counted there (ClauseMatchingBenchmarks).
    /// </summary>
    public const int CommonShare = 64;

    /// <summary>Below this many clauses no pair is skipped: a small canon is read whole.</summary>
    public const int MinPosting = 16;

    /// <summary>The default cap for <paramref name="clauses"/> clauses: between <see cref="MinPosting"/> and <see cref="MaxPostingCap"/>.</summary>
    public static int DefaultMaxPosting(int clauses) => Math.Min(MaxPostingCap, Math.Max(MinPosting, clauses / CommonShare));

    /// <summary>Indexes clauses: linear in their total length. <paramref name="maxPosting"/> defaults to <see cref="DefaultMaxPosting"/>.</summary>
    public static ClauseIndex Build(IEnumerable<CanonClause> clauses, int? maxPosting = null) => Build(clauses, maxPosting, diffEveryStretch: false);

    /// <summary>As above; with <paramref name="diffEveryStretch"/>, the plain path of a shortcut (<see cref="DiffEveryStretch"/>), for tests.</summary>
    internal static ClauseIndex Build(IEnumerable<CanonClause> clauses, int? maxPosting, bool diffEveryStretch)
    {
        var all = new List<CanonClause>(clauses);
        int cap = maxPosting ?? DefaultMaxPosting(all.Count);
        var indexed = new List<IndexedClause>();
        var postings = new Dictionary<long, List<int>>(PairComparer.Instance);
        var wordIds = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (CanonClause clause in all)
        {
            int id = indexed.Count;
            IndexedClause entry = IndexedClause.Create(clause, wordIds, id);
            indexed.Add(entry);
            int[] ids = entry.Ids!;
            var seen = new HashSet<long>(PairComparer.Instance);
            for (int k = 0; k + 1 < ids.Length; k++)
            {
                long key = Shingle(ids[k], ids[k + 1]);
                if (!seen.Add(key))
                {
                    continue;
                }

                if (!postings.TryGetValue(key, out List<int>? list))
                {
                    postings[key] = list = new List<int>(1);
                }

                // Past the cap the pair is skipped at lookup; one more entry is enough to know that.
                if (list.Count <= cap)
                {
                    list.Add(id);
                }
            }
        }

        return new ClauseIndex(indexed.ToArray(), postings, wordIds, cap) { DiffEveryStretch = diffEveryStretch };
    }

    /// <summary>The clauses sharing most word pairs with the quotation's tokens, most first.</summary>
    public ImmutableArray<ClauseCandidate> Candidates(IReadOnlyList<CanonToken> quotation, int limit = DefaultCandidates)
    {
        var ranked = new long[Math.Max(0, limit)];
        int count = Rank(QuotationWords.Ids(quotation, _wordIds), ranked);
        if (count == 0)
        {
            return ImmutableArray<ClauseCandidate>.Empty;
        }

        var result = ImmutableArray.CreateBuilder<ClauseCandidate>(count);
        for (int i = 0; i < count; i++)
        {
            result.Add(new ClauseCandidate(_clauses[NumberOf(ranked[i])].Clause, SharedOf(ranked[i])));
        }

        return result.MoveToImmutable();
    }

    /// <summary>
    /// The clauses sharing most word pairs with a quotation (its word ids, <see cref="QuotationWords.Ids"/>), most first
    /// and then the one indexed first, into <paramref name="ranked"/> as many as it holds, each as one number (its
    /// number in the index and the pairs shared: <see cref="NumberOf"/>, <see cref="SharedOf"/>); how many.
    /// </summary>
    private int Rank(int[] quotation, Span<long> ranked)
    {
        // Shared pairs are counted per clause in a per-thread array (zero between calls) instead of a dictionary: a
        // quotation's pairs can hit thousands of postings. The list is per thread too: most quotations quote nothing.
        int[] counts = _counts is { } scratch && scratch.Length >= _clauses.Length ? scratch : _counts = new int[_clauses.Length];
        Scratch lists = _scratch ??= new Scratch();
        List<int> touched = lists.Touched;
        touched.Clear();
        int[] seen = lists.SeenPairs(_postings.SlotCount, out int generation);
        int found = 0;
        try
        {
            for (int k = 0; k + 1 < quotation.Length; k++)
            {
                // A pair with a word no clause has is in no posting.
                if (quotation[k] < 0 || quotation[k + 1] < 0)
                {
                    continue;
                }

                int slot = _postings.Find(Shingle(quotation[k], quotation[k + 1]), out int[] list);
                if (slot < 0 || seen[slot] == generation)
                {
                    continue;
                }

                seen[slot] = generation;
                for (int j = 0; j < list.Length; j++)
                {
                    int id = list[j];
                    if (counts[id]++ == 0)
                    {
                        touched.Add(id);
                    }
                }
            }

            // Most shared pairs first, then the clause indexed first: one number each, distinct, kept in order among
            // the first few (those a sort of them all would put first).
            foreach (int id in touched)
            {
                if (counts[id] < MinimumSharedShingles)
                {
                    continue;
                }

                long key = ((long)(int.MaxValue - counts[id]) << 32) | (uint)id;
                if (found == ranked.Length && (found == 0 || key >= ranked[found - 1]))
                {
                    continue;
                }

                int at = found < ranked.Length ? found++ : found - 1;
                for (; at > 0 && ranked[at - 1] > key; at--)
                {
                    ranked[at] = ranked[at - 1];
                }

                ranked[at] = key;
            }
        }
        finally
        {
            foreach (int id in touched)
            {
                counts[id] = 0;
            }

            touched.Clear();
        }

        return found;
    }

    /// <summary>The clause's number in the index, of a <see cref="Rank"/>ed number.</summary>
    private static int NumberOf(long ranked) => (int)(ranked & 0xFFFFFFFF);

    /// <summary>The word pairs shared, of a <see cref="Rank"/>ed number.</summary>
    private static int SharedOf(long ranked) => int.MaxValue - (int)(ranked >> 32);

    /// <summary>
    /// The best alignment of a quotation with a clause: candidates from the index (plus <paramref name="alsoConsider"/>,
    /// e.g. the clauses of an article the text cites), each aligned, the most similar first. Null when no clause shares
    /// enough with it. <paramref name="vocabularyOf"/> gives a language's material-change vocabulary (may be null).
    /// </summary>
    public ClauseAlignment? Match(string quotation, Func<string, CanonVocabulary?>? vocabularyOf = null, IEnumerable<CanonClause>? alsoConsider = null) =>
        Match(new CanonQuotation(quotation), vocabularyOf, alsoConsider, 0);

    public ClauseAlignment? Match(IReadOnlyList<CanonToken> quotation, Func<string, CanonVocabulary?>? vocabularyOf = null, IEnumerable<CanonClause>? alsoConsider = null) =>
        Match(new CanonQuotation(quotation), vocabularyOf, alsoConsider, 0);

    /// <summary>
    /// As <see cref="Match(IReadOnlyList{CanonToken}, Func{string, CanonVocabulary?}?, IEnumerable{CanonClause}?)"/>, for a
    /// caller that rejects any best match less similar than <paramref name="minimumSimilarity"/>: the result may then differ
    /// only when it would be rejected anyway.
    /// </summary>
    public ClauseAlignment? Match(IReadOnlyList<CanonToken> quotation, Func<string, CanonVocabulary?>? vocabularyOf, IEnumerable<CanonClause>? alsoConsider, double minimumSimilarity) =>
        Match(new CanonQuotation(quotation), vocabularyOf, alsoConsider, minimumSimilarity);

    /// <summary>
    /// As above, from a quotation's text: its tokens are built only if a clause is aligned with it, which most quotations
    /// (sharing no word pair with any clause) never are.
    /// </summary>
    public ClauseAlignment? Match(CanonQuotation quotation, Func<string, CanonVocabulary?>? vocabularyOf, IEnumerable<CanonClause>? alsoConsider, double minimumSimilarity) =>
        Match(quotation, vocabularyOf, alsoConsider is null ? default : alsoConsider.ToImmutableArray(), minimumSimilarity, null);

    /// <summary>
    /// As above, for a caller that takes the best match only when <paramref name="accept"/> does (given its clause,
    /// similarity and matched words): null for one it would not take, whose rows are then never built.
    /// <paramref name="alsoConsider"/> is default for none.
    /// </summary>
    internal ClauseAlignment? Match(CanonQuotation quotation, Func<string, CanonVocabulary?>? vocabularyOf, ImmutableArray<CanonClause> alsoConsider, double minimumSimilarity, Func<CanonClause, double, int, bool>? accept)
    {
        // Candidates are compared by similarity alone; only the winner's diff rows (and material changes) are built.
        Draft? best = null;
        QuotationWords? words = null;
        int[] ids = quotation.Ids(_foldedWordIds);
        Span<long> ranked = stackalloc long[DefaultCandidates];
        int count = Rank(ids, ranked);
        // The memo's hash of the ids, once for every clause asked about (only a quotation of two words or more is kept;
        // most quotations are compared with no clause).
        int idsHash = quotation.Count >= 2 && (count > 0 || !alsoConsider.IsDefaultOrEmpty) ? AlignmentMemo<Measured>.HashOf(ids) : 0;
        int considered = 0;
        for (; considered < count; considered++)
        {
            // Clauses sharing far fewer pairs than the best are not worth aligning.
            if (SharedOf(ranked[considered]) * 2 < SharedOf(ranked[0]))
            {
                break;
            }

            best = Consider(best, _clauses[NumberOf(ranked[considered])], quotation, ids, idsHash, ref words, vocabularyOf, minimumSimilarity);
        }

        if (!alsoConsider.IsDefault)
        {
            foreach (CanonClause clause in alsoConsider)
            {
                // A cited clause the index proposed too was aligned or ruled out already: the same diff cannot win twice.
                if (AmongFirst(ranked.Slice(0, considered), clause))
                {
                    continue;
                }

                best = Consider(best, Indexed(clause), quotation, ids, idsHash, ref words, vocabularyOf, minimumSimilarity);
            }
        }

        return best is null || (accept is not null && !accept(best.Clause, best.Similarity, best.Equal)) ? null : Finish(best, quotation, ids);
    }

    /// <summary>
    /// The better of <paramref name="best"/> and the clause's alignment, which is only measured when it could win
    /// (<see cref="CanBeat"/>, which a quotation found word for word in the clause always passes). An alignment measured before is compared as it is: one that could not reach the floor is
    /// dropped, where the bound would have dropped it or <see cref="Better"/> would have kept the best (or, with no best
    /// yet, the caller would reject it).
    /// </summary>
    /// <param name="idsHash"><see cref="AlignmentMemo{T}.HashOf"/> of <paramref name="ids"/>, for a quotation of two words or more.</param>
    private Draft? Consider(Draft? best, IndexedClause clause, CanonQuotation quotation, int[] ids, int idsHash, ref QuotationWords? words, Func<string, CanonVocabulary?>? vocabularyOf, double minimumSimilarity)
    {
        CanonVocabulary? vocabulary = vocabularyOf?.Invoke(clause.Clause.Language);
        bool memoized = clause.Ids is not null && quotation.Count >= 2;
        if (memoized && _measured.TryGet(clause.Number, ids, idsHash, out Measured? known))
        {
            double floor = Math.Max(minimumSimilarity, best?.Similarity ?? 0);
            if (known.UnreachableFrom is not { } unreachable)
            {
                return known.Draft is { } draft && draft.Similarity >= floor - QuotationWords.Tolerance ? Better(best, draft with { Vocabulary = vocabulary }) : best;
            }

            // The bound turned the pair away at a floor no higher than this one: it would again (it asks whether any
            // stretch reaches the floor). Below that floor it is asked again.
            if (floor >= unreachable)
            {
                return best;
            }
        }

        // A quotation that is a stretch of the clause word for word is as similar as any can be (1.0), so the bound would
        // let it through, after making the quotation's masks and reading the whole clause: it is measured at once.
        if (clause.Ids is { } clauseIds && quotation.Count >= 2 && VerbatimAt(clauseIds, ids) is var at && at >= 0)
        {
            Draft verbatim = Verbatim(clause, at, quotation.Count, vocabulary);
            _measured.Add(clause.Number, ids, idsHash, new Measured(verbatim));
            return Better(best, verbatim);
        }

        if (CanBeat(clause, quotation.Count, ids, ref words, best, minimumSimilarity))
        {
            return Better(best, MeasureOnce(clause, quotation, ids, idsHash, vocabulary, ref words, notVerbatim: true));
        }

        // A quotation quoted again in the same words is turned away without reading the clause again.
        if (memoized)
        {
            _measured.Add(clause.Number, ids, idsHash, Measured.Unreachable(Math.Max(minimumSimilarity, best?.Similarity ?? 0)));
        }

        return best;
    }

    private bool AmongFirst(Span<long> ranked, CanonClause clause)
    {
        for (int i = 0; i < ranked.Length; i++)
        {
            if (ReferenceEquals(_clauses[NumberOf(ranked[i])].Clause, clause))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Aligns a quotation with one clause; null when they share no word.</summary>
    public ClauseAlignment? Align(CanonClause clause, IReadOnlyList<CanonToken> quotation, CanonVocabulary? vocabulary)
    {
        QuotationWords? words = null;
        Draft? draft = Measure(Indexed(clause), new CanonQuotation(quotation), QuotationWords.Ids(quotation, _wordIds), vocabulary, ref words);
        return draft is null ? null : Finish(draft, new CanonQuotation(quotation), null);
    }

    /// <summary>A clause outside the index has no word ids: it is aligned without the bound.</summary>
    private IndexedClause Indexed(CanonClause clause) =>
        _byClause.TryGetValue(clause, out IndexedClause? known) ? known : IndexedClause.Create(clause, null, -1);

    /// <summary>
    /// Whether aligning the clause could give a match that wins over <paramref name="best"/> and reaches the minimum,
    /// without the diff (<see cref="QuotationWords.CanReach"/>). The margin keeps every candidate that could tie with
    /// the best (ties are settled by version and text).
    /// </summary>
    private bool CanBeat(IndexedClause clause, int quotationLength, int[] ids, ref QuotationWords? words, Draft? best, double minimumSimilarity)
    {
        double floor = Math.Max(minimumSimilarity, best?.Similarity ?? 0);
        if (floor <= 0 || quotationLength == 0 || clause.Ids is null)
        {
            return true;
        }

        words ??= QuotationWords.Create(ids);
        return words.CanReach(clause.Ids, floor);
    }

    private static Draft? Better(Draft? a, Draft? b)
    {
        if (a is null)
        {
            return b;
        }

        if (b is null)
        {
            return a;
        }

        if (Math.Abs(a.Similarity - b.Similarity) > 1e-9)
        {
            return b.Similarity > a.Similarity ? b : a;
        }

        // Equally similar: the wording in force, then the authentic text, then the first found.
        if (a.Clause.Version.IsSuperseded != b.Clause.Version.IsSuperseded)
        {
            return a.Clause.Version.IsSuperseded ? b : a;
        }

        return !a.Clause.IsAuthentic && b.Clause.IsAuthentic ? b : a;
    }

    /// <summary>
    /// <see cref="Measure"/> of a quotation <see cref="Consider"/> did not find in the memo, kept there
    /// (<see cref="AlignmentMemo{T}"/>): the diff depends only on the clause and the quotation's word ids, except through
    /// a blank quotation of one word.
    /// </summary>
    /// <param name="notVerbatim">The quotation is known not to be a stretch of the clause word for word (<see cref="VerbatimAt"/>).</param>
    private Draft? MeasureOnce(IndexedClause clause, CanonQuotation quotation, int[] ids, int idsHash, CanonVocabulary? vocabulary, ref QuotationWords? words, bool notVerbatim)
    {
        Draft? draft = Measure(clause, quotation, ids, vocabulary, ref words, notVerbatim);
        if (clause.Ids is not null && quotation.Count >= 2)
        {
            _measured.Add(clause.Number, ids, idsHash, new Measured(draft));
        }

        return draft;
    }

    /// <summary>Diffs a quotation with one clause and measures their similarity; null when they share no word.</summary>
    /// <param name="words">The quotation's words over <paramref name="quotationIds"/>, made here if the bound did not make them.</param>
    /// <param name="quotation">Its tokens are made only for a clause outside the index (or one word, to tell whether it is blank).</param>
    /// <param name="notVerbatim">The quotation is known not to be a stretch of the clause word for word: not looked for again.</param>
    private Draft? Measure(IndexedClause clause, CanonQuotation quotation, int[] quotationIds, CanonVocabulary? vocabulary, ref QuotationWords? words, bool notVerbatim = false)
    {
        CanonToken[] canon = clause.Tokens;
        if (canon.Length == 0 || quotation.Count == 0 || quotation.Count > MaxLengthRatio * canon.Length + MaxLengthSlack)
        {
            // A quotation many times longer than the clause does not quote it (and would make the diff quadratic).
            return null;
        }

        // A quotation that is a stretch of the clause word for word is the most similar stretch, with no edits: it needs
        // neither the search below nor a diff.
        if (!notVerbatim && clause.Ids is { } indexedIds && quotation.Count >= 2 && VerbatimAt(indexedIds, quotationIds) is var verbatim && verbatim >= 0)
        {
            return Verbatim(clause, verbatim, quotation.Count, vocabulary);
        }

        // The part of the clause the quotation covers: the stretch most similar to it (an exact bit-parallel LCS from
        // every quoted start), widened by as many clause words as the quotation has words before its first equal word
        // and after its last (they may be altered words of the clause).
        WordDiff diff;
        QuotationWords stretchWords;
        int[] stretchIds;
        if (clause.Ids is { } clauseIds)
        {
            bool blank = quotation.Count == 0 || (quotation.Count == 1 && quotation.FoldedAt(0).Length == 0);
            diff = new WordDiff(canon, clauseIds, quotationIds, blank, _wordIds.Count);
            stretchWords = words ??= QuotationWords.Create(quotationIds);
            stretchIds = clauseIds;
        }
        else
        {
            // A clause outside the index: its words and the quotation's numbered among themselves.
            (int[] local, int[] quoted, int count) = WordDiff.LocalIds(canon, quotation.Tokens);
            diff = new WordDiff(canon, local, quotation.Tokens, quoted, count);
            stretchWords = QuotationWords.Create(quoted);
            stretchIds = local;
        }

        (int stretchFrom, int stretchTo, int common) = stretchWords.MostSimilarStretch(stretchIds);
        if (common == 0 || (common < 2 && quotation.Count > 3))
        {
            return null;
        }

        // The quotation words the diff pairs with the stretch's ends, found without diffing the stretch when every
        // minimal diff pairs them alike (as it mostly does): then only the widened part is diffed.
        List<(int A, int DeleteCount, int B, int InsertCount)>? stretch = null;
        int before;
        int after;
        if (!DiffEveryStretch && quotation.Count >= 2 && stretchWords.TryMatchedEnds(stretchIds, stretchFrom, stretchTo, out int firstPaired, out int lastPaired))
        {
            (before, after) = (firstPaired, quotation.Count - 1 - lastPaired);
        }
        else
        {
            stretch = diff.Diff(stretchFrom, stretchTo);
            (before, after) = UnmatchedEnds(stretch, stretchTo - stretchFrom, quotation.Count);
        }

        int from = Math.Max(0, stretchFrom - before);
        int to = Math.Min(canon.Length, stretchTo + after);
        List<(int A, int DeleteCount, int B, int InsertCount)> edits = stretch is not null && from == stretchFrom && to == stretchTo ? stretch : diff.Diff(from, to);

        // Clause words at either edge that the quotation does not reach are outside it, not omissions.
        int length = to - from;
        if (edits.Count > 0 && edits[0].A == 0 && edits[0].B == 0 && edits[0].InsertCount == 0)
        {
            int cut = edits[0].DeleteCount;
            from += cut;
            length -= cut;
            edits.RemoveAt(0);
            for (int k = 0; k < edits.Count; k++)
            {
                edits[k] = (edits[k].A - cut, edits[k].DeleteCount, edits[k].B, edits[k].InsertCount);
            }
        }

        if (edits.Count > 0 && edits[edits.Count - 1] is var tail && tail.A + tail.DeleteCount == length && tail.B == quotation.Count && tail.InsertCount == 0)
        {
            length -= tail.DeleteCount;
            edits.RemoveAt(edits.Count - 1);
        }

        if (length <= 0)
        {
            return null;
        }

        // As the rows count them below: the clause words between edits and after the last.
        int equal = 0;
        int at = 0;
        foreach ((int deleteStart, int deleteCount, _, _) in edits)
        {
            equal += Math.Max(0, deleteStart - at);
            at = deleteStart + deleteCount;
        }

        equal += Math.Max(0, length - at);
        double similarity = 2.0 * equal / (length + quotation.Count);
        return new Draft(clause, vocabulary, from, length, edits, similarity, equal);
    }

    private static readonly (int A, int DeleteCount, int B, int InsertCount)[] NoEdits = Array.Empty<(int, int, int, int)>();

    /// <summary>The alignment of a quotation of <paramref name="count"/> words found word for word at <paramref name="at"/>: no edits, 1.0 similar.</summary>
    private static Draft Verbatim(IndexedClause clause, int at, int count, CanonVocabulary? vocabulary) => new(clause, vocabulary, at, count, NoEdits, 1.0, count);

    /// <summary>Where the quotation's words stand side by side in the clause (the first such place); -1 when nowhere.</summary>
    private static int VerbatimAt(int[] clause, int[] quotation)
    {
        int first = quotation[0];
        if (first < 0)
        {
            return -1;
        }

        for (int at = 0; at + quotation.Length <= clause.Length; at++)
        {
            if (clause[at] == first && clause.AsSpan(at, quotation.Length).SequenceEqual(quotation))
            {
                return at;
            }
        }

        return -1;
    }

    /// <summary>The winner's alignment: its diff rows, with the material changes of each edit.</summary>
    /// <param name="quotationIds">The quotation's word ids in this index, when known.</param>
    private ClauseAlignment Finish(Draft draft, CanonQuotation quotation, int[]? quotationIds)
    {
        IndexedClause clause = draft.Indexed;
        CanonToken[] canon = clause.Tokens;
        CanonVocabulary? vocabulary = draft.Vocabulary;
        int from = draft.From;
        int length = draft.Length;
        // The rows are gathered in the thread's list and copied out once; each edit's folded words in the same buffers:
        // MaterialChanges reads them and keeps nothing. The material categories each word starts are known by word id
        // for words of the index. A quoted word is read in place: no token is made for it.
        RowWords lists = _rowWords ??= new RowWords();
        List<ClauseEdit> rows = lists.Rows;
        rows.Clear();
        VocabularyStarts? known = vocabulary is not null && clause.Ids is not null && quotationIds is not null ? StartsById(vocabulary) : null;
        ulong[]? startsById = known?.Starts;
        // A quoted word the index lacks is folded only when it is a number or a phrase's word (without a vocabulary
        // only numbers are compared).
        FoldedWordIds? lacked = known?.LackedPhraseWords;
        bool foldUnknown = vocabulary is not null && lacked is null;
        MaterialChanges.StartingWords? starting = startsById is null ? null : MaterialChanges.Starting(vocabulary!);
        int a = 0;
        int equal = 0;
        // By index: the edits are a list or an array behind an interface, whose enumerator would be boxed.
        IReadOnlyList<(int A, int DeleteCount, int B, int InsertCount)> edits = draft.Edits;
        for (int e = 0; e < edits.Count; e++)
        {
            (int deleteStart, int deleteCount, int insertStart, int insertCount) = edits[e];
            equal += AddEqual(rows, clause, from, a, deleteStart - a);
            EditSide removed = lists.Removed(deleteCount);
            EditSide added = lists.Added(insertCount);
            ulong[]? removedStarts = startsById is null ? null : RowWords.AtLeast(ref lists.RemovedStarts, deleteCount);
            ulong[]? addedStarts = startsById is null ? null : RowWords.AtLeast(ref lists.AddedStarts, insertCount);
            for (int k = 0; k < deleteCount; k++)
            {
                CanonToken token = canon[from + deleteStart + k];
                removed.Folded[k] = token.Folded;
                removed.IsNumber[k] = token.IsNumber;
                if (removedStarts is not null)
                {
                    removedStarts[k] = startsById![clause.Ids![from + deleteStart + k]];
                }
            }

            StringBuilder written = Joined();
            for (int k = 0; k < insertCount; k++)
            {
                int id = quotationIds is null ? -1 : quotationIds[insertStart + k];
                bool isNumber = quotation.AppendWritten(insertStart + k, k > 0 ? written.Append(' ') : written);
                string folded = id >= 0 ? _foldedWordIds.WordOf(id)
                    : isNumber || foldUnknown ? quotation.FoldedAt(insertStart + k)
                    : lacked is not null && quotation.IdAt(insertStart + k, lacked) is int phraseWord and >= 0 ? lacked.WordOf(phraseWord)
                    : UnknownWord;
                added.Folded[k] = folded;
                added.IsNumber[k] = isNumber;
                if (addedStarts is not null)
                {
                    addedStarts[k] = id >= 0 ? startsById![id] : ReferenceEquals(folded, UnknownWord) ? 0 : starting!.Of(folded);
                }
            }

            EditKind kind = deleteCount == 0 ? EditKind.Insertion : insertCount == 0 ? EditKind.Omission : EditKind.Substitution;
            int paragraph = clause.ParagraphOf[Math.Min(from + deleteStart, clause.ParagraphOf.Length - 1)];
            rows.Add(new ClauseEdit(kind, clause.Join(from + deleteStart, deleteCount), written.ToString(), paragraph, MaterialChanges.Of(removed, removedStarts, added, addedStarts, vocabulary)));
            Array.Clear(removed.Folded, 0, deleteCount);
            Array.Clear(added.Folded, 0, insertCount);
            a = deleteStart + deleteCount;
        }

        equal += AddEqual(rows, clause, from, a, length - a);
        ImmutableArray<ClauseEdit> made = ImmutableArray.CreateRange(rows);
        rows.Clear();
        return new ClauseAlignment(clause.Clause, draft.Similarity, clause.ParagraphOf[from], clause.ParagraphOf[from + length - 1], made, equal, quotation.Count);
    }

    private static int AddEqual(List<ClauseEdit> rows, IndexedClause clause, int from, int start, int count)
    {
        if (count <= 0)
        {
            return 0;
        }

        // An equal run that crosses a paragraph break becomes one row per paragraph.
        int k = start;
        while (k < start + count)
        {
            int paragraph = clause.ParagraphOf[from + k];
            int first = k;
            while (k < start + count && clause.ParagraphOf[from + k] == paragraph)
            {
                k++;
            }

            rows.Add(clause.EqualRow(from + first, k - first, paragraph));
        }

        return count;
    }

    /// <summary>
    /// How many quotation words come before the first equal word of a diff over a stretch of <paramref name="length"/>
    /// clause words, and after its last; (0, 0) when no word is equal (never for a stretch sharing a word: the diff is
    /// minimal, so it keeps a longest common subsequence).
    /// </summary>
    internal static (int Before, int After) UnmatchedEnds(List<(int A, int DeleteCount, int B, int InsertCount)> diff, int length, int quoteLength)
    {
        int a = 0;
        int b = 0;
        int firstB = -1;
        int lastEnd = 0;
        foreach ((int deleteStart, int deleteCount, int insertStart, int insertCount) in diff)
        {
            if (deleteStart > a)
            {
                // An equal run: clause words [a, deleteStart) with quotation words from b.
                firstB = firstB < 0 ? b : firstB;
                lastEnd = b + (deleteStart - a);
            }

            a = deleteStart + deleteCount;
            b = insertStart + insertCount;
        }

        if (a < length)
        {
            firstB = firstB < 0 ? b : firstB;
            lastEnd = b + (length - a);
        }

        return firstB < 0 ? (0, 0) : (firstB, quoteLength - lastEnd);
    }

    /// <summary>The thread's builder for joined words, empty.</summary>
    private static StringBuilder Joined() => (_joined ??= new StringBuilder()).Clear();

    /// <summary>A pair of word ids as one number: distinct pairs, distinct numbers.</summary>
    private static long Shingle(int a, int b) => ((long)a << 32) | (uint)b;

    /// <summary>
    /// Hashes a <see cref="Shingle"/> by mixing all its bits. <c>long.GetHashCode</c> XORs the two halves, which for
    /// two small word ids gives a few thousand codes for a million pairs (and the same code for a pair and its
    /// reverse): with 10,000 clauses every lookup walked a long chain.
    /// </summary>
    private sealed class PairComparer : IEqualityComparer<long>
    {
        public static readonly PairComparer Instance = new();

        public bool Equals(long x, long y) => x == y;

        public int GetHashCode(long pair) => (int)(((ulong)pair * 0x9E3779B97F4A7C15UL) >> 32);
    }

    /// <summary>What <see cref="Rank"/> fills, kept per thread (empty between calls).</summary>
    private sealed class Scratch
    {
        public List<int> Touched { get; } = new();

        private int[] _seen = new int[64];
        private int _generation;

        /// <summary>A mark per slot of the pair table; a slot marked with the returned generation was counted in this lookup.</summary>
        public int[] SeenPairs(int slots, out int generation)
        {
            if (_seen.Length < slots || ++_generation == int.MaxValue)
            {
                _seen = new int[Math.Max(slots, _seen.Length)];
                _generation = 1;
            }

            generation = _generation;
            return _seen;
        }
    }

    /// <summary>The words of one edit, as <see cref="Finish"/> gathers them (per thread).</summary>
    private sealed class RowWords
    {
        public ulong[] RemovedStarts = new ulong[16];
        public ulong[] AddedStarts = new ulong[16];

        private string[] _removedFolded = new string[16];
        private bool[] _removedNumbers = new bool[16];
        private string[] _addedFolded = new string[16];
        private bool[] _addedNumbers = new bool[16];

        /// <summary>Buffers for an edit's <paramref name="count"/> removed words (the folded ones cleared after use, so that they keep none alive).</summary>
        public EditSide Removed(int count) => new(AtLeast(ref _removedFolded, count), AtLeast(ref _removedNumbers, count), count);

        public EditSide Added(int count) => new(AtLeast(ref _addedFolded, count), AtLeast(ref _addedNumbers, count), count);

        /// <summary>The rows of the alignment being finished (emptied after, so that it keeps none alive).</summary>
        public List<ClauseEdit> Rows { get; } = new();

        public static T[] AtLeast<T>(ref T[] array, int length) => array.Length >= length ? array : array = new T[Math.Max(length, 2 * array.Length)];
    }

    /// <summary>
    /// A vocabulary with the categories each word of the index starts (<see cref="StartsById"/>), and the words of its
    /// phrases the index lacks (null when <see cref="UnknownWord"/> is one of them: then every quoted word is folded).
    /// </summary>
    private sealed record VocabularyStarts(CanonVocabulary Vocabulary, ulong[] Starts, FoldedWordIds? LackedPhraseWords);

    /// <summary>
    /// What <see cref="Measure"/> gave; a draft's edits are never changed. Its vocabulary, the one it was first measured
    /// for, plays no part in the diff: a reader puts its own in a copy.
    /// </summary>
    private sealed record Measured(Draft? Draft)
    {
        /// <summary>Set when the bound (<see cref="CanBeat"/>) turned the pair away at this floor: no stretch of the clause reaches it.</summary>
        public double? UnreachableFrom { get; private init; }

        public static Measured Unreachable(double floor) => new((Draft?)null) { UnreachableFrom = floor };
    }

    /// <summary>A clause aligned with a quotation, measured but without its diff rows yet; <paramref name="Equal"/> clause words are equal in the rows.</summary>
    private sealed record Draft(IndexedClause Indexed, CanonVocabulary? Vocabulary, int From, int Length, IReadOnlyList<(int A, int DeleteCount, int B, int InsertCount)> Edits, double Similarity, int Equal)
    {
        public CanonClause Clause => Indexed.Clause;
    }

    private sealed class IndexedClause
    {
        private IndexedClause(CanonClause clause, CanonToken[] tokens, int[] paragraphOf, int[]? ids, int number)
        {
            Number = number;
            Clause = clause;
            Tokens = tokens;
            ParagraphOf = paragraphOf;
            Ids = ids;
        }

        /// <summary>Its place among the index's clauses; -1 outside the index.</summary>
        public int Number { get; }

        public CanonClause Clause { get; }

        public CanonToken[] Tokens { get; }

        /// <summary>Each token's word id in the index (to bound a quotation's similarity cheaply); null outside the index.</summary>
        public int[]? Ids { get; }

        /// <summary>The clause's tokens, and for each the number of the paragraph it is in; word ids are added to <paramref name="wordIds"/>.</summary>
        public static IndexedClause Create(CanonClause clause, Dictionary<string, int>? wordIds, int number)
        {
            var tokens = new List<CanonToken>();
            var paragraphOf = new List<int>();
            for (int p = 0; p < clause.Paragraphs.Length; p++)
            {
                int before = tokens.Count;
                CanonText.AddTokens(clause.Paragraphs[p], tokens);
                for (int k = before; k < tokens.Count; k++)
                {
                    paragraphOf.Add(clause.FirstParagraph + p);
                }
            }

            int[]? ids = null;
            if (wordIds is not null)
            {
                ids = new int[tokens.Count];
                for (int k = 0; k < ids.Length; k++)
                {
                    if (!wordIds.TryGetValue(tokens[k].Folded, out ids[k]))
                    {
                        wordIds[tokens[k].Folded] = ids[k] = wordIds.Count;
                    }
                }
            }

            return new IndexedClause(clause, tokens.ToArray(), paragraphOf.ToArray(), ids, number);
        }

        public int[] ParagraphOf { get; }

        /// <summary>The clause's words joined by single spaces, and where each starts in it (one past the end last).</summary>
        private string? _joined;
        private int[]? _starts;

        /// <summary><paramref name="count"/> of the clause's words from <paramref name="start"/>, joined by single spaces: a part of the whole clause joined once.</summary>
        public string Join(int start, int count)
        {
            if (count <= 0)
            {
                return string.Empty;
            }

            (string joined, int[] starts) = JoinedWhole();
            return joined.Substring(starts[start], starts[start + count] - 1 - starts[start]);
        }

        /// <summary>An equal row of <paramref name="count"/> (at least one) of the clause's words from <paramref name="start"/>, which cuts them out of the clause joined when read.</summary>
        public ClauseEdit EqualRow(int start, int count, int paragraph)
        {
            (string joined, int[] starts) = JoinedWhole();
            return new ClauseEdit(joined, starts[start], starts[start + count] - 1 - starts[start], paragraph);
        }

        private (string Joined, int[] Starts) JoinedWhole()
        {
            if (_starts is not { } starts || _joined is not { } joined)
            {
                (joined, starts) = Joined(Tokens);
                (_joined, _starts) = (joined, starts);
            }

            return (joined, starts);
        }

        private static (string Joined, int[] Starts) Joined(CanonToken[] tokens)
        {
            var text = new StringBuilder();
            var starts = new int[tokens.Length + 1];
            for (int k = 0; k < tokens.Length; k++)
            {
                starts[k] = text.Length;
                text.Append(tokens[k].Text).Append(' ');
            }

            starts[tokens.Length] = text.Length;
            return (text.ToString(), starts);
        }
    }
}
