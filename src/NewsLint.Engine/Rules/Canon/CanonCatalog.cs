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

    public CanonCatalog(ImmutableArray<CanonClause> clauses, ImmutableDictionary<string, CanonInstrument> instruments)
    {
        Clauses = clauses;
        Instruments = instruments;
        _index = new Lazy<ClauseIndex>(() => ClauseIndex.Build(Clauses), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public static CanonCatalog Empty { get; } = new(ImmutableArray<CanonClause>.Empty, ImmutableDictionary<string, CanonInstrument>.Empty);

    public ImmutableArray<CanonClause> Clauses { get; }

    /// <summary>Instruments by id, names of all their files joined.</summary>
    public ImmutableDictionary<string, CanonInstrument> Instruments { get; }

    public ClauseIndex Index => _index.Value;

    /// <summary>The clauses of an instrument's article in a language (every version).</summary>
    public IEnumerable<CanonClause> ClausesOf(string instrumentId, string article, string language)
    {
        foreach (CanonClause clause in Clauses)
        {
            if (clause.Instrument.Id == instrumentId && clause.Language == language
                && string.Equals(clause.Article, article, StringComparison.OrdinalIgnoreCase))
            {
                yield return clause;
            }
        }
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
