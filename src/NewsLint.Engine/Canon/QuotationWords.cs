using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace NewsLint.Canon;

/// <summary>
/// A quotation's words as bit masks over its positions, to bound how similar any alignment with a clause (given as word
/// ids) can be without diffing them. Longest common subsequences (LCS) are bit-parallel (Crochemore et al. 2001), 64
/// quotation words per machine word, with no allocation per clause. One per quotation and thread (scratch rows).
/// </summary>
internal sealed class QuotationWords
{
    /// <summary>The margin <see cref="ClauseIndex"/> keeps so that a candidate that could tie is still aligned.</summary>
    public const double Tolerance = 1e-6;

    /// <summary>Per thread, 1 + the mask row of each word id of one quotation (0 for others): no dictionary probe per clause word.</summary>
    [ThreadStatic]
    private static int[]? _rowOfId;

    /// <summary>The word ids (by row) of the quotation whose rows <see cref="_rowOfId"/> holds; null when it holds none.</summary>
    [ThreadStatic]
    private static int[]? _tableOwner;

    private readonly int[] _idOfRow;
    private readonly ulong[] _masks;
    private readonly ulong[] _v;
    private readonly int _width;
    private readonly int _length;
    private int[] _rows = new int[64];

    private QuotationWords(int[] idOfRow, ulong[] masks, int width, int length)
    {
        _idOfRow = idOfRow;
        _masks = masks;
        _width = width;
        _length = length;
        _v = new ulong[width];
    }

    /// <summary>Words the clause vocabulary lacks get no mask: they equal no clause word.</summary>
    public static QuotationWords Create(IReadOnlyList<CanonToken> quotation, Dictionary<string, int> ids) => Create(Ids(quotation, ids));

    /// <summary>From each quotation word's id (<see cref="Ids"/>); a negative id gets no mask.</summary>
    public static QuotationWords Create(int[] quotation)
    {
        int width = (quotation.Length + 63) / 64;
        int maxId = -1;
        foreach (int id in quotation)
        {
            maxId = System.Math.Max(maxId, id);
        }

        int[] rowOf = EmptyTable(maxId + 1);
        var distinct = new int[quotation.Length];
        int rows = 0;
        foreach (int id in quotation)
        {
            if (id >= 0 && rowOf[id] == 0)
            {
                distinct[rows] = id;
                rowOf[id] = ++rows;
            }
        }

        var idOfRow = new int[rows];
        System.Array.Copy(distinct, idOfRow, rows);
        var masks = new ulong[rows * width];
        for (int k = 0; k < quotation.Length; k++)
        {
            if (quotation[k] >= 0)
            {
                masks[((rowOf[quotation[k]] - 1) * width) + (k / 64)] |= 1UL << (k % 64);
            }
        }

        _tableOwner = idOfRow;
        return new QuotationWords(idOfRow, masks, width, quotation.Length);
    }

    /// <summary>Each quotation word's id among the clause words, -1 for a word no clause has.</summary>
    public static int[] Ids(IReadOnlyList<CanonToken> quotation, Dictionary<string, int> ids)
    {
        var result = new int[quotation.Count];
        for (int k = 0; k < result.Length; k++)
        {
            result[k] = ids.TryGetValue(quotation[k].Folded, out int id) ? id : -1;
        }

        return result;
    }

