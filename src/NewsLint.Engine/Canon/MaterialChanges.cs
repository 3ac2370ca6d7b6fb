using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace NewsLint.Canon;

/// <summary>
/// Decides which categories an edit changes materially: a number that differs, or a category (from the language's
/// <c>canon.material</c> vocabulary) whose classes occur a different number of times on the two sides.
/// </summary>
internal static class MaterialChanges
{
    public const string Number = "number";

    /// <summary>Each category's phrases by their first word, in class then phrase order, built once per vocabulary.</summary>
    private static readonly ConditionalWeakTable<MaterialCategory, Dictionary<string, List<(int Class, ImmutableArray<string> Phrase)>>> ByFirstWord = new();

    /// <summary>For each word that starts a phrase of some category, those categories; once per vocabulary.</summary>
    private static readonly ConditionalWeakTable<CanonVocabulary, StartingWords> StartingCategories = new();

    private static readonly ConditionalWeakTable<CanonVocabulary, StartingWords>.CreateValueCallback MakeStartingWords = vocabulary => new StartingWords(CategoriesByFirstWord(vocabulary));

    public static ImmutableArray<string> Of(IReadOnlyList<CanonToken> removed, IReadOnlyList<CanonToken> added, CanonVocabulary? vocabulary) =>
        Of(removed, null, added, null, vocabulary);

    /// <summary>
    /// As above, where the caller may know the categories each word of a side starts a phrase of (<see cref="StartsOf"/>
    /// for each, in the first <c>Count</c> places): the clause index has them by word id.
    /// </summary>
    public static ImmutableArray<string> Of(IReadOnlyList<CanonToken> removed, ulong[]? removedStarts, IReadOnlyList<CanonToken> added, ulong[]? addedStarts, CanonVocabulary? vocabulary) =>
        Of(EditSide.Of(removed), removedStarts, EditSide.Of(added), addedStarts, vocabulary);

    /// <summary>As above, from each side's folded words and which of them are numbers: all an edit's words are read for.</summary>
    internal static ImmutableArray<string> Of(EditSide removed, ulong[]? removedStarts, EditSide added, ulong[]? addedStarts, CanonVocabulary? vocabulary)
    {
        // Most edits change one category or none: the result grows by a copy, no builder.
        ImmutableArray<string> result = ImmutableArray<string>.Empty;
        if (!SameNumbers(removed, added))
        {
            result = result.Add(Number);
        }

        if (vocabulary is not null)
        {
            // A category none of whose phrases starts at a word of either side counts no class on either: not changed.
            ulong inRemoved = removedStarts is not null ? Union(removedStarts, removed.Count) : 0;
            ulong inAdded = addedStarts is not null ? Union(addedStarts, added.Count) : 0;
            removedStarts ??= Starts(removed, Starting(vocabulary), ref _removedStarts, out inRemoved);
            addedStarts ??= Starts(added, Starting(vocabulary), ref _addedStarts, out inAdded);
            ulong present = inRemoved | inAdded;
            for (int c = 0; c < vocabulary.Material.Length; c++)
            {
                if (c < 64 && (present & (1UL << c)) == 0)
                {
                    continue;
                }

                MaterialCategory category = vocabulary.Material[c];
                Dictionary<string, List<(int Class, ImmutableArray<string> Phrase)>> byFirstWord = ByFirstWord.GetValue(category, Index);
                var sides = new Sides(removed, removedStarts, added, addedStarts, c < 64 ? 1UL << c : 0);
                if (!SameClasses(sides, category, byFirstWord))
                {
                    result = result.Add(category.Name);
                }
            }
        }

        return result;
    }

    /// <summary>Per thread, the categories each word of an edit's two sides starts a phrase of (<see cref="Starts"/>).</summary>
    [ThreadStatic]
    private static ulong[]? _removedStarts;

    [ThreadStatic]
    private static ulong[]? _addedStarts;

