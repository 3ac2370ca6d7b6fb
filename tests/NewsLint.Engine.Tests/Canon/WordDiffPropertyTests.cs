using System;
using System.Collections.Generic;
using CsCheck;
using DiffPlex;
using DiffPlex.Model;
using NewsLint.Canon;
using Xunit;

namespace NewsLint.Tests.Canon;

/// <summary>
/// The diff from word ids gives exactly DiffPlex's blocks for the words as strings (the way it was first computed:
/// placeholders for the words one side lacks, pieces through a chunker), on generated clauses and quotations with
/// repeated, empty and unknown words, for every stretch kind the index diffs.
/// </summary>
public sealed class WordDiffPropertyTests
{
    // "" is a word too (a token may fold to nothing); "u…" words are outside the index's vocabulary.
    private static readonly string[] Vocabulary = { "the", "of", "shall", "be", "state", "party", "not", "", "any", "zone" };

    private static readonly Gen<string> IndexedWord = Gen.OneOfConst(Vocabulary);

    private static readonly Gen<string> AnyWord = Gen.Frequency((6, IndexedWord), (1, Gen.OneOfConst("u1", "u2", "u3")));

    [Fact]
    public void Diff_from_ids_equals_DiffPlex_on_strings()
    {
        Gen.Select(IndexedWord.Array[0, 30], AnyWord.Array[0, 20], Gen.Int[0, 1000], Gen.Int[0, 1000]).Sample(
            (clause, quotation, x, y) =>
            {
                CanonToken[] clauseTokens = Tokens(clause);
                CanonToken[] quotationTokens = Tokens(quotation);
                var ids = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (string word in Vocabulary)
                {
                    ids[word] = ids.Count;
                }

                var clauseIds = new int[clause.Length];
                for (int k = 0; k < clause.Length; k++)
                {
                    clauseIds[k] = ids[clause[k]];
                }

                var indexed = new WordDiff(clauseTokens, clauseIds, quotationTokens, QuotationWords.Ids(quotationTokens, ids), ids.Count);
                (int[] localClause, int[] localQuotation, int count) = WordDiff.LocalIds(clauseTokens, quotationTokens);
                var local = new WordDiff(clauseTokens, localClause, quotationTokens, localQuotation, count);
                int from = clause.Length == 0 ? 0 : x % (clause.Length + 1);
                int to = from + (y % (clause.Length - from + 1));
                // The whole clause, a stretch, and the stretch the quotation equals word for word when it does.
                foreach ((int start, int end) in new[] { (0, clause.Length), (from, to), (from, Math.Min(clause.Length, from + quotation.Length)) })
                {
                    string expected = Reference(clauseTokens, quotationTokens, start, end);
                    Assert.Equal(expected, Describe(indexed.Diff(start, end)));
                    Assert.Equal(expected, Describe(local.Diff(start, end)));
                }
            });
    }

    [Fact]
    public void A_stretch_equal_to_the_quotation_has_no_edits()
    {
        CanonToken[] clause = Tokens(new[] { "any", "state", "party", "shall", "not", "be" });
        CanonToken[] quotation = Tokens(new[] { "party", "shall", "not" });
        (int[] clauseIds, int[] quotationIds, int count) = WordDiff.LocalIds(clause, quotation);
        var diff = new WordDiff(clause, clauseIds, quotation, quotationIds, count);
        Assert.Empty(diff.Diff(2, 5));
        Assert.Equal(Reference(clause, quotation, 0, 6), Describe(diff.Diff(0, 6)));
    }

    /// <summary>
    /// The diff that needs no search (<see cref="UniqueDiff"/>) marks what DiffPlex marks whenever it applies: over a few
    /// ids repeated at random, and over quotations made from a clause with a few edits, where it applies most often.
    /// </summary>
    [Fact]
    public void A_diff_with_one_minimal_answer_marks_what_DiffPlex_marks()
    {
        Gen<(int[], int[])> fewIds = Gen.Select(Gen.Int[-1, 6].Array[0, 20], Gen.Int[-1, 6].Array[0, 20]);
        Gen<(int[], int[])> edited = Gen.Select(Gen.Int[0, 40].Array[0, 40], Gen.Int[0, int.MaxValue]).Select((clause, seed) => (clause, Edited(clause, new Random(seed))));
        foreach (Gen<(int[], int[])> pairs in new[] { fewIds, edited })
        {
            int applied = 0;
            pairs.Sample(
                pair =>
                {
                    (int[] clause, int[] quotation) = pair;
                    // The clause's placeholder is -1, the quotation's -2; the clause is read from an offset.
                    int[] a = new int[3 + clause.Length];
                    Array.Copy(clause, 0, a, 3, clause.Length);
                    int[] b = Array.ConvertAll(quotation, id => id < 0 ? -2 : id);
                    var deleted = new bool[clause.Length + 2];
                    var inserted = new bool[b.Length + 2];
                    if (!UniqueDiff.TryMark(a, 3, clause.Length, b, b.Length, 64, deleted, inserted))
                    {
                        return;
                    }

                    System.Threading.Interlocked.Increment(ref applied);
                    (bool[] expectedDeleted, bool[] expectedInserted) = DiffPlexMarks(clause, b);
                    Assert.Equal(expectedDeleted, deleted[..clause.Length]);
                    Assert.Equal(expectedInserted, inserted[..b.Length]);
                },
                iter: 20000);
            Assert.True(applied > 2000, $"applied {applied} times");
        }
    }

