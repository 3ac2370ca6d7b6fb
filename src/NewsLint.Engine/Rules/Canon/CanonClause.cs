using System;
using System.Collections.Immutable;

namespace NewsLint.Rules.Canon;

/// <summary>A treaty, charter or law whose clauses are canonical texts: its names per language, date and size.</summary>
public sealed record CanonInstrument(
    string Id,
    ImmutableDictionary<string, ImmutableArray<string>> Names,
    DateTime? Date,
    int? Articles)
{
    /// <summary>The first name in a language, else in English, else the id.</summary>
    public string NameFor(string languageCode) =>
        Names.TryGetValue(languageCode, out ImmutableArray<string> names) && !names.IsEmpty ? names[0]
        : Names.TryGetValue("en", out names) && !names.IsEmpty ? names[0]
        : Id;

    /// <summary>Every name and alias in a language (the first is the name messages use).</summary>
    public ImmutableArray<string> NamesIn(string languageCode) =>
        Names.TryGetValue(languageCode, out ImmutableArray<string> names) ? names : ImmutableArray<string>.Empty;

    public override string ToString() => Id;
}

/// <summary>When a wording of a clause was in force; <see cref="Until"/> is null for the wording in force now.</summary>
public sealed record ClauseVersion(string Name, DateTime? From, DateTime? Until, string? ChangedBy)
{
    public bool IsSuperseded => Until is not null;

    public override string ToString() => Name;
}

/// <summary>
/// One canonical text from <c>rules/canon/*.md</c>: one article of an instrument (or one paragraph of it) in one
/// language and one version. Its body's paragraphs are the article's paragraphs, numbered from
/// <see cref="FirstParagraph"/>. Immutable.
/// </summary>
public sealed class CanonClause
{
    public CanonClause(
        string id,
        CanonInstrument instrument,
        string article,
        int firstParagraph,
        string language,
        bool isAuthentic,
        string? translationOf,
        ClauseVersion version,
        string? source,
        ImmutableArray<string> paragraphs,
        string sourcePath,
        int sourceLine)
    {
        Id = id ?? throw new ArgumentNullException(nameof(id));
        Instrument = instrument ?? throw new ArgumentNullException(nameof(instrument));
        Article = article;
        FirstParagraph = firstParagraph;
        Language = language;
        IsAuthentic = isAuthentic;
        TranslationOf = translationOf;
        Version = version;
        Source = source;
        Paragraphs = paragraphs;
        SourcePath = sourcePath;
        SourceLine = sourceLine;
    }

    public string Id { get; }

    public CanonInstrument Instrument { get; }

    /// <summary>The article number as written in the instrument (<c>4</c>, <c>51</c>).</summary>
    public string Article { get; }

    /// <summary>The number of the first paragraph in <see cref="Paragraphs"/> (1 unless the file holds a later paragraph alone).</summary>
    public int FirstParagraph { get; }

    /// <summary>ISO 639-1 code of the text.</summary>
    public string Language { get; }

    /// <summary>True for an authentic text; false for a reference translation.</summary>
    public bool IsAuthentic { get; }

    /// <summary>For a reference translation, the id of the text it translates.</summary>
    public string? TranslationOf { get; }

    public ClauseVersion Version { get; }

    public string? Source { get; }

    /// <summary>The clause's paragraphs, in order, as published.</summary>
    public ImmutableArray<string> Paragraphs { get; }

    /// <summary>The rule file this clause was read from.</summary>
    public string SourcePath { get; }

    /// <summary>Line of the <c>id</c> key in the rule file.</summary>
    public int SourceLine { get; }

    /// <summary>"Collective Security Treaty, Article 4" in the names of <paramref name="languageCode"/>.</summary>
    public string Title(string languageCode) => Instrument.NameFor(languageCode) + ", Article " + Article;

    public override string ToString() => Id;
}
