using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NewsLint.Canon;
using NewsLint.Rules.Canon;
using Xunit;

namespace NewsLint.Tests.Canon;

/// <summary>
/// The material changes of an alignment's rows equal <see cref="MaterialChanges"/> of the rows' words made into tokens:
/// quoted words the index lacks (phrase words among them, written in other cases and with diacritics) are read without
/// being folded unless they are numbers or words of the vocabulary's phrases.
/// </summary>
public sealed class ClauseIndexMaterialTests
{
    [Fact]
    public void Rows_read_quoted_words_in_place_and_keep_the_material_changes_of_their_tokens()
    {
        var random = new Random(57);
        List<CanonClause> clauses = ClauseIndexTests.GenerateClauses(30, seed: 77);
        ClauseIndex index = ClauseIndex.Build(clauses);
        string[] clauseWords = clauses.SelectMany(c => c.Paragraphs[0].TrimEnd('.').Split(' ')).Distinct().OrderBy(w => w, StringComparer.Ordinal).ToArray();
        string a = clauseWords[3];
        string b = clauseWords[11];
        var vocabulary = new CanonVocabulary(
            ImmutableArray<string>.Empty,
            ImmutableArray<string>.Empty,
            ImmutableArray.Create(
                Category("time", new[] { "forthwith", "sans delai", a + " delai" }, new[] { "never", b }),
                Category("scope", new[] { a, "each" }, new[] { "any " + b, "zzzz" })));
        string[] inserted = { "forthwith", "FORTHWITH", "Never", "sans", "délai", "Délai", "delai", "each", "any", "5", "51", "minister", "zzzz", "Zzzz", a, b, a.ToUpperInvariant() };
        for (int q = 0; q < 300; q++)
        {
            string[] words = clauses[random.Next(clauses.Count)].Paragraphs[0].TrimEnd('.').Split(' ');
            int start = random.Next(Math.Max(1, words.Length - 20));
            var part = words.Skip(start).Take(8 + random.Next(12)).ToList();
            for (int edit = 1 + random.Next(5); edit > 0 && part.Count > 2; edit--)
            {
                int at = random.Next(part.Count);
                switch (random.Next(3))
                {
                    case 0: part.RemoveAt(at); break;
                    case 1: part[at] = inserted[random.Next(inserted.Length)]; break;
                    default: part.Insert(at, inserted[random.Next(inserted.Length)]); break;
                }
            }

            string text = string.Join(" ", part);
            Check(index.Match(text, _ => vocabulary), vocabulary);
            Check(index.Match(CanonText.Tokens(text), _ => vocabulary), vocabulary);
            Check(index.Match(text), null);
        }
    }

    private static void Check(ClauseAlignment? alignment, CanonVocabulary? vocabulary)
    {
        foreach (ClauseEdit row in alignment?.Rows ?? ImmutableArray<ClauseEdit>.Empty)
        {
            if (row.Kind != EditKind.Equal)
            {
                ImmutableArray<string> expected = MaterialChanges.Of(CanonText.Tokens(row.CanonText), CanonText.Tokens(row.QuoteText), vocabulary);
                Assert.Equal(string.Join(",", expected), string.Join(",", row.Material));
            }
        }
    }

    private static MaterialCategory Category(string name, params string[][] classes) =>
        new(name, classes.Select(c => c.Select(p => p.Split(' ').ToImmutableArray()).ToImmutableArray()).ToImmutableArray());
}