    /// <summary>The clause with up to four words dropped, replaced (by a shared word or one it lacks) or added.</summary>
    private static int[] Edited(int[] clause, Random random)
    {
        var words = new List<int>(clause);
        for (int edit = random.Next(5); edit > 0; edit--)
        {
            int at = random.Next(words.Count + 1);
            int kind = random.Next(3);
            if (kind == 0 && at < words.Count)
            {
                words.RemoveAt(at);
            }
            else if (kind == 1 && at < words.Count)
            {
                words[at] = random.Next(2) == 0 ? -2 : random.Next(41);
            }
            else
            {
                words.Insert(at, random.Next(2) == 0 ? -2 : random.Next(41));
            }
        }

        return words.ToArray();
    }

    private static (bool[] Deleted, bool[] Inserted) DiffPlexMarks(int[] a, int[] b)
    {
        var old = new ModificationData(string.Empty) { HashedPieces = a, Modifications = new bool[a.Length] };
        var @new = new ModificationData(string.Empty) { HashedPieces = b, Modifications = new bool[b.Length] };
        MarksDiffer.Modify(old, @new);
        return (old.Modifications, @new.Modifications);
    }

    private sealed class MarksDiffer : Differ
    {
        public static void Modify(ModificationData old, ModificationData @new) => BuildModificationData(old, @new);
    }

    private static CanonToken[] Tokens(string[] words)
    {
        var tokens = new CanonToken[words.Length];
        for (int k = 0; k < words.Length; k++)
        {
            tokens[k] = new CanonToken(words[k], words[k], false);
        }

        return tokens;
    }

    private static string Describe(List<(int A, int DeleteCount, int B, int InsertCount)> edits)
    {
        var parts = new List<string>();
        foreach ((int a, int deleteCount, int b, int insertCount) in edits)
        {
            parts.Add($"{a}-{deleteCount}/{b}+{insertCount}");
        }

        return string.Join(" ", parts);
    }

    /// <summary>The first way: each side's words the other lacks as one placeholder string, DiffPlex hashing the strings.</summary>
    private static string Reference(CanonToken[] clause, CanonToken[] quotation, int from, int to)
    {
        var clauseWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (CanonToken token in clause)
        {
            clauseWords.Add(token.Folded);
        }

        var quoted = new HashSet<string>(StringComparer.Ordinal);
        var newPieces = new string[quotation.Length];
        for (int k = 0; k < quotation.Length; k++)
        {
            quoted.Add(quotation[k].Folded);
            newPieces[k] = clauseWords.Contains(quotation[k].Folded) ? quotation[k].Folded : "\n\n";
        }

        var oldPieces = new string[to - from];
        for (int k = from; k < to; k++)
        {
            oldPieces[k - from] = quoted.Contains(clause[k].Folded) ? clause[k].Folded : "\n";
        }

        string old = to == from || (to - from == 1 && clause[from].Folded.Length == 0) ? string.Empty : "old";
        string @new = quotation.Length == 0 || (quotation.Length == 1 && quotation[0].Folded.Length == 0) ? string.Empty : "new";
        DiffResult result = new Differ().CreateDiffs(old, @new, false, false, new Pieces(oldPieces, newPieces));
        var edits = new List<(int, int, int, int)>();
        foreach (DiffBlock block in result.DiffBlocks)
        {
            edits.Add((block.DeleteStartA, block.DeleteCountA, block.InsertStartB, block.InsertCountB));
        }

        return Describe(edits);
    }

    private sealed class Pieces : IChunker
    {
        private readonly string[] _old;
        private readonly string[] _new;

        public Pieces(string[] old, string[] @new)
        {
            _old = old;
            _new = @new;
        }

        public IReadOnlyList<string> Chunk(string text) => text == "old" ? _old : _new;
    }
}
