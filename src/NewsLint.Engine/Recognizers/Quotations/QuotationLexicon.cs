using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using NewsLint.Language;
using NewsLint.Recognizers.Numbers;
using NewsLint.Rules.Languages;

namespace NewsLint.Recognizers.Quotations;

/// <summary>A language pack's quotation vocabulary compiled once into lookup tables (cached per pack).</summary>
internal sealed class QuotationLexicon
{
    private static readonly ConditionalWeakTable<LanguagePack, QuotationLexicon> Cache = new();

    private readonly Dictionary<char, string[]> _marksByFirstChar = new();

    /// <summary>ASCII characters that start a mark: most characters of a text are ASCII and start none.</summary>
    private readonly bool[] _asciiStartsMark = new bool[128];
    /// <summary>Pairs by their two marks, while the lexicon is built (a later pair of the same marks replaces an earlier one).</summary>
    private readonly Dictionary<(string Open, string Close), QuotePair> _pairs = new();

    // The pairs and the opening and closing marks, few, as arrays: a look-up compares a handful of short strings, where a
    // hash set or dictionary hashed the mark (pass 1 asks for every mark of an article).
    private readonly QuotePair[] _pairList;
    private readonly string[] _opens;
    private readonly string[] _closes;
    private readonly Dictionary<string, string[][]> _phrasesByFirstWord = new(StringComparer.OrdinalIgnoreCase);

    private QuotationLexicon(LanguagePack language)
    {
        QuotationVocabulary vocabulary = language.Section<QuotationVocabulary>() ?? QuotationVocabulary.Empty;
        var marks = new Dictionary<char, List<string>>();
        foreach (QuotePair pair in language.QuotationMarks)
        {
            if (pair.Open.Length == 0 || pair.Close.Length == 0)
            {
                continue;
            }

            Opens.Add(pair.Open);
            Closes.Add(pair.Close);
            _pairs[(pair.Open, pair.Close)] = pair;
            AddMark(marks, pair.Open);
            AddMark(marks, pair.Close);
            OpenerFirstChars.Add(pair.Open[0]);
        }

        _pairList = new QuotePair[_pairs.Count];
        _pairs.Values.CopyTo(_pairList, 0);
        _opens = new string[Opens.Count];
        Opens.CopyTo(_opens);
        _closes = new string[Closes.Count];
        Closes.CopyTo(_closes);
        MarkStarts = new AnyCharSearch(marks.Keys);
        foreach (KeyValuePair<char, List<string>> entry in marks)
        {
            entry.Value.Sort((a, b) => b.Length.CompareTo(a.Length));
            _marksByFirstChar[entry.Key] = entry.Value.ToArray();
            if (entry.Key < 128)
            {
                _asciiStartsMark[entry.Key] = true;
            }
        }

        foreach (string apostrophe in vocabulary.Apostrophes)
        {
            if (apostrophe.Length == 1)
            {
                Apostrophes.Add(apostrophe[0]);
            }
        }

        MarksStartSymbols = EveryMarkStartsASymbol(marks);
        MarksStartUncommonSymbols = MarksStartSymbols && NoMarkStartsCommon(marks);
        AddWords(Verbs, language.AttributionVerbs);
        AddWords(Verbs, vocabulary.Verbs);
        var phrases = new Dictionary<string, List<string[]>>(StringComparer.OrdinalIgnoreCase);
        foreach (string phrase in language.AttributionPhrases)
        {
            string[] words = phrase.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0)
            {
                continue;
            }

            if (!phrases.TryGetValue(words[0], out List<string[]>? list))
            {
                phrases[words[0]] = list = new List<string[]>();
            }

            list.Add(words);
        }

        foreach (KeyValuePair<string, List<string[]>> entry in phrases)
        {
            entry.Value.Sort((a, b) => b.Length.CompareTo(a.Length));
            _phrasesByFirstWord[entry.Key] = entry.Value.ToArray();
        }

        var cueWords = new List<string>(Verbs);
        cueWords.AddRange(_phrasesByFirstWord.Keys);
        CueWords = new WordSet(cueWords, ignoreCase: true);

        foreach (string suffix in vocabulary.SpeakerSuffixes)
        {
            if (suffix.Length > 0)
            {
                SpeakerSuffixes.Add(suffix);
            }
        }

        SpeakerNouns = Words(vocabulary.SpeakerNouns);
        SpeakerStops = Words(vocabulary.SpeakerStops);
        TitleCues = Words(vocabulary.TitleCues);
        Pronouns = Words(language.SpeakerPronouns);
        FunctionWords = Words(language.DetectionWords, language.Conjunctions);
        var abbreviations = new List<string>();
        foreach (string abbreviation in language.Abbreviations)
        {
            abbreviations.Add(abbreviation.TrimEnd('.'));
        }

        Abbreviations = Words(abbreviations);

        foreach (string dash in vocabulary.SignatureDashes)
        {
            if (dash.Length > 0)
            {
                SignatureDashes.Add(dash);
            }
        }

