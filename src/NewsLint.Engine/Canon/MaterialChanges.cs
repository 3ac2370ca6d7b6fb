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
    private static readonly ConditionalWeakTable<CanonVocabulary, Dictionary<string, ulong>> StartingCategories = new();

    public static ImmutableArray<string> Of(IReadOnlyList<CanonToken> removed, IReadOnlyList<CanonToken> added, CanonVocabulary? vocabulary)
    {
        ImmutableArray<string>.Builder? result = null;
        if (!SameNumbers(removed, added))
        {
            (result ??= ImmutableArray.CreateBuilder<string>()).Add(Number);
        }

        if (vocabulary is not null)
        {
            // A category none of whose phrases starts at a word of either side counts no class on either: not changed.
            ulong present = Categories(removed, vocabulary) | Categories(added, vocabulary);
            for (int c = 0; c < vocabulary.Material.Length; c++)
            {
                if (c < 64 && (present & (1UL << c)) == 0)
                {
                    continue;
                }

                MaterialCategory category = vocabulary.Material[c];
                Dictionary<string, List<(int Class, ImmutableArray<string> Phrase)>> byFirstWord = ByFirstWord.GetValue(category, Index);
                if (!SameClasses(removed, added, category, byFirstWord))
                {
                    (result ??= ImmutableArray.CreateBuilder<string>()).Add(category.Name);
                }
            }
        }

        return result?.ToImmutable() ?? ImmutableArray<string>.Empty;
    }

    /// <summary>The categories (bit c for the c-th, the first 64) with a phrase starting at one of the tokens' words.</summary>
    private static ulong Categories(IReadOnlyList<CanonToken> tokens, CanonVocabulary vocabulary)
    {
        Dictionary<string, ulong> starting = StartingCategories.GetValue(vocabulary, CategoriesByFirstWord);
        ulong present = 0;
        foreach (CanonToken token in tokens)
        {
            if (starting.TryGetValue(token.Folded, out ulong categories))
            {
                present |= categories;
            }
        }

        return present;
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

    private static bool SameNumbers(IReadOnlyList<CanonToken> a, IReadOnlyList<CanonToken> b)
    {
        // Most edits hold no number: no list for them.
        bool inA = HasNumber(a);
        bool inB = HasNumber(b);
        if (!inA || !inB)
        {
            return inA == inB;
        }

        var numbers = new List<string>();
        foreach (CanonToken token in a)
        {
            if (token.IsNumber)
            {
                numbers.Add(token.Folded);
            }
        }

        foreach (CanonToken token in b)
        {
            if (token.IsNumber && !numbers.Remove(token.Folded))
            {
                return false;
            }
        }

        return numbers.Count == 0;
    }

    private static bool HasNumber(IReadOnlyList<CanonToken> tokens)
    {
        for (int k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].IsNumber)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether each class of the category occurs as often on both sides: counted up on one, down on the other.</summary>
    private static bool SameClasses(IReadOnlyList<CanonToken> removed, IReadOnlyList<CanonToken> added, MaterialCategory category, Dictionary<string, List<(int Class, ImmutableArray<string> Phrase)>> byFirstWord)
    {
        var counts = new int[category.Classes.Length];
        Count(removed, byFirstWord, counts, 1);
        Count(added, byFirstWord, counts, -1);
        foreach (int count in counts)
        {
            if (count != 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Adds <paramref name="step"/> to each class's count at each of its phrases in the tokens (longest phrase first at each position).</summary>
    private static void Count(IReadOnlyList<CanonToken> tokens, Dictionary<string, List<(int Class, ImmutableArray<string> Phrase)>> byFirstWord, int[] counts, int step)
    {
        int i = 0;
        while (i < tokens.Count)
        {
            int bestClass = -1;
            int bestLength = 0;
            if (byFirstWord.TryGetValue(tokens[i].Folded, out List<(int Class, ImmutableArray<string> Phrase)>? phrases))
            {
                foreach ((int c, ImmutableArray<string> phrase) in phrases)
                {
                    if (phrase.Length > bestLength && StartsAt(tokens, i, phrase))
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

    private static bool StartsAt(IReadOnlyList<CanonToken> tokens, int at, ImmutableArray<string> phrase)
    {
        if (at + phrase.Length > tokens.Count)
        {
            return false;
        }

        for (int k = 0; k < phrase.Length; k++)
        {
            if (tokens[at + k].Folded != phrase[k])
            {
                return false;
            }
        }

        return true;
    }
}
