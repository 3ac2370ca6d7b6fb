using System;
using System.Collections.Immutable;

namespace NewsLint.Rules.Facts;

/// <summary>
/// An event whose date is known, from <c>rules/facts/*.yaml</c>: how to name it and recognize it per language, when
/// (a day or a range of days) and where it took place, and the source that says so.
/// </summary>
public sealed record EventFact(
    string Id,
    ImmutableDictionary<string, string> Names,
    ImmutableDictionary<string, ImmutableArray<ImmutableArray<string>>> Match,
    string? Place,
    DateTime Start,
    DateTime End,
    string? Source,
    string SourcePath,
    int SourceLine)
{
    /// <summary>The name in a language, else in English, else the id.</summary>
    public string NameFor(string languageCode) =>
        Names.TryGetValue(languageCode, out string? name) ? name : Names.TryGetValue("en", out name) ? name : Id;

    /// <summary>The groups of folded aliases a sentence in this language must each name once, or empty.</summary>
    public ImmutableArray<ImmutableArray<string>> MatchFor(string languageCode) =>
        Match.TryGetValue(languageCode, out ImmutableArray<ImmutableArray<string>> groups) ? groups : ImmutableArray<ImmutableArray<string>>.Empty;

    public bool Contains(DateTime date) => date >= Start && date <= End;

    public override string ToString() => Id;
}

/// <summary>Every event fact, later files overriding earlier entries with the same id.</summary>
public sealed class FactCatalog
{
    public FactCatalog(ImmutableArray<EventFact> events)
    {
        Events = events;
    }

    public ImmutableArray<EventFact> Events { get; }
}