        if (language.HouseQuotationMarks is { } house)
        {
            House = house;
        }
    }

    /// <summary>Finds the characters marks start with: no mark starts anywhere else.</summary>
    public AnyCharSearch MarkStarts { get; }

    /// <summary>
    /// Whether every mark starts a symbol token of the tokenizer's, or is an apostrophe inside a word (never a mark
    /// there): pass 1 may then walk a block's symbol tokens instead of searching its characters.
    /// </summary>
    public bool MarksStartSymbols { get; }

    /// <summary>
    /// Whether, moreover, no mark starts with one of <see cref="CommonSymbols"/>: pass 1 may then start a block's walk at
    /// its first uncommon symbol (<see cref="NumberTokenIndex.FirstUncommonSymbol"/>), and skip a block that has none.
    /// </summary>
    public bool MarksStartUncommonSymbols { get; }

    public HashSet<string> Opens { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Closes { get; } = new(StringComparer.Ordinal);

    public HashSet<char> OpenerFirstChars { get; } = new();

    public HashSet<char> Apostrophes { get; } = new();

    public HashSet<string> Verbs { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs and first words of attribution phrases: a word outside it is no cue, with no string cut out.</summary>
    public WordSet CueWords { get; }

    public List<string> SpeakerSuffixes { get; } = new();

    // The word lists below are looked up for tokens of the text, which are not cut out to be looked up.
    public WordSet SpeakerNouns { get; }

    public WordSet SpeakerStops { get; }

    public WordSet TitleCues { get; }

    public WordSet Pronouns { get; }

    public WordSet FunctionWords { get; }

    public WordSet Abbreviations { get; }

    public List<string> SignatureDashes { get; } = new();

    public QuotePair? House { get; }

    public bool HasMarks => _pairs.Count > 0;

    public static QuotationLexicon For(LanguagePack language) => Cache.GetValue(language, l => new QuotationLexicon(l));

    /// <summary>False for an ASCII character no mark starts with: most symbols of a text (full stops, commas).</summary>
    public bool MayStartMark(char c) => c >= 128 || _asciiStartsMark[c];

    /// <summary>The longest mark starting at <paramref name="index"/>, or null.</summary>
    public string? MarkAt(string text, int index)
    {
        char c = text[index];
        if ((c < 128 && !_asciiStartsMark[c]) || !_marksByFirstChar.TryGetValue(c, out string[]? candidates))
        {
            return null;
        }

        foreach (string mark in candidates)
        {
            if (index + mark.Length <= text.Length && string.CompareOrdinal(text, index, mark, 0, mark.Length) == 0)
            {
                return mark;
            }
        }

        return null;
    }

    public QuotePair? Pair(string open, string close)
    {
        foreach (QuotePair pair in _pairList)
        {
            if (SameMark(pair.Open, open) && SameMark(pair.Close, close))
            {
                return pair;
            }
        }

        return null;
    }

    /// <summary>Whether a pair opens with the mark (as <see cref="Opens"/> tells, without hashing it).</summary>
    public bool CanOpen(string mark) => IsOneOf(_opens, mark);

    /// <summary>Whether a pair closes with the mark (as <see cref="Closes"/> tells, without hashing it).</summary>
    public bool CanClose(string mark) => IsOneOf(_closes, mark);

    private static bool IsOneOf(string[] marks, string mark)
    {
        foreach (string each in marks)
        {
            if (SameMark(each, mark))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Ordinal equality; the marks compared are nearly always the lexicon's own strings, or differ in length or first character.</summary>
    private static bool SameMark(string a, string b) =>
        ReferenceEquals(a, b) || (a.Length == b.Length && (a.Length == 0 || a[0] == b[0]) && string.Equals(a, b, StringComparison.Ordinal));

    /// <summary>Attribution phrases starting with <paramref name="firstWord"/>, longest first.</summary>
    public string[][]? PhrasesStartingWith(string firstWord) => _phrasesByFirstWord.TryGetValue(firstWord, out string[][]? phrases) ? phrases : null;

    private bool EveryMarkStartsASymbol(Dictionary<char, List<string>> marks)
    {
        foreach (KeyValuePair<char, List<string>> entry in marks)
        {
            char c = entry.Key;
            if (c == '\'' || c == '\u2019')
            {
                // The tokenizer joins these inside a word ("Russia’s"), before a word character: there a one-character
                // apostrophe is no mark, and a longer mark matches only if its second character is no word character.
                foreach (string mark in entry.Value)
                {
                    if (mark.Length == 1 ? !Apostrophes.Contains(c) : Tokenizer.IsWordChar(mark, 1))
                    {
                        return false;
                    }
                }
            }
            else if (c == '.' || c == ',' || c == '-' || char.IsSurrogate(c))
            {
                // Inside numbers and words, or half a symbol.
                return false;
            }

            var tokens = Tokenizer.Tokenize(" " + c + " ");
            if (tokens.Length != 1 || tokens[0].Kind != TokenKind.Symbol || tokens[0].Start != 1 || tokens[0].Length != 1
                || Tokenizer.IsWordChar(" " + c, 1))
            {
                return false;
            }
        }

        return true;
    }

    private static bool NoMarkStartsCommon(Dictionary<char, List<string>> marks)
    {
        foreach (char c in marks.Keys)
        {
            if (CommonSymbols.IsCommon(c))
            {
                return false;
            }
        }

        return true;
    }

    private static void AddMark(Dictionary<char, List<string>> marks, string mark)
    {
        if (!marks.TryGetValue(mark[0], out List<string>? list))
        {
            marks[mark[0]] = list = new List<string>();
        }

        if (!list.Contains(mark))
        {
            list.Add(mark);
        }
    }

    private static WordSet Words(params IEnumerable<string>[] lists)
    {
        var words = new List<string>();
        foreach (IEnumerable<string> list in lists)
        {
            words.AddRange(list);
        }

        return new WordSet(words, ignoreCase: true);
    }

    private static void AddWords(HashSet<string> set, IEnumerable<string> words)
    {
        foreach (string word in words)
        {
            set.Add(word);
        }
    }
}
