using System;
using System.Collections.Immutable;

namespace NewsLint.Rules.Languages;

/// <summary>
/// What NewsLint knows of one language, all of it from <c>rules/languages/*.yaml</c>: words that identify it,
/// abbreviations, conjunctions, month and weekday names, date order, quotation marks and attribution vocabulary.
/// </summary>
public sealed class LanguagePack
{
    public LanguagePack(
        string code,
        string name,
        ImmutableArray<string> detectionWords,
        ImmutableArray<string> abbreviations,
        ImmutableArray<string> conjunctions,
        ImmutableArray<ImmutableArray<string>> months,
        ImmutableArray<ImmutableArray<string>> weekdays,
        string? dateOrder,
        ImmutableArray<QuotePair> quotationMarks,
        QuotePair? houseQuotationMarks,
        ImmutableArray<string> attributionVerbs,
        ImmutableArray<string> attributionPhrases,
        ImmutableArray<string> speakerPronouns,
        ImmutableArray<string> reduplicationExceptions,
        ImmutableDictionary<Type, object>? sections = null)
    {
        Code = code;
        Name = name;
        DetectionWords = detectionWords;
        Abbreviations = abbreviations;
        Conjunctions = conjunctions;
        Months = months;
        Weekdays = weekdays;
        DateOrder = dateOrder;
        QuotationMarks = quotationMarks;
        HouseQuotationMarks = houseQuotationMarks;
        AttributionVerbs = attributionVerbs;
        AttributionPhrases = attributionPhrases;
        SpeakerPronouns = speakerPronouns;
        ReduplicationExceptions = reduplicationExceptions;
        Sections = sections ?? ImmutableDictionary<Type, object>.Empty;
    }

    /// <summary>ISO 639-1 code, e.g. <c>id</c>.</summary>
    public string Code { get; }

    public string Name { get; }

    /// <summary>Frequent function words; language detection counts them.</summary>
    public ImmutableArray<string> DetectionWords { get; }

    /// <summary>Words after which a full stop does not end a sentence (without the stop: <c>Mr</c>, <c>Dr</c>).</summary>
    public ImmutableArray<string> Abbreviations { get; }

    /// <summary>Words that join the last item of an enumeration (<c>and</c>, <c>dan</c>).</summary>
    public ImmutableArray<string> Conjunctions { get; }

    /// <summary>Twelve entries, January first; each the full name followed by abbreviations.</summary>
    public ImmutableArray<ImmutableArray<string>> Months { get; }

    /// <summary>Seven entries, Monday first; each the full name followed by abbreviations.</summary>
    public ImmutableArray<ImmutableArray<string>> Weekdays { get; }

    /// <summary><c>dmy</c> or <c>mdy</c>: how numeric dates like 5/6/2022 are read; null when unknown.</summary>
    public string? DateOrder { get; }

    /// <summary>Quotation mark pairs the language uses, longest first is not required.</summary>
    public ImmutableArray<QuotePair> QuotationMarks { get; }

    /// <summary>The house style's preferred pair, if set.</summary>
    public QuotePair? HouseQuotationMarks { get; }

    /// <summary>Speech and report verbs, with their affixed forms (<c>said</c>, <c>ungkapnya</c>).</summary>
    public ImmutableArray<string> AttributionVerbs { get; }

    /// <summary>Multi-word attribution phrases (<c>according to</c>, <c>dikutip dari</c>).</summary>
    public ImmutableArray<string> AttributionPhrases { get; }

    /// <summary>Pronouns that can stand for a speaker (<c>he</c>, <c>dia</c>).</summary>
    public ImmutableArray<string> SpeakerPronouns { get; }

    /// <summary>Words legitimately written twice in a row (<c>that that</c>, Indonesian reduplications).</summary>
    public ImmutableArray<string> ReduplicationExceptions { get; }

    /// <summary>Feature-owned sections (see <see cref="LanguageSection"/>), by model type.</summary>
    public ImmutableDictionary<Type, object> Sections { get; }

    /// <summary>A feature's section of this pack, or null when the pack's files have none.</summary>
    public T? Section<T>()
        where T : class => Sections.TryGetValue(typeof(T), out object? model) ? (T)model : null;

    public override string ToString() => Code;
}
