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

    public static readonly ClauseMatchRecognizer Instance = new();

    public override ImmutableArray<ClauseMatch> Recognize(ArticleContext context)
    {
        CanonCatalog catalog = context.Rules.Get<CanonCatalog>();
        if (catalog.Clauses.IsEmpty || context.Language is null)
        {
            return ImmutableArray<ClauseMatch>.Empty;
        }

        ImmutableArray<Quotation> all = context.Get(QuotationRecognizer.Instance).Quotations;
        var quotations = new List<Quotation>(all.Length);
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

        Dictionary<int, List<Citation>> citations = ByBlock(context.Get(CitationRecognizer.Instance));
        LanguageCatalog languages = context.Rules.Get<LanguageCatalog>();
        // Asked for every clause aligned: the clauses of an article are in one or two languages.
        string? lastCode = null;
        CanonVocabulary? lastVocabulary = null;
        Func<string, CanonVocabulary?> vocabularyOf = code =>
        {
            if (!string.Equals(code, lastCode, StringComparison.Ordinal))
            {
                lastVocabulary = languages.Find(code)?.Section<CanonVocabulary>();
                lastCode = code;
            }

            return lastVocabulary;
        };
        string language = context.Language.Code;
        var cited = new CitedClauses(catalog, language);
        var acceptance = new Acceptance();
        ImmutableArray<ClauseMatch>.Builder result = ScratchBuilder<ClauseMatch>.Rent();
        ClauseMatch? previous = null;
        int previousIndex = -2;
        CanonQuotation? nextWords = null;
        for (int i = 0; i < quotations.Count; i++)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            Quotation quotation = quotations[i];
            Citation? citation = CitationFor(quotation, citations);
            int pieces = 1;
            // The words of a quotation tried with the one before it are read once.
            CanonQuotation words = nextWords ?? QuotedWords.Of(quotation, context);
            nextWords = null;
            ClauseAlignment? alignment = words.Count >= MinimumWords ? Match(catalog, words, citation, cited, acceptance, vocabularyOf) : null;
            if (alignment is null && i + 1 < quotations.Count && Adjacent(quotation, quotations[i + 1]))
            {
                // A clause quoted in pieces: "‘’Jika …,’’ tulis pasal 4, ‘’maka …’’".
                Quotation next = quotations[i + 1];
                nextWords = QuotedWords.Of(next, context);
                CanonQuotation joined = words.Then(nextWords);
                Citation? either = citation ?? CitationFor(next, citations);
                ClauseAlignment? together = joined.Count >= MinimumWords ? Match(catalog, joined, either, cited, acceptance, vocabularyOf) : null;
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
                && !cited.Of(citation).IsEmpty)
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

    private static ClauseAlignment? Match(CanonCatalog catalog, CanonQuotation words, Citation? citation, CitedClauses citedClauses, Acceptance acceptance, Func<string, CanonVocabulary?> vocabularyOf)
    {
        IEnumerable<CanonClause>? cited = citation?.Instrument is not null && !citation.InQuotation ? citedClauses.Of(citation) : null;
        // Nothing below the cited minimum is ever taken (nothing below the plain one without a citation naming an
        // instrument), so the index need not align clauses that cannot reach it; nor build the rows of a match not taken.
        CanonInstrument? named = citation?.Instrument;
        double minimum = named is null ? MinimumSimilarity : MinimumCitedSimilarity;
        return catalog.Index.Match(words, vocabularyOf, cited, minimum, acceptance.For(named));
    }

    /// <summary>
    /// <see cref="Takes"/> for the instrument a citation names, as the index asks it: one test per article and instrument
    /// named last, not one per quotation.
    /// </summary>
    private sealed class Acceptance
    {
        private static readonly Func<CanonClause, double, int, bool> Uncited = (clause, similarity, matched) => Takes(null, clause, similarity, matched);

        private CanonInstrument? _named;
        private Func<CanonClause, double, int, bool>? _takes;

        public Func<CanonClause, double, int, bool> For(CanonInstrument? named)
        {
            if (named is null)
            {
                return Uncited;
            }

            if (_takes is null || !ReferenceEquals(named, _named))
            {
                _takes = (clause, similarity, matched) => Takes(named, clause, similarity, matched);
                _named = named;
            }

            return _takes;
        }
    }

    /// <summary>
    /// The clauses of the article a citation cites, in the article's language; the article asked about last is
    /// remembered (an article's quotations cite the same article again and again, and each is matched alone and with
    /// the next one).
    /// </summary>
    private sealed class CitedClauses
    {
        private readonly CanonCatalog _catalog;
        private readonly string _language;
        private CanonInstrument? _instrument;
        private string? _article;
        private ImmutableArray<CanonClause> _clauses;

        public CitedClauses(CanonCatalog catalog, string language)
        {
            _catalog = catalog;
            _language = language;
        }

        /// <param name="citation">One naming an instrument.</param>
        public ImmutableArray<CanonClause> Of(Citation citation)
        {
            if (!ReferenceEquals(citation.Instrument, _instrument) || !string.Equals(citation.Article, _article, StringComparison.Ordinal))
            {
                _clauses = _catalog.ClausesOf(citation.Instrument!.Id, citation.Article, _language);
                _instrument = citation.Instrument;
                _article = citation.Article;
            }

            return _clauses;
        }
    }

    /// <summary>Whether a best match is taken: enough matched words, and similar enough for a clause of the cited instrument or for any.</summary>
    private static bool Takes(CanonInstrument? cited, CanonClause clause, double similarity, int matchedWords) =>
        matchedWords >= MinimumMatchedWords && similarity >= (cited is not null && cited.Id == clause.Instrument.Id ? MinimumCitedSimilarity : MinimumSimilarity);

    /// <summary>Two quotations with no other between them, in one block or in consecutive blocks.</summary>
    private static bool Adjacent(Quotation first, Quotation second) => second.FirstBlock.Index - first.LastBlock.Index <= 1;

    /// <summary>Citations outside quoted words, by the index of their block.</summary>
    /// <summary>The quotation a match was made of, or the two when the second one (now at <paramref name="i"/>) completed the first.</summary>
    private static ImmutableArray<Quotation> Pieces(List<Quotation> quotations, int i, int count) =>
        count == 1 ? ImmutableArray.Create(quotations[i]) : ImmutableArray.Create(quotations[i - 1], quotations[i]);

    private static Dictionary<int, List<Citation>> ByBlock(ImmutableArray<Citation> citations)
    {
        var byBlock = new Dictionary<int, List<Citation>>();
        foreach (Citation citation in citations)
        {
            if (citation.InQuotation)
            {
                continue;
            }

            if (!byBlock.TryGetValue(citation.Block.Index, out List<Citation>? list))
            {
                byBlock[citation.Block.Index] = list = new List<Citation>();
            }

            list.Add(citation);
        }

        return byBlock;
    }

    /// <summary>
    /// The citation outside quoted words nearest to the quotation in its own block(s); or the last one of the block
    /// before, when that block introduces the quotation with a colon.
    /// </summary>
    private static Citation? CitationFor(Quotation quotation, Dictionary<int, List<Citation>> citations)
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
            if (!citations.TryGetValue(block, out List<Citation>? inBlock))
            {
                continue;
            }

            foreach (Citation citation in inBlock)
            {
                int distance = block == first && citation.End <= start ? start - citation.End
                    : block == last && citation.Start >= end ? citation.Start - end
                    : int.MaxValue;
                if (distance < bestDistance)
                {
                    best = citation;
                    bestDistance = distance;
                }
            }
        }

        if (best is null && citations.TryGetValue(first - 1, out List<Citation>? before)
            && before[before.Count - 1].Block.Text.TrimEnd().EndsWith(":", StringComparison.Ordinal))
        {
            best = before[before.Count - 1];
        }

        return best;
    }
}
