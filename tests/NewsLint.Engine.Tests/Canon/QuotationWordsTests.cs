using System;
using System.Collections.Generic;
using NewsLint.Canon;
using Xunit;

namespace NewsLint.Tests.Canon;

/// <summary>The similarity bound that lets the clause index skip diffs must never be below what a stretch can reach.</summary>
public sealed class QuotationWordsTests
{
    [Theory]
    [InlineData(5, 20, 4)]
    [InlineData(30, 120, 12)]
    [InlineData(70, 150, 20)]
    [InlineData(130, 90, 40)]
    public void Can_reach_exactly_when_some_stretch_of_the_clause_reaches_the_floor(int quotationLength, int clauseLength, int vocabulary)
    {
        var random = new Random(quotationLength * 1000 + clauseLength);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int w = 0; w < vocabulary; w++)
        {
            ids["w" + w] = w;
        }

        for (int round = 0; round < 40; round++)
        {
            int[] clause = Words(random, clauseLength, vocabulary);
            // A word the clause vocabulary lacks ("x") equals nothing.
            int[] quotation = Words(random, quotationLength, vocabulary + 2);
            var tokens = new List<CanonToken>();
            foreach (int word in quotation)
            {
                string text = word < vocabulary ? "w" + word : "x";
                tokens.Add(new CanonToken(text, text, false));
            }

            QuotationWords words = QuotationWords.Create(tokens, ids);
            double best = BestStretch(clause, quotation, vocabulary);
            foreach (double floor in new[] { 0.3, 0.5, best - 1e-9, best + 1e-3, 0.9 })
            {
                Assert.Equal(best >= floor - QuotationWords.Tolerance, words.CanReach(clause, floor));
            }
        }
    }

    [Fact]
    public void Quotations_bounded_in_turn_on_one_thread_keep_their_own_words()
    {
        // The rows of a quotation's words live in one table per thread, and a clause's rows read by a quotation in working
        // arrays per thread: a quotation asked after another (about the same clause or another) must get its own back.
        var random = new Random(7);
        int[] clause = Words(random, 120, 30);
        int[] other = Words(random, 90, 30);
        int[] first = Words(random, 30, 30);
        int[] second = Words(random, 30, 60);
        int[] third = Words(random, 100, 30);
        double firstBest = BestStretch(clause, first, 30);
        double secondBest = BestStretch(clause, second, 30);
        QuotationWords a = QuotationWords.Create(first);
        QuotationWords b = QuotationWords.Create(second);
        QuotationWords c = QuotationWords.Create(third);
        for (int turn = 0; turn < 3; turn++)
        {
            foreach (double floor in new[] { 0.3, firstBest, secondBest, firstBest + 1e-3, secondBest + 1e-3 })
            {
                Assert.Equal(firstBest >= floor - QuotationWords.Tolerance, a.CanReach(clause, floor));
                Assert.Equal(secondBest >= floor - QuotationWords.Tolerance, b.CanReach(clause, floor));
            }

            Assert.Equal(MostSimilarByDynamicProgramming(clause, first), a.MostSimilarStretch(clause));
            Assert.Equal(MostSimilarByDynamicProgramming(other, third), c.MostSimilarStretch(other));
            Assert.Equal(MostSimilarByDynamicProgramming(clause, second), b.MostSimilarStretch(clause));
            Assert.Equal(MostSimilarByDynamicProgramming(other, first), a.MostSimilarStretch(other));
            Assert.Equal(MostSimilarByDynamicProgramming(clause, third), c.MostSimilarStretch(clause));
        }
    }

    [Theory]
    [InlineData(5, 20, 4)]
    [InlineData(12, 60, 10)]
    [InlineData(30, 120, 12)]
    [InlineData(70, 150, 20)]
    [InlineData(130, 90, 40)]
    public void The_most_similar_stretch_is_the_best_of_every_stretch_the_earliest_and_shortest_among_equals(int quotationLength, int clauseLength, int vocabulary)
    {
        var random = new Random((quotationLength * 31) + clauseLength);
        for (int round = 0; round < 40; round++)
        {
            int[] clause = Words(random, clauseLength, vocabulary);
            int[] quotation = Words(random, quotationLength, vocabulary + 2);
            for (int k = 0; k < quotation.Length; k++)
            {
                // A word no clause has: no id.
                quotation[k] = quotation[k] >= vocabulary ? -1 : quotation[k];
            }

            Assert.Equal(MostSimilarByDynamicProgramming(clause, quotation), QuotationWords.Create(quotation).MostSimilarStretch(clause));
        }
    }

    /// <summary>
    /// Quotations as reporters make them: an altered stretch of a clause whose common words ("the", "of") recur all
    /// over it, with their own words around it. The search skips starts and cuts scans by a bound, and scans the
    /// likeliest start first: the stretch must still be the one every stretch in order would give.
    /// </summary>
    [Theory]
    [InlineData(6, 40)]
    [InlineData(20, 110)]
    [InlineData(45, 130)]
    [InlineData(70, 200)]
    public void An_altered_stretch_of_a_clause_with_common_words_is_found_as_every_stretch_would_find_it(int quotationLength, int clauseLength)
    {
        var random = new Random((quotationLength * 17) + clauseLength);
        for (int round = 0; round < 60; round++)
        {
            int[] clause = CommonWords(random, clauseLength);
            int[] quotation = Altered(random, clause, quotationLength);
            (int From, int To, int Common) expected = MostSimilarByDynamicProgramming(clause, quotation);
            QuotationWords words = QuotationWords.Create(quotation);
            Assert.Equal(expected, words.MostSimilarStretch(clause));
            double best = expected.Common == 0 ? 0 : 2.0 * expected.Common / (expected.To - expected.From + quotation.Length);
            foreach (double floor in new[] { 0.3, 0.5, best - 1e-9, best + 1e-3, 0.9 })
            {
                Assert.Equal(best >= floor - QuotationWords.Tolerance, words.CanReach(clause, floor));
            }
        }
    }

    [Fact]
    public void A_quotation_read_against_clauses_in_turn_keeps_each_clause_apart()
    {
        // The words of the clause read last are kept for the search that follows the bound: another clause must not get them.
        var random = new Random(11);
        int[] one = CommonWords(random, 110);
        int[] other = CommonWords(random, 90);
        int[] quotation = Altered(random, one, 25);
        QuotationWords words = QuotationWords.Create(quotation);
        for (int turn = 0; turn < 3; turn++)
        {
            foreach (int[] clause in new[] { one, other, other, one })
            {
                (int From, int To, int Common) expected = MostSimilarByDynamicProgramming(clause, quotation);
                double best = expected.Common == 0 ? 0 : 2.0 * expected.Common / (expected.To - expected.From + quotation.Length);
                Assert.Equal(best >= 0.5 - QuotationWords.Tolerance, words.CanReach(clause, 0.5));
                Assert.Equal(expected, words.MostSimilarStretch(clause));
            }
        }
    }

    /// <summary>
    /// The quotation words paired with a stretch's first and last words, when settled without a diff, are those DiffPlex's
    /// diff of the stretch pairs (the ends the index widens the stretch by): on the most similar stretch of altered
    /// quotations with common words, and on any stretch of random words; the shortcut must apply to most of the former.
    /// </summary>
    [Theory]
    [InlineData(6, 40)]
    [InlineData(20, 110)]
    [InlineData(45, 130)]
    [InlineData(70, 200)]
    public void The_quotation_words_paired_with_a_stretchs_ends_are_those_the_diff_pairs(int quotationLength, int clauseLength)
    {
        var random = new Random((quotationLength * 13) + clauseLength);
        int settled = 0;
        int rounds = 150;
        for (int round = 0; round < rounds; round++)
        {
            int[] clause = CommonWords(random, clauseLength);
            int[] quotation = Altered(random, clause, quotationLength);
            QuotationWords words = QuotationWords.Create(quotation);
            (int from, int to, int common) = words.MostSimilarStretch(clause);
            if (common > 0 && words.TryMatchedEnds(clause, from, to, out int first, out int last))
            {
                settled++;
                Assert.Equal(DiffedEnds(clause, quotation, from, to), (first, quotation.Length - 1 - last));
            }

            // Any stretch, and random words that share few.
            int[] other = Words(random, clauseLength, 12);
            int[] quoted = Words(random, quotationLength, 14);
            for (int k = 0; k < quoted.Length; k++)
            {
                quoted[k] = quoted[k] >= 12 ? -1 : quoted[k];
            }

            foreach ((int[] c, int[] q) in new[] { (clause, quotation), (other, quoted) })
            {
                int start = random.Next(c.Length);
                int end = start + 1 + random.Next(c.Length - start);
                if (QuotationWords.Create(q).TryMatchedEnds(c, start, end, out int a, out int b))
                {
                    Assert.Equal(DiffedEnds(c, q, start, end), (a, q.Length - 1 - b));
                }
            }
        }

        Assert.True(settled > rounds / 2, $"settled {settled} of {rounds}");
    }

    /// <summary>What the index read from the diff of the stretch: the quotation words before its first equal word and after its last.</summary>
    private static (int Before, int After) DiffedEnds(int[] clause, int[] quotation, int from, int to)
    {
        var tokens = new CanonToken[clause.Length];
        for (int k = 0; k < clause.Length; k++)
        {
            tokens[k] = new CanonToken("w" + clause[k], "w" + clause[k], false);
        }

        var diff = new WordDiff(tokens, clause, quotation, quotationIsBlank: false, 100);
        return ClauseIndex.UnmatchedEnds(diff.Diff(from, to), to - from, quotation.Length);
    }

    [Fact]
    public void The_most_similar_stretch_of_a_clause_that_shares_no_word_is_empty()
    {
        Assert.Equal((0, 0, 0), QuotationWords.Create(new[] { 7, 8, -1 }).MostSimilarStretch(new[] { 1, 2, 3, 4 }));
    }

    /// <summary>
    /// Every stretch by dynamic programming, in order of start and then end, kept when strictly better: the earliest
    /// start and then the shortest stretch win among equals.
    /// </summary>
    private static (int From, int To, int Common) MostSimilarByDynamicProgramming(int[] clause, int[] quotation)
    {
        (int From, int To, int Common) best = (0, 0, 0);
        long bestSize = 1;
        for (int start = 0; start < clause.Length; start++)
        {
            var lcs = new int[quotation.Length + 1];
            for (int j = start; j < clause.Length; j++)
            {
                var next = new int[quotation.Length + 1];
                for (int k = 1; k <= quotation.Length; k++)
                {
                    bool equal = quotation[k - 1] >= 0 && quotation[k - 1] == clause[j];
                    next[k] = equal ? lcs[k - 1] + 1 : Math.Max(lcs[k], next[k - 1]);
                }

                lcs = next;
                int common = lcs[quotation.Length];
                long size = j - start + 1;
                if ((long)common * (bestSize + quotation.Length) > (long)best.Common * (size + quotation.Length))
                {
                    best = (start, j + 1, common);
                    bestSize = size;
                }
            }
        }

        return best;
    }

    private static int[] Words(Random random, int length, int vocabulary)
    {
        var words = new int[length];
        for (int k = 0; k < length; k++)
        {
            words[k] = random.Next(vocabulary);
        }

        return words;
    }

    /// <summary>Words of which a few are very common (ids 0-4 take half the text), as in a law's wording.</summary>
    private static int[] CommonWords(Random random, int length)
    {
        var words = new int[length];
        for (int k = 0; k < length; k++)
        {
            words[k] = random.Next(2) == 0 ? random.Next(5) : 5 + random.Next(60);
        }

        return words;
    }

    /// <summary>
    /// A stretch of the clause about <paramref name="length"/> words long, with words changed, left out and put in
    /// (some no clause has: -1), and sometimes the reporter's own words before or after it.
    /// </summary>
    private static int[] Altered(Random random, int[] clause, int length)
    {
        int from = random.Next(Math.Max(1, clause.Length - length));
        var words = new List<int>();
        int before = random.Next(3) == 0 ? random.Next(1, 8) : 0;
        for (int k = 0; k < before; k++)
        {
            words.Add(random.Next(4) == 0 ? random.Next(5) : -1);
        }

        for (int k = from; k < Math.Min(clause.Length, from + length); k++)
        {
            int roll = random.Next(20);
            if (roll == 0)
            {
                continue;
            }

            words.Add(roll == 1 ? random.Next(65) : roll == 2 ? -1 : clause[k]);
            if (roll == 3)
            {
                words.Add(random.Next(5));
            }
        }

        int after = random.Next(3) == 0 ? random.Next(1, 8) : 0;
        for (int k = 0; k < after; k++)
        {
            words.Add(random.Next(4) == 0 ? random.Next(65) : -1);
        }

        return words.Count == 0 ? new[] { clause[0] } : words.ToArray();
    }

    /// <summary>max over stretches W of 2·LCS(W, quotation) / (|W| + quotation length), by dynamic programming.</summary>
    private static double BestStretch(int[] clause, int[] quotation, int vocabulary)
    {
        // Words at or past the vocabulary are no clause's.
        int[] known = Array.ConvertAll(quotation, word => word < vocabulary ? word : -1);
        (int from, int to, int common) = MostSimilarByDynamicProgramming(clause, known);
        return common == 0 ? 0 : 2.0 * common / (to - from + quotation.Length);
    }
}
