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
        // The rows of a quotation's words live in one table per thread: a quotation asked after another must get its own back.
        var random = new Random(7);
        int[] clause = Words(random, 120, 30);
        int[] first = Words(random, 30, 30);
        int[] second = Words(random, 30, 60);
        double firstBest = BestStretch(clause, first, 30);
        double secondBest = BestStretch(clause, second, 30);
        QuotationWords a = QuotationWords.Create(first);
        QuotationWords b = QuotationWords.Create(second);
        for (int turn = 0; turn < 3; turn++)
        {
            foreach (double floor in new[] { 0.3, firstBest, secondBest, firstBest + 1e-3, secondBest + 1e-3 })
            {
                Assert.Equal(firstBest >= floor - QuotationWords.Tolerance, a.CanReach(clause, floor));
                Assert.Equal(secondBest >= floor - QuotationWords.Tolerance, b.CanReach(clause, floor));
            }
        }
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

    /// <summary>max over stretches W of 2·LCS(W, quotation) / (|W| + quotation length), by dynamic programming.</summary>
    private static double BestStretch(int[] clause, int[] quotation, int vocabulary)
    {
        double best = 0;
        for (int start = 0; start < clause.Length; start++)
        {
            // lcs[k] = LCS(clause[start..j], quotation[0..k)) as j grows.
            var lcs = new int[quotation.Length + 1];
            for (int j = start; j < clause.Length; j++)
            {
                var next = new int[quotation.Length + 1];
                for (int k = 1; k <= quotation.Length; k++)
                {
                    bool equal = quotation[k - 1] < vocabulary && quotation[k - 1] == clause[j];
                    next[k] = equal ? lcs[k - 1] + 1 : Math.Max(lcs[k], next[k - 1]);
                }

                lcs = next;
                best = Math.Max(best, 2.0 * lcs[quotation.Length] / (j - start + 1 + quotation.Length));
            }
        }

        return best;
    }
}
