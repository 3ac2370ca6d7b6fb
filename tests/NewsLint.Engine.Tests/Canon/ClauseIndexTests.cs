using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NewsLint.Canon;
using NewsLint.Rules.Canon;
using Xunit;

namespace NewsLint.Tests.Canon;

/// <summary>The index's public API, as a benchmark calls it: build from N clauses, match one quotation.</summary>
public sealed class ClauseIndexTests
{
    private static readonly CanonInstrument Generated = new(
        "generated-code",
        ImmutableDictionary<string, ImmutableArray<string>>.Empty.Add("en", ImmutableArray.Create("Generated Code")),
        null,
        null);

    /// <summary>Clauses of 40 to 80 words drawn from a vocabulary of 3,000 made-up words, the same on every run.</summary>
    public static List<CanonClause> GenerateClauses(int count, int seed = 1992)
    {
        var random = new Random(seed);
        var vocabulary = new string[3000];
        for (int i = 0; i < vocabulary.Length; i++)
        {
            var letters = new char[4 + random.Next(6)];
            for (int k = 0; k < letters.Length; k++)
            {
                letters[k] = (char)('a' + random.Next(26));
            }

            vocabulary[i] = new string(letters);
        }

        // Common words make common pairs, as in real law ("of the", "shall be").
        string[] common = { "the", "of", "shall", "be", "and", "to", "in", "a", "any", "by" };
        var clauses = new List<CanonClause>(count);
        for (int c = 0; c < count; c++)
        {
            int length = 40 + random.Next(41);
            var words = new string[length];
            for (int w = 0; w < length; w++)
            {
                words[w] = random.Next(3) == 0 ? common[random.Next(common.Length)] : vocabulary[random.Next(vocabulary.Length)];
            }

            clauses.Add(new CanonClause(
                $"generated-{c}", Generated, (c + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), 1, "en", true, null,
                new ClauseVersion("1", null, null, null), null, ImmutableArray.Create(string.Join(" ", words) + "."), "generated.md", 1));
        }

        return clauses;
    }

    [Fact]
    public void Finds_the_right_clause_among_10000()
    {
        List<CanonClause> clauses = GenerateClauses(10_000);
        ClauseIndex index = ClauseIndex.Build(clauses);
        Assert.Equal(10_000, index.Count);
        foreach (int target in new[] { 0, 4321, 7777, 9999 })
        {
            // A middle part of the clause, with one word dropped and one replaced.
            List<string> words = clauses[target].Paragraphs[0].TrimEnd('.').Split(' ').ToList();
            List<string> part = words.Skip(5).Take(25).ToList();
            part.RemoveAt(10);
            part[3] = "zzzz";
            ClauseAlignment? match = index.Match(string.Join(" ", part));
            Assert.NotNull(match);
            Assert.Equal(clauses[target].Id, match!.Clause.Id);
            Assert.Contains(match.Edits, e => e.QuoteText.Contains("zzzz", StringComparison.Ordinal));
            Assert.True(match.Similarity > 0.9, match.ToString());
        }
    }

    [Fact]
    public void Candidates_are_few_and_common_pairs_are_skipped()
    {
        List<CanonClause> clauses = GenerateClauses(10_000);
        ClauseIndex index = ClauseIndex.Build(clauses, maxPosting: 64);
        ImmutableArray<ClauseCandidate> candidates = index.Candidates(CanonText.Tokens("of the shall be and to in a any by the of"));
        Assert.Empty(candidates);
        ImmutableArray<ClauseCandidate> real = index.Candidates(CanonText.Tokens(clauses[42].Paragraphs[0]), limit: 3);
        Assert.InRange(real.Length, 1, 3);
        Assert.Equal("generated-42", real[0].Clause.Id);
    }

    [Fact]
    public void Nothing_matches_an_empty_index_or_an_unrelated_text()
    {
        Assert.Null(ClauseIndex.Build(Array.Empty<CanonClause>()).Match("an armed attack against one or more of them"));
        Assert.Null(ClauseIndex.Build(GenerateClauses(100)).Match("an armed attack against one or more of them in Europe"));
    }
}