    /// <summary>
    /// Whether some stretch W of the clause could align with the quotation with similarity 2·equal / (|W| + quotation
    /// length) of at least <paramref name="floor"/>. An alignment's equal words are a common subsequence of its stretch
    /// and the quotation, so this is at most 2·LCS(W) / (|W| + quotation length): first for the whole clause (a cheap
    /// no), then for every stretch that starts and ends with a quoted word (others only add words that cannot be
    /// equal), up to the length beyond which even the whole clause's LCS could not reach the floor.
    /// </summary>
    public bool CanReach(int[] clause, double floor)
    {
        int[] rows = Rows(clause);
        int n = clause.Length;
        int common = Scan(rows, 0, n, double.PositiveInfinity);
        if (!Reaches(common, common, floor))
        {
            return false;
        }

        // Longer stretches than this cannot reach the floor: 2·common / (|W| + length) < floor - tolerance.
        int longest = (int)System.Math.Min(n, (2.0 * common / (floor - Tolerance)) - _length);
        for (int start = 0; start < n; start++)
        {
            if (rows[start] >= 0 && Scan(rows, start, System.Math.Min(n, start + longest), floor) < 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The stretch [From, To) of the clause most similar to the quotation: the highest 2·LCS / (stretch length +
    /// quotation length), the earliest start and then the shortest stretch among equals, with its LCS (0 when they share
    /// no word). Only stretches that start and end with a quoted word can be best (any other word only lowers the
    /// score), and from each start the score is compared only where the LCS grows. Exact, and quadratic in the clause's
    /// quoted positions at worst, where a diff of the whole clause costs its length times the words left out.
    /// </summary>
    public (int From, int To, int Common) MostSimilarStretch(int[] clause)
    {
        int[] rows = Rows(clause);
        int n = clause.Length;
        int bestFrom = 0;
        int bestTo = 0;
        int bestCommon = 0;
        long bestSize = 1;
        ulong[] v = _v;
        for (int start = 0; start < n; start++)
        {
            if (rows[start] < 0)
            {
                continue;
            }

            for (int w = 0; w < _width; w++)
            {
                v[w] = ulong.MaxValue;
            }

            int last = 0;
            for (int j = start; j < n; j++)
            {
                int row = rows[j];
                if (row < 0)
                {
                    continue;
                }

                int common = _width == 1 ? StepOneWord(v, row) : Step(v, row);
                if (common <= last)
                {
                    continue;
                }

                // common / (size + length) > bestCommon / (bestSize + length), in integers.
                last = common;
                long size = j - start + 1;
                if ((long)common * (bestSize + _length) > (long)bestCommon * (size + _length))
                {
                    (bestFrom, bestTo, bestCommon, bestSize) = (start, j + 1, common, size);
                }
            }
        }

        return (bestFrom, bestTo, bestCommon);
    }

    /// <summary>
    /// The LCS of clause[start, end) and the quotation, or -1 as soon as a stretch from start reaches the floor. The bound
    /// is tested only when the LCS grows: with the same LCS, a longer stretch has a lower one.
    /// </summary>
    private int Scan(int[] rows, int start, int end, double floor)
    {
        ulong[] v = _v;
        for (int w = 0; w < _width; w++)
        {
            v[w] = ulong.MaxValue;
        }

        int common = 0;
        int tested = -1;
        for (int j = start; j < end; j++)
        {
            int row = rows[j];
            if (row < 0)
            {
                continue;
            }

            common = _width == 1 ? StepOneWord(v, row) : Step(v, row);
            if (ReachesWhenGrown(common, j - start + 1, floor, ref tested))
            {
                return -1;
            }
        }

        return common;
    }

    /// <summary>
    /// One clause word more: V = (V + U) | (V &amp; ~M) with U = V &amp; M, the addition carried across machine words;
    /// returns the LCS so far (the zeros of V).
    /// </summary>
    private int Step(ulong[] v, int row)
    {
        ulong carry = 0;
        int at = row * _width;
        int ones = 0;
        for (int w = 0; w < _width; w++)
        {
            ulong m = _masks[at + w];
            ulong before = v[w];
            ulong sum = before + (before & m);
            ulong total = sum + carry;
            carry = (sum < before ? 1UL : 0UL) | (total < sum ? 1UL : 0UL);
            v[w] = total | (before & ~m);
            ones += PopCount(w == _width - 1 && _length % 64 != 0 ? v[w] & ((1UL << (_length % 64)) - 1) : v[w]);
        }

        return _length - ones;
    }

    /// <summary><see cref="Step"/> for a quotation of at most 64 words: one machine word, no carry.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int StepOneWord(ulong[] v, int row)
    {
        ulong m = _masks[row];
        ulong before = v[0];
        ulong after = (before + (before & m)) | (before & ~m);
        v[0] = after;
        return _length - PopCount(_length == 64 ? after : after & ((1UL << _length) - 1));
    }

    /// <summary>Whether the stretch reaches the floor, tested only when its LCS is above the last one tested (<paramref name="tested"/>).</summary>
    private bool ReachesWhenGrown(int common, int size, double floor, ref int tested)
    {
        if (common <= tested)
        {
            return false;
        }

        tested = common;
        return Reaches(common, size, floor);
    }

    private bool Reaches(int common, int size, double floor) => 2.0 * common / (size + _length) >= floor - Tolerance;

    /// <summary>Each clause word's mask row, or -1 for a word the quotation does not have.</summary>
    private int[] Rows(int[] clause)
    {
        if (_rows.Length < clause.Length)
        {
            _rows = new int[clause.Length];
        }

        int[] rowOf = _rowOfId is { } table && ReferenceEquals(_tableOwner, _idOfRow) ? table : Stamp();
        for (int k = 0; k < clause.Length; k++)
        {
            int id = clause[k];
            _rows[k] = (uint)id < (uint)rowOf.Length ? rowOf[id] - 1 : -1;
        }

        return _rows;
    }

    /// <summary>Puts this quotation's rows into the thread's table (another quotation's were there).</summary>
    private int[] Stamp()
    {
        int maxId = -1;
        foreach (int id in _idOfRow)
        {
            maxId = System.Math.Max(maxId, id);
        }

        int[] rowOf = EmptyTable(maxId + 1);
        for (int row = 0; row < _idOfRow.Length; row++)
        {
            rowOf[_idOfRow[row]] = row + 1;
        }

        _tableOwner = _idOfRow;
        return rowOf;
    }

    /// <summary>The thread's table with no quotation's rows in it, at least <paramref name="size"/> long.</summary>
    private static int[] EmptyTable(int size)
    {
        if (_rowOfId is { } table && _tableOwner is { } owner)
        {
            foreach (int id in owner)
            {
                table[id] = 0;
            }
        }

        _tableOwner = null;
        if (_rowOfId is null || _rowOfId.Length < size)
        {
            _rowOfId = new int[System.Math.Max(size, 1024)];
        }

        return _rowOfId;
    }

    /// <summary>netstandard2.0 has no BitOperations.PopCount.</summary>
    private static int PopCount(ulong x)
    {
        x -= (x >> 1) & 0x5555555555555555UL;
        x = (x & 0x3333333333333333UL) + ((x >> 2) & 0x3333333333333333UL);
        x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0FUL;
        return (int)((x * 0x0101010101010101UL) >> 56);
    }
}
