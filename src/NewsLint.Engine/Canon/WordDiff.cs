using System;
using System.Collections.Generic;
using DiffPlex;
using DiffPlex.Model;

namespace NewsLint.Canon;

/// <summary>
/// DiffPlex's word diff of a clause (or a stretch of it) with a quotation, from word ids. DiffPlex only ever compares a
/// clause word with a quotation word for equality, so the ids go straight to its diff of hashed pieces, as they are:
/// without strings for it to hash again or a chunker to call, and without numbering again the words the other side
/// lacks (no id of one side equals them).
/// </summary>
internal sealed class WordDiff
{
    /// <summary>A quotation word with no id: equal to no clause word, not even one the clause marks -1.</summary>
    private const int QuotationOnly = int.MinValue;

    private readonly IReadOnlyList<CanonToken> _clauseTokens;
    private readonly bool _quotationIsBlank;
    private readonly int[] _clause;
    private readonly int[] _quotation;
    private readonly int _idCount;

    /// <param name="clauseIds">Each clause word's id; -1 for a word the quotation surely lacks.</param>
    /// <param name="quotationIds">Each quotation word's id in the same numbering; negative for a word the clause surely lacks.</param>
    /// <param name="idCount">Ids are below this.</param>
    public WordDiff(IReadOnlyList<CanonToken> clause, int[] clauseIds, IReadOnlyList<CanonToken> quotation, int[] quotationIds, int idCount)
        : this(clause, clauseIds, quotationIds, IsBlank(quotation, 0, quotation.Count), idCount)
    {
    }

    /// <summary>As above, where only whether the quotation reads as a blank text (<see cref="IsBlank"/>) is known of its tokens.</summary>
    public WordDiff(IReadOnlyList<CanonToken> clause, int[] clauseIds, int[] quotationIds, bool quotationIsBlank, int idCount)
    {
        _clauseTokens = clause;
        _quotationIsBlank = quotationIsBlank;
        _idCount = idCount;
        _clause = clauseIds;
        _quotation = quotationIds;
        for (int k = 0; k < quotationIds.Length; k++)
        {
            if (quotationIds[k] < 0)
            {
                _quotation = OnlyInQuotation(quotationIds);
                break;
            }
        }
    }

    /// <summary>The ids with each negative one made <see cref="QuotationOnly"/>.</summary>
    private static int[] OnlyInQuotation(int[] ids)
    {
        var result = new int[ids.Length];
        for (int k = 0; k < ids.Length; k++)
        {
            result[k] = ids[k] < 0 ? QuotationOnly : ids[k];
        }

        return result;
    }

    /// <summary>
    /// Ids for a clause outside the index: the quotation's words numbered among themselves, a clause word the quotation
    /// lacks -1.
    /// </summary>
    public static (int[] Clause, int[] Quotation, int Count) LocalIds(IReadOnlyList<CanonToken> clause, IReadOnlyList<CanonToken> quotation)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var quotationIds = new int[quotation.Count];
        for (int k = 0; k < quotation.Count; k++)
        {
            if (!numbers.TryGetValue(quotation[k].Folded, out quotationIds[k]))
            {
                numbers[quotation[k].Folded] = quotationIds[k] = numbers.Count;
            }
        }

        var clauseIds = new int[clause.Count];
        for (int k = 0; k < clause.Count; k++)
        {
            clauseIds[k] = numbers.TryGetValue(clause[k].Folded, out int id) ? id : -1;
        }

        return (clauseIds, quotationIds, numbers.Count);
    }

    /// <summary>The diff of clause words [from, to) with the whole quotation, as DiffPlex's blocks (A relative to from).</summary>
    public List<(int A, int DeleteCount, int B, int InsertCount)> Diff(int from, int to)
    {
        var edits = new List<(int A, int DeleteCount, int B, int InsertCount)>();
        if (SameAsQuotation(from, to))
        {
            // DiffPlex strips the common start first: nothing is left to modify.
            return edits;
        }

        int countA = IsBlank(_clauseTokens, from, to) ? 0 : to - from;
        int countB = _quotationIsBlank ? 0 : _quotation.Length;
        bool[] deleted = Marks(ref _deleted, countA);
        bool[] inserted = Marks(ref _inserted, countB);
        if (!UniqueDiff.TryMark(_clause, from, countA, _quotation, countB, _idCount, deleted, inserted))
        {
            var old = new ModificationData(string.Empty);
            var @new = new ModificationData(string.Empty);
            Pieces(old, countA, from, _clause);
            Pieces(@new, countB, 0, _quotation);
            IdDiffer.Modify(old, @new);
            deleted = old.Modifications;
            inserted = @new.Modifications;
        }

        // DiffPlex's blocks (as Differ.CreateDiffs makes them): each run of modified pieces on either side.
        int a = 0;
        int b = 0;
        while (true)
        {
            while (a < countA && b < countB && !deleted[a] && !inserted[b])
            {
                a++;
                b++;
            }

            int startA = a;
            int startB = b;
            while (a < countA && deleted[a])
            {
                a++;
            }

            while (b < countB && inserted[b])
            {
                b++;
            }

            if (a > startA || b > startB)
            {
                edits.Add((startA, a - startA, startB, b - startB));
            }

            if (a >= countA || b >= countB)
            {
                return edits;
            }
        }
    }

    /// <summary>Per thread, the marks of the diff being made when it needs no search (<see cref="UniqueDiff"/>).</summary>
    [ThreadStatic]
    private static bool[]? _deleted;

    [ThreadStatic]
    private static bool[]? _inserted;

    private static bool[] Marks(ref bool[]? kept, int count) => kept is { } marks && marks.Length >= count ? marks : kept = new bool[Math.Max(count, 64)];

    private bool SameAsQuotation(int from, int to)
    {
        if (to - from != _quotation.Length || to == from)
        {
            return false;
        }

        for (int k = 0; k < _quotation.Length; k++)
        {
            if (_clause[from + k] != _quotation[k])
            {
                return false;
            }
        }

        return true;
    }

    private static void Pieces(ModificationData data, int count, int from, int[] pieces)
    {
        // DiffPlex only reads the pieces: all of them are handed over as they are.
        int[] hashed = from == 0 && count == pieces.Length ? pieces : new int[count];
        if (hashed != pieces)
        {
            Array.Copy(pieces, from, hashed, 0, count);
        }

        data.HashedPieces = hashed;
        data.Modifications = new bool[count];
    }

    /// <summary>Joined into lines, no word or one empty word made an empty text, which DiffPlex takes for no pieces.</summary>
    public static bool IsBlank(IReadOnlyList<CanonToken> tokens, int from, int to) =>
        to == from || (to - from == 1 && tokens[from].Folded.Length == 0);

    /// <summary>DiffPlex's own diff of hashed pieces (Myers), which marks the pieces it deletes or inserts.</summary>
    private sealed class IdDiffer : Differ
    {
        public static void Modify(ModificationData old, ModificationData @new) => BuildModificationData(old, @new);
    }
}
