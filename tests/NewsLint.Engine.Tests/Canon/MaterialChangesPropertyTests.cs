using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CsCheck;
using NewsLint.Canon;
using Xunit;

namespace NewsLint.Tests.Canon;

/// <summary>
/// Material changes on generated edits equal the rule read plainly: per category, the classes counted on each side by
/// the longest phrase at each word, compared; numbers compared as a multiset. Categories share first words.
/// </summary>
public sealed class MaterialChangesPropertyTests
{
    private static readonly CanonVocabulary Vocabulary = new(
        ImmutableArray<string>.Empty,
        ImmutableArray<string>.Empty,
        ImmutableArray.Create(
            Category("negation", new[] { "not", "no", "without" }),
            Category("time", new[] { "immediately", "at once", "without delay" }, new[] { "at any time" }, new[] { "until" }),
            Category("scope", new[] { "all", "each" }, new[] { "any" }, new[] { "one", "one or more" }),
            Category("empty")));

    private static readonly string[] Pool = { "not", "no", "without", "delay", "immediately", "at", "once", "any", "time", "until", "all", "each", "one", "or", "more", "the", "shall", "5", "51" };

    private static readonly Gen<CanonToken[]> Tokens = Gen.OneOfConst(Pool).Array[0, 8]
        .Select(words => words.Select(w => new CanonToken(w, w, char.IsDigit(w[0]))).ToArray());

    [Fact]
    public void Of_equals_the_plain_reading_of_every_category()
    {
        Gen.Select(Tokens, Tokens).Sample((removed, added) =>
            Assert.Equal(Reference(removed, added), string.Join(",", MaterialChanges.Of(removed, added, Vocabulary))));
    }

    /// <summary>The clause index hands over the categories each word starts (by word id): the same answer as looking them up.</summary>
    [Fact]
    public void Of_with_the_starts_of_each_word_given_equals_of_looking_them_up()
    {
        Gen.Select(Tokens, Tokens).Sample((removed, added) =>
        {
            // Longer arrays than the words, as the index's per-thread buffers are.
            ulong[] removedStarts = removed.Select(t => MaterialChanges.StartsOf(t.Folded, Vocabulary)).Concat(new[] { ulong.MaxValue }).ToArray();
            ulong[] addedStarts = added.Select(t => MaterialChanges.StartsOf(t.Folded, Vocabulary)).Concat(new[] { ulong.MaxValue }).ToArray();
            string expected = string.Join(",", MaterialChanges.Of(removed, added, Vocabulary));
            Assert.Equal(expected, string.Join(",", MaterialChanges.Of(removed, removedStarts, added, addedStarts, Vocabulary)));
            Assert.Equal(expected, string.Join(",", MaterialChanges.Of(removed, removedStarts, added, null, Vocabulary)));
            Assert.Equal(expected, string.Join(",", MaterialChanges.Of(removed, null, added, addedStarts, Vocabulary)));
        });
    }

    private static MaterialCategory Category(string name, params string[][] classes) =>
        new(name, classes.Select(c => c.Select(p => p.Split(' ').ToImmutableArray()).ToImmutableArray()).ToImmutableArray());

    private static string Reference(CanonToken[] removed, CanonToken[] added)
    {
        var result = new List<string>();
        List<string> a = removed.Where(t => t.IsNumber).Select(t => t.Folded).OrderBy(x => x, System.StringComparer.Ordinal).ToList();
        List<string> b = added.Where(t => t.IsNumber).Select(t => t.Folded).OrderBy(x => x, System.StringComparer.Ordinal).ToList();
        if (!a.SequenceEqual(b))
        {
            result.Add(MaterialChanges.Number);
        }

        foreach (MaterialCategory category in Vocabulary.Material)
        {
            if (!Counts(removed, category).SequenceEqual(Counts(added, category)))
            {
                result.Add(category.Name);
            }
        }

        return string.Join(",", result);
    }

    /// <summary>Longest phrase at each word (the first class's on a tie), counted per class.</summary>
    private static int[] Counts(CanonToken[] tokens, MaterialCategory category)
    {
        var counts = new int[category.Classes.Length];
        int i = 0;
        while (i < tokens.Length)
        {
            int best = -1;
            int length = 0;
            for (int c = 0; c < category.Classes.Length; c++)
            {
                foreach (ImmutableArray<string> phrase in category.Classes[c])
                {
                    if (phrase.Length > length && i + phrase.Length <= tokens.Length && Enumerable.Range(0, phrase.Length).All(k => tokens[i + k].Folded == phrase[k]))
                    {
                        best = c;
                        length = phrase.Length;
                    }
                }
            }

            if (best >= 0)
            {
                counts[best]++;
                i += length;
            }
            else
            {
                i++;
            }
        }

        return counts;
    }
}
