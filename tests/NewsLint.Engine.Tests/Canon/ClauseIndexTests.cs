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

    [Theory]
    [InlineData(7, 16)]
    [InlineData(1_000, 16)]
    [InlineData(10_000, 156)]
    [InlineData(100_000, 256)]
    public void The_default_cap_is_a_share_of_the_clauses_between_bounds(int clauses, int cap) =>
        Assert.Equal(cap, ClauseIndex.DefaultMaxPosting(clauses));

    [Fact]
    public void With_the_default_cap_a_thousand_clauses_skip_common_pairs_and_still_find_each_quoted_clause()
    {
        // In the generated law a third of the words are "of", "the", "shall"…: each of their pairs is in about 70 of
        // 1,000 clauses, above the cap of 16, so they propose nothing; the rare pairs of a real quotation still do.
        List<CanonClause> clauses = GenerateClauses(1_000);
        ClauseIndex index = ClauseIndex.Build(clauses);
        Assert.Equal(16, index.MaxPosting);
        Assert.Empty(index.Candidates(CanonText.Tokens("of the shall be and to in a any by the of")));
        foreach (int target in new[] { 0, 123, 500, 999 })
        {
            List<string> part = clauses[target].Paragraphs[0].TrimEnd('.').Split(' ').Skip(5).Take(25).ToList();
            part.RemoveAt(10);
            ClauseAlignment? match = index.Match(string.Join(" ", part));
            Assert.Equal(clauses[target].Id, match?.Clause.Id);
        }
    }

    /// <summary>Pairs are counted in a per-thread array: each lookup must start from zero, whatever index used it last.</summary>
    [Fact]
    public void Candidates_do_not_depend_on_earlier_lookups()
    {
        List<CanonClause> clauses = GenerateClauses(1_000);
        ClauseIndex large = ClauseIndex.Build(clauses);
        ClauseIndex small = ClauseIndex.Build(clauses.Take(10));
        ImmutableArray<CanonToken> tokens = CanonText.Tokens(clauses[7].Paragraphs[0]);
        string first = string.Join(",", small.Candidates(tokens));
        for (int round = 0; round < 3; round++)
        {
            Assert.Equal("generated-7", large.Candidates(tokens)[0].Clause.Id);
            Assert.Equal(first, string.Join(",", small.Candidates(tokens)));
        }

        Assert.StartsWith("generated-7 (", first, StringComparison.Ordinal);
    }

    /// <summary>
    /// Match skips the diff of candidates whose similarity bound cannot win: it must still pick what aligning every
    /// candidate would pick (most similar, then the wording in force, the authentic text, the first proposed),
    /// among versions that differ by a word or two and texts that share only common words.
    /// </summary>
    [Fact]
    public void Skipping_candidates_that_cannot_win_picks_what_aligning_them_all_picks()
    {
        var random = new Random(51);
        List<CanonClause> all = WithVariants(GenerateClauses(40), random);
        ClauseIndex index = ClauseIndex.Build(all);
        for (int q = 0; q < 200; q++)
        {
            string[] words = all[random.Next(all.Count)].Paragraphs[0].TrimEnd('.').Split(' ');
            int length = 6 + random.Next(30);
            int start = random.Next(Math.Max(1, words.Length - length));
            var part = words.Skip(start).Take(length).ToList();
            for (int edit = random.Next(6); edit > 0 && part.Count > 2; edit--)
            {
                if (random.Next(2) == 0)
                {
                    part.RemoveAt(random.Next(part.Count));
                }
                else
                {
                    part[random.Next(part.Count)] = random.Next(2) == 0 ? "the" : "zzzz";
                }
            }

            ImmutableArray<CanonToken> tokens = CanonText.Tokens(string.Join(" ", part));
            CanonClause[] cited = { all[random.Next(all.Count)], all[random.Next(all.Count)] };
            ClauseAlignment? expected = AlignAll(index, tokens, cited);
            ClauseAlignment? actual = index.Match(tokens, null, cited, 0.3);
            if (expected is null || expected.Similarity < 0.3)
            {
                Assert.True(actual is null || actual.Similarity < 0.3, actual?.ToString());
                continue;
            }

            Assert.NotNull(actual);
            Assert.Equal(expected.Clause.Id, actual!.Clause.Id);
            Assert.Equal(expected.Similarity, actual.Similarity);
        }
    }

    /// <summary>
    /// A quotation found word for word in a clause is aligned there without the similarity bound: among versions a word
    /// apart (one of which may hold it word for word, or several), with and without a citation and at either minimum,
    /// Match must give what aligning every candidate gives, rows included.
    /// </summary>
    [Fact]
    public void A_quotation_found_word_for_word_is_aligned_as_aligning_every_candidate_aligns_it()
    {
        var random = new Random(29);
        List<CanonClause> all = WithVariants(GenerateClauses(30, seed: 23), random);
        ClauseIndex index = ClauseIndex.Build(all);
        int verbatim = 0;
        for (int q = 0; q < 400; q++)
        {
            string[] words = all[random.Next(all.Count)].Paragraphs[0].TrimEnd('.').Split(' ');
            int length = 2 + random.Next(q % 3 == 0 ? 6 : 40);
            int start = random.Next(Math.Max(1, words.Length - length));
            ImmutableArray<CanonToken> tokens = CanonText.Tokens(string.Join(" ", words.Skip(start).Take(length)));
            CanonClause[] cited = q % 2 == 0 ? Array.Empty<CanonClause>() : new[] { all[random.Next(all.Count)] };
            double minimum = q % 4 < 2 ? 0.3 : 0.5;
            ClauseAlignment? expected = AlignAll(index, tokens, cited);
            ClauseAlignment? actual = index.Match(tokens, null, cited, minimum);
            verbatim += expected is { Similarity: 1.0 } ? 1 : 0;
            if (expected is null || expected.Similarity < minimum)
            {
                Assert.True(actual is null || actual.Similarity < minimum, actual?.ToString());
                continue;
            }

            Assert.Equal(Describe(expected), Describe(actual));
        }

        Assert.True(verbatim > 200, verbatim.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>An index keeps what aligning a quotation gave: asked again, it must answer as an index asked for the first time.</summary>
    [Fact]
    public void A_quotation_matched_again_is_aligned_as_the_first_time()
    {
        List<CanonClause> clauses = GenerateClauses(60, seed: 7);
        ClauseIndex index = ClauseIndex.Build(clauses);
        var random = new Random(11);
        var quotations = new List<string>();
        for (int q = 0; q < 60; q++)
        {
            string[] words = clauses[random.Next(clauses.Count)].Paragraphs[0].TrimEnd('.').Split(' ');
            var part = words.Skip(random.Next(words.Length / 2)).Take(6 + random.Next(30)).ToList();
            part[random.Next(part.Count)] = random.Next(2) == 0 ? "the" : "Zzzz";
            quotations.Add(string.Join(" ", part));
        }

        // Every quotation twice, and the first again in other letter cases: the same word ids.
        foreach (string quotation in quotations.Concat(quotations).Append(quotations[0].ToUpperInvariant()))
        {
            string fresh = Describe(ClauseIndex.Build(clauses).Match(quotation));
            Assert.Equal(fresh, Describe(index.Match(quotation)));

            // With a minimum, what a caller keeps (at least as similar as the minimum) is the same too.
            ImmutableArray<CanonToken> tokens = CanonText.Tokens(quotation);
            CanonClause[] cited = { clauses[random.Next(clauses.Count)] };
            ClauseAlignment? expected = ClauseIndex.Build(clauses).Match(tokens, null, cited, 0.5);
            ClauseAlignment? actual = index.Match(tokens, null, cited, 0.5);
            Assert.Equal(Describe(expected is { Similarity: >= 0.5 } ? expected : null), Describe(actual is { Similarity: >= 0.5 } ? actual : null));
        }
    }

    /// <summary>
    /// An index also keeps the floor at which the similarity bound turned a clause away for a quotation: asked again at
    /// that floor or a higher one it is turned away without the bound, at a lower one the bound is asked again. Altered
    /// quotations (many turned away), each asked several times at both minimums in either order, with other clauses
    /// cited, must be matched as by an index asked for the first time.
    /// </summary>
    [Fact]
    public void A_clause_turned_away_for_a_quotation_is_turned_away_again_only_at_a_floor_as_high()
    {
        List<CanonClause> clauses = WithVariants(GenerateClauses(40, seed: 13), new Random(3));
        ClauseIndex index = ClauseIndex.Build(clauses);
        var random = new Random(19);
        double[][] orders = { new[] { 0.5, 0.3, 0.5 }, new[] { 0.3, 0.5, 0.3 }, new[] { 0.5, 0.5, 0.3 } };
        for (int q = 0; q < 150; q++)
        {
            string[] words = clauses[random.Next(clauses.Count)].Paragraphs[0].TrimEnd('.').Split(' ');
            var part = words.Skip(random.Next(words.Length / 2)).Take(6 + random.Next(30)).ToList();
            for (int edit = random.Next(part.Count); edit > 0 && part.Count > 2; edit--)
            {
                part[random.Next(part.Count)] = random.Next(3) == 0 ? "the" : "zzzz" + edit.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            ImmutableArray<CanonToken> tokens = CanonText.Tokens(string.Join(" ", part));
            CanonClause[] cited = { clauses[random.Next(clauses.Count)], clauses[random.Next(clauses.Count)] };
            foreach (double minimum in orders[q % orders.Length])
            {
                ClauseAlignment? expected = ClauseIndex.Build(clauses).Match(tokens, null, cited, minimum);
                ClauseAlignment? actual = index.Match(tokens, null, cited, minimum);
                Assert.Equal(Describe(expected is not null && expected.Similarity >= minimum ? expected : null), Describe(actual is not null && actual.Similarity >= minimum ? actual : null));
            }
        }
    }

    /// <summary>
    /// A caller that takes a match only above a higher minimum and with enough matched words (as the recognizer does
    /// without a citation) gets from Match with that minimum and test what it keeps of Match with the lower minimum.
    /// </summary>
    [Fact]
    public void A_higher_minimum_and_a_test_before_the_rows_keep_what_the_caller_would_keep()
    {
        List<CanonClause> clauses = GenerateClauses(60, seed: 5);
        ClauseIndex index = ClauseIndex.Build(clauses);
        var random = new Random(17);
        for (int q = 0; q < 600; q++)
        {
            string[] words = clauses[random.Next(clauses.Count)].Paragraphs[0].TrimEnd('.').Split(' ');
            // Short parts too: a match of four words (the fewest taken) or three.
            var part = words.Skip(random.Next(words.Length / 2)).Take(3 + random.Next(q % 2 == 0 ? 6 : 30)).ToList();
            for (int edit = random.Next(part.Count / 2); edit > 0 && part.Count > 2; edit--)
            {
                part[random.Next(part.Count)] = random.Next(2) == 0 ? "the" : "zzzz" + edit.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            ImmutableArray<CanonToken> tokens = CanonText.Tokens(string.Join(" ", part));
            CanonClause[] cited = { clauses[random.Next(clauses.Count)] };
            ClauseAlignment? all = ClauseIndex.Build(clauses).Match(tokens, null, cited, 0.3);
            ClauseAlignment? kept = all is { Similarity: >= 0.5, MatchedTokens: >= 4 } ? all : null;
            ClauseAlignment? tested = index.Match(new CanonQuotation(tokens), null, cited.ToImmutableArray(), 0.5, (_, similarity, matched) => similarity >= 0.5 && matched >= 4);
            Assert.Equal(Describe(kept), Describe(tested));
        }
    }

    /// <summary>
    /// The index finds the quotation words paired with the most similar stretch's ends without diffing the stretch when
    /// it can (<see cref="QuotationWords.TryMatchedEnds"/>): every match, rows included, must be what diffing the stretch
    /// gives, for altered quotations with the reporter's words around them, cited clauses and both minimums.
    /// </summary>
    [Fact]
    public void Ends_found_without_diffing_the_stretch_align_as_diffing_it_does()
    {
        var random = new Random(43);
        List<CanonClause> all = WithVariants(GenerateClauses(30, seed: 31), random);
        ClauseIndex index = ClauseIndex.Build(all);
        ClauseIndex plain = ClauseIndex.Build(all, null, diffEveryStretch: true);
        string[] reporter = { "the", "minister", "said", "of", "zzzz", "any" };
        for (int q = 0; q < 400; q++)
        {
            string[] words = all[random.Next(all.Count)].Paragraphs[0].TrimEnd('.').Split(' ');
            int length = 4 + random.Next(40);
            int start = random.Next(Math.Max(1, words.Length - length));
            var part = words.Skip(start).Take(length).ToList();
            for (int edit = random.Next(5); edit > 0 && part.Count > 2; edit--)
            {
                int at = random.Next(part.Count);
                switch (random.Next(3))
                {
                    case 0: part.RemoveAt(at); break;
                    case 1: part[at] = reporter[random.Next(reporter.Length)]; break;
                    default: part.Insert(at, words[random.Next(words.Length)]); break;
                }
            }

            for (int k = random.Next(3) == 0 ? random.Next(1, 6) : 0; k > 0; k--)
            {
                part.Insert(0, reporter[random.Next(reporter.Length)]);
            }

            for (int k = random.Next(3) == 0 ? random.Next(1, 6) : 0; k > 0; k--)
            {
                part.Add(reporter[random.Next(reporter.Length)]);
            }

            ImmutableArray<CanonToken> tokens = CanonText.Tokens(string.Join(" ", part));
            CanonClause[] cited = q % 2 == 0 ? Array.Empty<CanonClause>() : new[] { all[random.Next(all.Count)] };
            double minimum = q % 4 < 2 ? 0.3 : 0.5;
            Assert.Equal(Describe(plain.Match(tokens, null, cited, minimum)), Describe(index.Match(tokens, null, cited, minimum)));
            Assert.Equal(Describe(plain.Align(all[q % all.Count], tokens, null)), Describe(index.Align(all[q % all.Count], tokens, null)));
        }
    }

    /// <summary>An equal row's words are cut out of the clause only when read: they must be the clause's words, on both sides.</summary>
    [Fact]
    public void Equal_rows_read_the_clause_words_they_cover()
    {
        List<CanonClause> clauses = GenerateClauses(5, seed: 3);
        string[] words = clauses[2].Paragraphs[0].TrimEnd('.').Split(' ');
        var part = words.Skip(3).Take(20).ToList();
        part[8] = "zzzz";
        part.RemoveAt(14);
        ClauseAlignment? alignment = ClauseIndex.Build(clauses).Match(string.Join(" ", part));
        Assert.NotNull(alignment);
        var read = new List<string>();
        foreach (ClauseEdit row in alignment!.Rows)
        {
            if (row.Kind == EditKind.Equal)
            {
                Assert.Equal(row.CanonText, row.QuoteText);
            }

            if (row.CanonText.Length > 0)
            {
                read.Add(row.CanonText);
            }
        }

        Assert.Equal(string.Join(" ", words.Skip(3).Take(20)), string.Join(" ", read));
        Assert.Contains(alignment.Rows, row => row.Kind == EditKind.Equal && row.CanonText == string.Join(" ", words.Skip(3).Take(8)));
    }

    private static string Describe(ClauseAlignment? alignment) => alignment is null ? "none"
        : $"{alignment.Clause.Id} {alignment.Similarity} {alignment.FirstParagraph}-{alignment.LastParagraph} {alignment.MatchedTokens}: "
          + string.Join(" | ", alignment.Rows.Select(row => $"{row.Kind} {row.CanonText} / {row.QuoteText} {string.Join(",", row.Material)}"));

    [Fact]
    public void Nothing_matches_an_empty_index_or_an_unrelated_text()
    {
        Assert.Null(ClauseIndex.Build(Array.Empty<CanonClause>()).Match("an armed attack against one or more of them"));
        Assert.Null(ClauseIndex.Build(GenerateClauses(100)).Match("an armed attack against one or more of them in Europe"));
    }

    /// <summary>Match without skipping: every candidate it would consider, aligned, the best kept by Match's own order.</summary>
    private static ClauseAlignment? AlignAll(ClauseIndex index, ImmutableArray<CanonToken> tokens, IEnumerable<CanonClause> cited)
    {
        ImmutableArray<ClauseCandidate> candidates = index.Candidates(tokens);
        var clauses = new List<CanonClause>();
        foreach (ClauseCandidate candidate in candidates)
        {
            if (candidate.SharedShingles * 2 < candidates[0].SharedShingles)
            {
                break;
            }

            clauses.Add(candidate.Clause);
        }

        clauses.AddRange(cited);
        ClauseAlignment? best = null;
        foreach (CanonClause clause in clauses)
        {
            ClauseAlignment? next = index.Align(clause, tokens, null);
            if (next is null)
            {
                continue;
            }

            bool better = best is null
                || next.Similarity > best.Similarity + 1e-9
                || (Math.Abs(next.Similarity - best.Similarity) <= 1e-9
                    && (best.Clause.Version.IsSuperseded && !next.Clause.Version.IsSuperseded
                        || (best.Clause.Version.IsSuperseded == next.Clause.Version.IsSuperseded && !best.Clause.IsAuthentic && next.Clause.IsAuthentic)));
            best = better ? next : best;
        }

        return best;
    }

    /// <summary>The clauses, each with an older wording (superseded) and a translation-like copy, a word or two apart.</summary>
    private static List<CanonClause> WithVariants(List<CanonClause> clauses, Random random)
    {
        var all = new List<CanonClause>(clauses);
        foreach (CanonClause clause in clauses)
        {
            string[] words = clause.Paragraphs[0].TrimEnd('.').Split(' ');
            words[random.Next(words.Length)] = "older";
            all.Add(Variant(clause, "-old", string.Join(" ", words), superseded: true, authentic: true));
            words[random.Next(words.Length)] = "copy";
            all.Add(Variant(clause, "-copy", string.Join(" ", words), superseded: false, authentic: false));
        }

        return all;
    }

    private static CanonClause Variant(CanonClause clause, string suffix, string text, bool superseded, bool authentic) =>
        new(clause.Id + suffix, clause.Instrument, clause.Article, clause.FirstParagraph, clause.Language, authentic, null,
            new ClauseVersion(superseded ? "0" : "1", null, superseded ? new DateTime(2000, 1, 1) : null, null), null,
            ImmutableArray.Create(text + "."), clause.SourcePath, clause.SourceLine);
}
