using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using NewsLint.Canon;

namespace NewsLint.Rules.Canon;

/// <summary>Every canonical clause and instrument; the clause index is built once, on first use.</summary>
public sealed class CanonCatalog
{
    private readonly Lazy<ClauseIndex> _index;
    private readonly Lazy<Dictionary<string, ImmutableArray<CanonClause>>> _byArticle;

    public CanonCatalog(ImmutableArray<CanonClause> clauses, ImmutableDictionary<string, CanonInstrument> instruments)
    {
        Clauses = clauses;
        Instruments = instruments;
        _index = new Lazy<ClauseIndex>(() => ClauseIndex.Build(Clauses), LazyThreadSafetyMode.ExecutionAndPublication);
        _byArticle = new Lazy<Dictionary<string, ImmutableArray<CanonClause>>>(ByArticle, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public static CanonCatalog Empty { get; } = new(ImmutableArray<CanonClause>.Empty, ImmutableDictionary<string, CanonInstrument>.Empty);

    public ImmutableArray<CanonClause> Clauses { get; }

    /// <summary>Instruments by id, names of all their files joined.</summary>
    public ImmutableDictionary<string, CanonInstrument> Instruments { get; }

    public ClauseIndex Index => _index.Value;

    /// <summary>The clauses of an instrument's article in a language (every version); a lookup, whatever the number of clauses.</summary>
    public ImmutableArray<CanonClause> ClausesOf(string instrumentId, string article, string language) =>
        _byArticle.Value.TryGetValue(Key(instrumentId, article, language), out ImmutableArray<CanonClause> clauses) ? clauses : ImmutableArray<CanonClause>.Empty;

    private static string Key(string instrumentId, string article, string language) =>
        instrumentId + "\u0001" + article.Trim().ToLowerInvariant() + "\u0001" + language;

    private Dictionary<string, ImmutableArray<CanonClause>> ByArticle()
    {
        var byArticle = new Dictionary<string, ImmutableArray<CanonClause>>(StringComparer.Ordinal);
        foreach (CanonClause clause in Clauses)
        {
            string key = Key(clause.Instrument.Id, clause.Article, clause.Language);
            byArticle[key] = byArticle.TryGetValue(key, out ImmutableArray<CanonClause> earlier) ? earlier.Add(clause) : ImmutableArray.Create(clause);
        }

        return byArticle;
    }

    /// <summary>The clause with an id, or null.</summary>
    public CanonClause? Find(string id)
    {
        foreach (CanonClause clause in Clauses)
        {
            if (clause.Id == id)
            {
                return clause;
            }
        }

        return null;
    }
}
