using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using CsCheck;
using NewsLint.Canon;
using Xunit;

namespace NewsLint.Tests.Canon;

/// <summary>
/// The alignment memo against a dictionary that keeps the first answer per (clause, word ids): the same answers, the
/// same misses, the first <see cref="AlignmentMemo{T}.Capacity"/> pairs kept; and read while written by other threads,
/// every answer read is one written for its pair.
/// </summary>
public sealed class AlignmentMemoTests
{
    /// <summary>Few clauses and short ids from few words, so that pairs recur, in arrays of their own.</summary>
    private static readonly Gen<(int Clause, int[] Ids)> Keys = Gen.Select(Gen.Int[0, 5], Gen.Int[-1, 3].Array[0, 4]);

    [Fact]
    public void Answers_what_a_dictionary_of_first_answers_answers()
    {
        Gen.Select(Gen.Bool, Keys).Array[0, 300].Sample(
            operations =>
            {
                var memo = new AlignmentMemo<string>();
                var model = new Dictionary<string, string>(StringComparer.Ordinal);
                for (int i = 0; i < operations.Length; i++)
                {
                    (bool add, (int clause, int[] ids)) = operations[i];
                    // A fresh copy of the ids: the memo compares them by value.
                    int[] copy = (int[])ids.Clone();
                    string key = Key(clause, ids);
                    if (add)
                    {
                        string answer = "answer " + i;
                        memo.Add(clause, copy, AlignmentMemo<string>.HashOf(copy), answer);
                        model.TryAdd(key, answer);
                    }

                    bool found = memo.TryGet(clause, copy, AlignmentMemo<string>.HashOf(copy), out string got);
                    Assert.Equal(model.TryGetValue(key, out string? expected), found);
                    Assert.Equal(expected, found ? got : null);
                }

                Assert.Equal(model.Count, memo.Count);
            },
            iter: 2000);
    }

    [Fact]
    public void Pairs_that_share_a_slot_or_a_hash_are_told_apart()
    {
        // Every pair given the same hash: one run of occupied slots, each entry compared in full.
        var memo = new AlignmentMemo<string>();
        var pairs = new List<(int Clause, int[] Ids)>();
        for (int clause = 0; clause < 8; clause++)
        {
            for (int word = 0; word < 40; word++)
            {
                pairs.Add((clause, new[] { word, clause }));
                pairs.Add((clause, new[] { word }));
            }
        }

        foreach ((int clause, int[] ids) in pairs)
        {
            memo.Add(clause, ids, 7, Key(clause, ids));
        }

        foreach ((int clause, int[] ids) in pairs)
        {
            Assert.True(memo.TryGet(clause, (int[])ids.Clone(), 7, out string answer));
            Assert.Equal(Key(clause, ids), answer);
        }

        Assert.False(memo.TryGet(8, new[] { 0, 8 }, 7, out _));
        Assert.False(memo.TryGet(0, new[] { 0, 1 }, 7, out _));
        Assert.False(memo.TryGet(0, Array.Empty<int>(), 7, out _));
    }

    [Fact]
    public void Keeps_the_first_capacity_pairs_and_ignores_the_rest()
    {
        var memo = new AlignmentMemo<string>();
        int pairs = AlignmentMemo<string>.Capacity + 500;
        for (int i = 0; i < pairs; i++)
        {
            int[] ids = { i, i >> 3 };
            memo.Add(i % 3, ids, AlignmentMemo<string>.HashOf(ids), "answer " + i);
        }

        Assert.Equal(AlignmentMemo<string>.Capacity, memo.Count);
        for (int i = 0; i < pairs; i++)
        {
            int[] ids = { i, i >> 3 };
            bool found = memo.TryGet(i % 3, ids, AlignmentMemo<string>.HashOf(ids), out string answer);
            Assert.Equal(i < AlignmentMemo<string>.Capacity, found);
            Assert.Equal(found ? "answer " + i : null, found ? answer : null);
        }
    }

    [Fact]
    public void Readers_beside_two_writers_read_only_answers_written_for_their_pair()
    {
        // More pairs than the memo keeps, each written by both writers with answers of their own, in opposite orders;
        // two readers read them all over and over meanwhile.
        const int Pairs = AlignmentMemo<object>.Capacity + 1000;
        int[][] ids = Enumerable.Range(0, Pairs).Select(i => new[] { i % 97, i / 97, i % 5 }).ToArray();
        int[] hashes = ids.Select(AlignmentMemo<object>.HashOf).ToArray();
        object[][] written = Enumerable.Range(0, 2).Select(_ => Enumerable.Range(0, Pairs).Select(_ => new object()).ToArray()).ToArray();
        for (int round = 0; round < 20; round++)
        {
            var memo = new AlignmentMemo<object>();
            var seen = new object?[2][];
            var failures = new List<string>();
            using var start = new Barrier(4);
            int writing = 2;
            var threads = new List<Thread>();
            for (int w = 0; w < 2; w++)
            {
                int writer = w;
                threads.Add(new Thread(() =>
                {
                    start.SignalAndWait();
                    for (int k = 0; k < Pairs; k++)
                    {
                        int i = writer == 0 ? k : Pairs - 1 - k;
                        memo.Add(Clause(i), (int[])ids[i].Clone(), hashes[i], written[writer][i]);
                    }

                    Interlocked.Decrement(ref writing);
                }));
            }

            for (int r = 0; r < 2; r++)
            {
                int reader = r;
                threads.Add(new Thread(() =>
                {
                    var first = new object?[Pairs];
                    start.SignalAndWait();
                    bool last = false;
                    while (!last)
                    {
                        // One more pass once both writers are done: every pair kept is then found.
                        last = Volatile.Read(ref writing) == 0;
                        for (int i = 0; i < Pairs; i++)
                        {
                            if (!memo.TryGet(Clause(i), ids[i], hashes[i], out object answer))
                            {
                                if (first[i] is not null)
                                {
                                    Fail(failures, $"pair {i} found, then not");
                                }

                                continue;
                            }

                            if (!ReferenceEquals(answer, written[0][i]) && !ReferenceEquals(answer, written[1][i]))
                            {
                                Fail(failures, $"pair {i}: an answer not written for it");
                            }
                            else if (first[i] is { } before && !ReferenceEquals(before, answer))
                            {
                                Fail(failures, $"pair {i}: its answer changed");
                            }

                            first[i] = answer;
                        }
                    }

                    seen[reader] = first;
                }));
            }

            threads.ForEach(thread => thread.Start());
            threads.ForEach(thread => thread.Join());
            Assert.Empty(failures);
            Assert.Equal(AlignmentMemo<object>.Capacity, memo.Count);
            for (int r = 0; r < 2; r++)
            {
                Assert.Equal(AlignmentMemo<object>.Capacity, seen[r]!.Count(answer => answer is not null));
            }

            // Both readers, at the end, saw the same answer for each pair.
            Assert.Equal(seen[0], seen[1]);
        }
    }

    private static int Clause(int i) => i % 7;

    private static void Fail(List<string> failures, string failure)
    {
        lock (failures)
        {
            failures.Add(failure);
        }
    }

    private static string Key(int clause, int[] ids) => clause + ":" + string.Join(",", ids);
}