    /// <summary>
    /// For each token, the categories (bit c for the c-th, the first 64) with a phrase starting at its word, looked up
    /// once for every category; <paramref name="all"/> is their union.
    /// </summary>
    private static ulong[] Starts(EditSide side, StartingWords starting, ref ulong[]? buffer, out ulong all)
    {
        ulong[] starts = buffer is { } kept && kept.Length >= side.Count ? kept : buffer = new ulong[Math.Max(16, side.Count)];
        all = 0;
        for (int k = 0; k < side.Count; k++)
        {
            ulong categories = starting.Of(side.Folded[k]);
            starts[k] = categories;
            all |= categories;
        }

        return starts;
    }

    /// <summary>Every word of the vocabulary's phrases (empty phrases have none); a word may come more than once.</summary>
    public static IEnumerable<string> PhraseWords(CanonVocabulary vocabulary)
    {
        foreach (MaterialCategory category in vocabulary.Material)
        {
            foreach (ImmutableArray<ImmutableArray<string>> phrases in category.Classes)
            {
                foreach (ImmutableArray<string> phrase in phrases)
                {
                    foreach (string word in phrase.IsDefault ? ImmutableArray<string>.Empty : phrase)
                    {
                        yield return word;
                    }
                }
            }
        }
    }

    /// <summary>The categories (bit c for the c-th, the first 64) with a phrase starting with the folded word.</summary>
    public static ulong StartsOf(string folded, CanonVocabulary vocabulary) => Starting(vocabulary).Of(folded);

    /// <summary>The words starting a phrase of the vocabulary's categories; made once per vocabulary.</summary>
    public static StartingWords Starting(CanonVocabulary vocabulary) => StartingCategories.GetValue(vocabulary, MakeStartingWords);

    private static ulong Union(ulong[] starts, int count)
    {
        ulong all = 0;
        for (int k = 0; k < count; k++)
        {
            all |= starts[k];
        }

        return all;
    }

    private static Dictionary<string, ulong> CategoriesByFirstWord(CanonVocabulary vocabulary)
    {
        var starting = new Dictionary<string, ulong>(System.StringComparer.Ordinal);
        for (int c = 0; c < vocabulary.Material.Length && c < 64; c++)
        {
            foreach (string first in ByFirstWord.GetValue(vocabulary.Material[c], Index).Keys)
            {
                starting.TryGetValue(first, out ulong categories);
                starting[first] = categories | (1UL << c);
            }
        }

        return starting;
    }

    private static bool SameNumbers(EditSide a, EditSide b)
    {
        // Most edits hold no number: no list for them.
        bool inA = HasNumber(a);
        bool inB = HasNumber(b);
        if (!inA || !inB)
        {
            return inA == inB;
        }

        var numbers = new List<string>();
        for (int k = 0; k < a.Count; k++)
        {
            if (a.IsNumber[k])
            {
                numbers.Add(a.Folded[k]);
            }
        }

        for (int k = 0; k < b.Count; k++)
        {
            if (b.IsNumber[k] && !numbers.Remove(b.Folded[k]))
            {
                return false;
            }
        }

        return numbers.Count == 0;
    }

