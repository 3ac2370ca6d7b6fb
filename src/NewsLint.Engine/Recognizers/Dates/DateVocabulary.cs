using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using NewsLint.Language;
using NewsLint.Rules.Languages;

namespace NewsLint.Recognizers.Dates;

/// <summary>
/// A language pack's date words as lookup tables, built once per pack: month and weekday names (full and
/// abbreviated) and the <c>dates:</c> section's words. Immutable after construction.
/// </summary>
internal sealed class DateVocabulary
{
    private static readonly ConditionalWeakTable<LanguagePack, DateVocabulary> Cache = new();

    private readonly Dictionary<string, NameEntry> _months = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, NameEntry> _weekdays = new(StringComparer.OrdinalIgnoreCase);
    private readonly WordSet _names;

    // The same entries by the name set's spelling of them (ordinal keys hash faster than keys ignoring case).
    private readonly Dictionary<string, NameEntry> _monthsByName;
    private readonly Dictionary<string, NameEntry> _weekdaysByName;

    // Whether a name holds a typographic apostrophe: then a word with one is looked up the slow way, as before.
    private readonly bool _namesHaveTypographicApostrophe;

    private DateVocabulary(LanguagePack pack)
    {
        Fill(_months, pack.Months);
        Fill(_weekdays, pack.Weekdays);
        DateWords? words = pack.Section<DateWords>();
        Links = Set(words?.Links);
        WeekdayMarkers = Set(words?.WeekdayMarkers);
        OrdinalSuffixes = Set(words?.OrdinalSuffixes);
        DayOf = Set(words?.DayOf);
        RangeWords = Set(words?.RangeWords);
        MonthFirstNumbers = pack.DateOrder == "mdy";
        foreach (string name in _months.Keys)
        {
            LongestName = Math.Max(LongestName, name.Length);
        }

        foreach (string name in _weekdays.Keys)
        {
            LongestName = Math.Max(LongestName, name.Length);
        }

        IsUsable = _months.Count > 0 && _weekdays.Count > 0;
        var names = new List<string>(_months.Keys);
        names.AddRange(_weekdays.Keys);
        _names = new WordSet(names, ignoreCase: true);
        _namesHaveTypographicApostrophe = names.Exists(name => name.IndexOf('\u2019') >= 0);
        _monthsByName = BySetSpelling(_months);
        _weekdaysByName = BySetSpelling(_weekdays);
    }

    /// <summary>False when the pack lacks month or weekday names: dates are then not recognized.</summary>
    public bool IsUsable { get; }

    /// <summary>The longest month or weekday name: longer words need no lookup.</summary>
    public int LongestName { get; }

    /// <summary>Whether 5/6/2022 is the 6th of May (<c>date-order: mdy</c>) rather than the 5th of June.</summary>
    public bool MonthFirstNumbers { get; }

    // The words of the dates section, looked up for a token of the text without cutting it out.
    public WordSet Links { get; }

    public WordSet WeekdayMarkers { get; }

    public WordSet OrdinalSuffixes { get; }

    public WordSet DayOf { get; }

    public WordSet RangeWords { get; }

    public static DateVocabulary For(LanguagePack pack) => Cache.GetValue(pack, p => new DateVocabulary(p));

    /// <summary>
    /// False when text[start..start+length) is surely no month or weekday name: checked before cutting the word out.
    /// A word with a typographic apostrophe is looked up after normalizing, so it may be one when it passes the filter:
    /// normalizing keeps the length, and the first two characters where they are ASCII.
    /// </summary>
    public bool MayBeName(string text, int start, int length) =>
        _names.MayContain(text, start, length) && (_names.Contains(text, start, length) || text.IndexOf('\u2019', start, length) >= 0);

    /// <summary>The month text[start..start+length) names, looked up without cutting the word out.</summary>
    public bool TryMonth(string text, int start, int length, out NameEntry entry) => TryName(_months, _monthsByName, text, start, length, out entry);

    /// <summary>The weekday text[start..start+length) names, looked up without cutting the word out.</summary>
    public bool TryWeekday(string text, int start, int length, out NameEntry entry) => TryName(_weekdays, _weekdaysByName, text, start, length, out entry);

    /// <summary>For tests: the month of a word cut out, the reference the range lookup is held to.</summary>
    internal bool TryMonth(string word, out NameEntry entry) => _months.TryGetValue(Normalize(word), out entry);

    /// <summary>For tests: the weekday of a word cut out.</summary>
    internal bool TryWeekday(string word, out NameEntry entry) => _weekdays.TryGetValue(Normalize(word), out entry);

    /// <summary>
    /// The table's entry for the word, as <c>table[Normalize(word)]</c> would find it: a name the set of all names finds
    /// stands for the word (they are equal ignoring case), and a word it does not find is no name unless normalizing
    /// a typographic apostrophe makes it one, the one case cut out as before.
    /// </summary>
    private bool TryName(Dictionary<string, NameEntry> table, Dictionary<string, NameEntry> bySetSpelling, string text, int start, int length, out NameEntry entry)
    {
        if (!_namesHaveTypographicApostrophe)
        {
            string? name = _names.Find(text, start, length);
            if (name is not null)
            {
                return bySetSpelling.TryGetValue(name, out entry);
            }
        }

        if (_namesHaveTypographicApostrophe || (_names.MayContain(text, start, length) && text.IndexOf('\u2019', start, length) >= 0))
        {
            return table.TryGetValue(Normalize(text.Substring(start, length)), out entry);
        }

        entry = default;
        return false;
    }

    /// <summary>The table's entries keyed by the spelling <see cref="WordSet.Find"/> gives for each, ordinally.</summary>
    private Dictionary<string, NameEntry> BySetSpelling(Dictionary<string, NameEntry> table)
    {
        var bySpelling = new Dictionary<string, NameEntry>(StringComparer.Ordinal);
        foreach (KeyValuePair<string, NameEntry> name in table)
        {
            bySpelling[_names.Find(name.Key, 0, name.Key.Length)!] = name.Value;
        }

        return bySpelling;
    }

    private static string Normalize(string word) => word.IndexOf('\u2019') >= 0 ? word.Replace('\u2019', '\'') : word;

    private static void Fill(Dictionary<string, NameEntry> table, ImmutableArray<ImmutableArray<string>> names)
    {
        for (int i = 0; i < names.Length; i++)
        {
            ImmutableArray<string> entry = names[i];
            for (int j = 0; j < entry.Length; j++)
            {
                string name = entry[j].TrimEnd('.');
                if (!table.ContainsKey(name))
                {
                    // The full name comes first; later spellings are abbreviations that may take a full stop.
                    table[name] = new NameEntry(i, j > 0 && name.Length < entry[0].Length);
                }
            }
        }
    }

    private static WordSet Set(ImmutableArray<string>? words) => new(words ?? ImmutableArray<string>.Empty, ignoreCase: true);

    /// <summary>An index into the pack's table (month 0 = January, weekday 0 = Monday) and whether it was abbreviated.</summary>
    public readonly struct NameEntry
    {
        public NameEntry(int index, bool isAbbreviation)
        {
            Index = index;
            IsAbbreviation = isAbbreviation;
        }

        public int Index { get; }

        public bool IsAbbreviation { get; }
    }
}