    private static bool HasNumber(EditSide side)
    {
        for (int k = 0; k < side.Count; k++)
        {
            if (side.IsNumber[k])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether each class of the category occurs as often on both sides: counted up on one, down on the other.</summary>
    private static bool SameClasses(in Sides sides, MaterialCategory category, Dictionary<string, List<(int Class, ImmutableArray<string> Phrase)>> byFirstWord)
    {
        var counts = new int[category.Classes.Length];
        Count(sides.Removed, sides.RemovedStarts, sides.Category, byFirstWord, counts, 1);
        Count(sides.Added, sides.AddedStarts, sides.Category, byFirstWord, counts, -1);
        foreach (int count in counts)
        {
            if (count != 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Adds <paramref name="step"/> to each class's count at each of its phrases in the tokens (longest phrase first at
    /// each position). A word whose <paramref name="starts"/> lack the category's bit starts none of its phrases (a
    /// category past the 64th has no bit, 0: every word is looked up).
    /// </summary>
    private static void Count(EditSide side, ulong[] starts, ulong category, Dictionary<string, List<(int Class, ImmutableArray<string> Phrase)>> byFirstWord, int[] counts, int step)
    {
        int i = 0;
        while (i < side.Count)
        {
            int bestClass = -1;
            int bestLength = 0;
            if ((category == 0 || (starts[i] & category) != 0) && byFirstWord.TryGetValue(side.Folded[i], out List<(int Class, ImmutableArray<string> Phrase)>? phrases))
            {
                foreach ((int c, ImmutableArray<string> phrase) in phrases)
                {
                    if (phrase.Length > bestLength && StartsAt(side, i, phrase))
                    {
                        bestClass = c;
                        bestLength = phrase.Length;
                    }
                }
            }

            if (bestClass >= 0)
            {
                counts[bestClass] += step;
                i += bestLength;
            }
            else
            {
                i++;
            }
        }
    }

    /// <summary>Only phrases starting with a token's word can start at it; an empty phrase never matches.</summary>
    private static Dictionary<string, List<(int Class, ImmutableArray<string> Phrase)>> Index(MaterialCategory category)
    {
        var byFirstWord = new Dictionary<string, List<(int, ImmutableArray<string>)>>(System.StringComparer.Ordinal);
        for (int c = 0; c < category.Classes.Length; c++)
        {
            foreach (ImmutableArray<string> phrase in category.Classes[c])
            {
                if (phrase.IsDefaultOrEmpty)
                {
                    continue;
                }

                if (!byFirstWord.TryGetValue(phrase[0], out List<(int, ImmutableArray<string>)>? list))
                {
                    byFirstWord[phrase[0]] = list = new List<(int, ImmutableArray<string>)>();
                }

                list.Add((c, phrase));
            }
        }

        return byFirstWord;
    }

    private static bool StartsAt(EditSide side, int at, ImmutableArray<string> phrase)
    {
        if (at + phrase.Length > side.Count)
        {
            return false;
        }

        for (int k = 0; k < phrase.Length; k++)
        {
            if (side.Folded[at + k] != phrase[k])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>An edit's two sides, with the categories each word starts, and the bit of the category being counted.</summary>
    private readonly struct Sides
    {
        public Sides(EditSide removed, ulong[] removedStarts, EditSide added, ulong[] addedStarts, ulong category)
        {
            Removed = removed;
            RemovedStarts = removedStarts;
            Added = added;
            AddedStarts = addedStarts;
            Category = category;
        }

        public EditSide Removed { get; }

        public ulong[] RemovedStarts { get; }

        public EditSide Added { get; }

        public ulong[] AddedStarts { get; }

        /// <summary>The category's bit; 0 past the 64th.</summary>
        public ulong Category { get; }
    }

    /// <summary>
    /// For each word that starts a phrase of some category, those categories (bit c for the c-th, the first 64). Most
    /// words start none: a word whose first character starts no such word is turned away by a bit.
    /// </summary>
    internal sealed class StartingWords
    {
        private readonly Dictionary<string, ulong> _categories;
        private readonly ulong _firsts;

        public StartingWords(Dictionary<string, ulong> categories)
        {
            _categories = categories;
            foreach (string word in categories.Keys)
            {
                _firsts |= word.Length > 0 ? Bit(word[0]) : ulong.MaxValue;
            }
        }

        public ulong Of(string folded)
        {
            if (folded.Length > 0 && (_firsts & Bit(folded[0])) == 0)
            {
                return 0;
            }

            _categories.TryGetValue(folded, out ulong categories);
            return categories;
        }

        /// <summary>A character's bit: characters 64 apart share it.</summary>
        private static ulong Bit(char c) => 1UL << (c & 63);
    }
}
