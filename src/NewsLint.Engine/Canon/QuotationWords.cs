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

    /// <summary>Per thread, the working rows of the quotation reading clauses (one at a time on a thread).</summary>
    [ThreadStatic]
    private static Scratch? _scratch;

    private readonly int[] _idOfRow;

    /// <summary>Each quotation word's id (negative for a word no clause has), as given.</summary>
    private readonly int[] _quotation;

    /// <summary>
    /// Each row's mask over the quotation's positions, then (from row <see cref="_reversed"/> on) the same masks with the
    /// quotation read backwards (position k at length - 1 - k), for LCS of clause suffixes.
    /// </summary>
    private readonly ulong[] _masks;

    /// <summary>The first row of the reversed masks in <see cref="_masks"/>: the number of rows.</summary>
    private readonly int _reversed;
    private readonly int _width;
    private readonly int _length;

    private QuotationWords(int[] quotation, int[] idOfRow, ulong[] masks, int width, int length)
    {
        _quotation = quotation;
        _idOfRow = idOfRow;
        _masks = masks;
        _reversed = idOfRow.Length;
        _width = width;
        _length = length;
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
        Scratch scratch = _scratch ??= new Scratch();
        scratch.Owner = null;
        int[] distinct = Scratch.AtLeast(ref scratch.Quoted, quotation.Length);
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
        var masks = new ulong[2 * rows * width];
        int reversed = rows * width;
        for (int k = 0; k < quotation.Length; k++)
        {
            if (quotation[k] >= 0)
            {
                int at = (rowOf[quotation[k]] - 1) * width;
                int back = quotation.Length - 1 - k;
                masks[at + (k / 64)] |= 1UL << (k % 64);
                masks[reversed + at + (back / 64)] |= 1UL << (back % 64);
            }
        }

        _tableOwner = idOfRow;
        return new QuotationWords(quotation, idOfRow, masks, width, quotation.Length);
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
    /// equal), up to the length beyond which even the whole clause's LCS could not reach the floor. A start is not
    /// scanned when no stretch from it can reach the floor even if every quoted word in it were equal: a stretch from the
    /// i-th quoted position with c equal words (c at most the LCS from there, <see cref="SuffixCommon"/>) holds c quoted
    /// positions, so it reaches at least to the (i + c - 1)-th.
    /// </summary>
    public bool CanReach(int[] clause, double floor)
    {
        (int[] rows, int[] suffix) = Read(clause);
        int n = clause.Length;
        int common = suffix[0];
        if (!Reaches(common, common, floor))
        {
            return false;
        }

        // Longer stretches than this cannot reach the floor: 2·common / (|W| + length) < floor - tolerance.
        int longest = (int)System.Math.Min(n, (2.0 * common / (floor - Tolerance)) - _length);
        int[] quoted = QuotedPositions(rows, n, out int count);
        for (int i = 0; i < count; i++)
        {
            int start = quoted[i];
            if (MayReachFrom(quoted, i, suffix[start], floor) && ReachesFrom(rows, suffix, start, System.Math.Min(n, start + longest), floor))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a stretch from the <paramref name="i"/>-th quoted position with at most <paramref name="most"/> equal words
    /// may reach the floor: with c of them it is at least as long as the c quoted positions from there.
    /// </summary>
    private bool MayReachFrom(int[] quoted, int i, int most, double floor)
    {
        int start = quoted[i];
        for (int c = most; c > 0; c--)
        {
            if (Reaches(c, quoted[i + c - 1] - start + 1, floor))
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
    /// quoted positions at worst, where a diff of the whole clause costs its length times the words left out. The start
    /// most likely to be best is scanned first; then a start (or the rest of a scan) whose LCS bound
    /// (<see cref="SuffixCommon"/>) cannot reach the best so far is skipped.
    /// </summary>
    public (int From, int To, int Common) MostSimilarStretch(int[] clause)
    {
        (int[] rows, int[] suffix) = Read(clause);
        int n = clause.Length;
        int[] quoted = QuotedPositions(rows, n, out int count);
        if (count == 0)
        {
            return (0, 0, 0);
        }

        var best = new BestStretch(_length);

        // First the start whose whole suffix LCS fits in the fewest clause words: its best stretch prunes the others.
        int first = 0;
        int firstCommon = suffix[quoted[0]];
        int firstSpan = quoted[firstCommon - 1] - quoted[0] + 1;
        for (int i = 1; i < count; i++)
        {
            int common = suffix[quoted[i]];
            int span = quoted[i + common - 1] - quoted[i] + 1;
            if ((long)common * (firstSpan + _length) > (long)firstCommon * (span + _length))
            {
                (first, firstCommon, firstSpan) = (i, common, span);
            }
        }

        ScanStretches(rows, suffix, quoted[first], n, ref best);
        for (int i = 0; i < count; i++)
        {
            if (i != first && best.MayBeBeatenFrom(quoted, i, suffix[quoted[i]]))
            {
                ScanStretches(rows, suffix, quoted[i], n, ref best);
            }
        }

        return (best.From, best.To, best.Common);
    }

    /// <summary>
    /// Every stretch from <paramref name="start"/> compared with the best, where its LCS grows; stops where no longer
    /// stretch could beat it: it gains at most the LCS of the rest of the clause, and a word more for each.
    /// </summary>
    private void ScanStretches(int[] rows, int[] suffix, int start, int n, ref BestStretch best)
    {
        ulong[] v = Reset();
        int common = 0;
        int most = suffix[start];
        for (int j = start; j < n; j++)
        {
            int row = rows[j];
            if (row < 0)
            {
                continue;
            }

            int size = j - start + 1;
            if (Grows(v, _masks, row) == 1)
            {
                best.Offer(start, size, ++common);
            }

            int reachable = System.Math.Min(most, common + suffix[j + 1]);
            if (reachable <= common || !best.MayBeBeatenBy(reachable, size + reachable - common))
            {
                return;
            }
        }
    }

    /// <summary>
    /// Whether a stretch of clause[start, end) reaches the floor, tested where its LCS grows; stops where no longer
    /// stretch could (as <see cref="ScanStretches"/>).
    /// </summary>
    private bool ReachesFrom(int[] rows, int[] suffix, int start, int end, double floor)
    {
        ulong[] v = Reset();
        int common = 0;
        int most = suffix[start];
        for (int j = start; j < end; j++)
        {
            int row = rows[j];
            if (row < 0)
            {
                continue;
            }

            int size = j - start + 1;
            if (Grows(v, _masks, row) == 1 && Reaches(++common, size, floor))
            {
                return true;
            }

            int reachable = System.Math.Min(most, common + suffix[j + 1]);
            if (reachable <= common || !Reaches(reachable, size + reachable - common, floor))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Which quotation words a minimal diff of the stretch clause[from, to) with the quotation (DiffPlex's, or any other)
    /// pairs with the stretch's first and last words, when every minimal diff pairs them alike: false when that is not
    /// settled here. The pairs a minimal diff keeps equal are a longest common subsequence (LCS). The first word is in
    /// every one when the LCS without it is one shorter; it is then paired with an occurrence p of its word such that the
    /// rest of the stretch shares one word less than the LCS with the quotation after p, which the first occurrence
    /// always is; the pairing is settled when the second occurrence is not. The last word likewise, backwards. One
    /// bit-parallel pass each way gives the LCS of the stretch without its last (first) word with every quotation prefix
    /// (suffix). <see cref="MostSimilarStretch"/>'s stretch starts and ends with words every LCS pairs.
    /// </summary>
    public bool TryMatchedEnds(int[] clause, int from, int to, out int first, out int last)
    {
        first = -1;
        last = -1;
        if (to - from < 2)
        {
            // One word alone may read as a blank text to the diff (an empty folded word).
            return false;
        }

        int[] rows = Read(clause).Rows;
        int firstRow = rows[from];
        int lastRow = rows[to - 1];
        if (firstRow < 0 || lastRow < 0)
        {
            return false;
        }

        int lastAt = LastOccurrence(clause[to - 1], _length);
        int beforeLast = LastOccurrence(clause[to - 1], lastAt);
        ulong[] v = Reset();
        for (int j = from; j < to - 1; j++)
        {
            if (rows[j] >= 0)
            {
                Grows(v, _masks, rows[j]);
            }
        }

        int withoutLast = ZerosBelow(v, _length);
        int beforeLastCommon = beforeLast < 0 ? -1 : ZerosBelow(v, beforeLast);
        int common = withoutLast + Grows(v, _masks, lastRow);
        if (withoutLast != common - 1 || beforeLastCommon >= common - 1)
        {
            return false;
        }

        int firstAt = NextOccurrence(clause[from], -1);
        int afterFirst = NextOccurrence(clause[from], firstAt);
        v = Reset();
        for (int j = to - 1; j > from; j--)
        {
            if (rows[j] >= 0)
            {
                Grows(v, _masks, _reversed + rows[j]);
            }
        }

        // Reversed, the quotation after position p is the first length - 1 - p positions.
        if (ZerosBelow(v, _length) != common - 1 || (afterFirst >= 0 && ZerosBelow(v, _length - 1 - afterFirst) >= common - 1))
        {
            return false;
        }

        first = firstAt;
        last = lastAt;
        return true;
    }

    private int NextOccurrence(int id, int after)
    {
        for (int k = after + 1; k < _quotation.Length; k++)
        {
            if (_quotation[k] == id)
            {
                return k;
            }
        }

        return -1;
    }

    private int LastOccurrence(int id, int before)
    {
        for (int k = before - 1; k >= 0; k--)
        {
            if (_quotation[k] == id)
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>The LCS an LCS row holds with the first <paramref name="count"/> quotation positions (reversed ones for a backward row): its zeros there.</summary>
    private static int ZerosBelow(ulong[] v, int count)
    {
        int zeros = 0;
        int w = 0;
        for (; (w + 1) * 64 <= count; w++)
        {
            zeros += 64 - Ones(v[w]);
        }

        int rest = count - (w * 64);
        return rest == 0 ? zeros : zeros + rest - Ones(v[w] & ((1UL << rest) - 1));
    }

    /// <summary>The number of bits set (no <c>BitOperations</c> in netstandard2.0).</summary>
    private static int Ones(ulong x)
    {
        x -= (x >> 1) & 0x5555555555555555UL;
        x = (x & 0x3333333333333333UL) + ((x >> 2) & 0x3333333333333333UL);
        x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0FUL;
        return (int)((x * 0x0101010101010101UL) >> 56);
    }

    /// <summary>
    /// The clause's <see cref="Rows"/> and <see cref="SuffixCommon"/>, read once for the bound and the search that follows
    /// it (a clause's ids never change).
    /// </summary>
    private (int[] Rows, int[] Suffix) Read(int[] clause)
    {
        Scratch scratch = _scratch ??= new Scratch();
        if (!ReferenceEquals(scratch.Owner, this) || !ReferenceEquals(scratch.Read, clause))
        {
            scratch.Owner = null;
            scratch.QuotedCount = -1;
            SuffixCommon(Rows(clause, scratch), clause.Length, scratch);
            scratch.Owner = this;
            scratch.Read = clause;
        }

        return (scratch.Rows, scratch.Suffix);
    }

    /// <summary>
    /// The LCS of each suffix clause[s, n) with the quotation (and 0 at n), from one bit-parallel pass backwards over the
    /// clause with the quotation's words reversed: no stretch from s shares more words with it.
    /// </summary>
    private void SuffixCommon(int[] rows, int n, Scratch scratch)
    {
        int[] suffix = Scratch.AtLeast(ref scratch.Suffix, n + 1);
        ulong[] v = Reset();
        int common = 0;
        suffix[n] = 0;
        for (int s = n - 1; s >= 0; s--)
        {
            int row = rows[s];
            if (row >= 0)
            {
                common += Grows(v, _masks, _reversed + row);
            }

            suffix[s] = common;
        }
    }

    /// <summary>The clause positions that hold a quoted word, in order.</summary>
    private static int[] QuotedPositions(int[] rows, int n, out int count)
    {
        Scratch scratch = _scratch!;
        if (scratch.QuotedCount >= 0)
        {
            count = scratch.QuotedCount;
            return scratch.Quoted;
        }

        int[] quoted = Scratch.AtLeast(ref scratch.Quoted, n);
        count = 0;
        for (int j = 0; j < n; j++)
        {
            if (rows[j] >= 0)
            {
                quoted[count++] = j;
            }
        }

        scratch.QuotedCount = count;
        return quoted;
    }

    /// <summary>The thread's LCS row, all ones over this quotation's machine words.</summary>
    private ulong[] Reset()
    {
        Scratch scratch = _scratch!;
        ulong[] v = scratch.V.Length >= _width ? scratch.V : scratch.V = new ulong[_width];
        for (int w = 0; w < _width; w++)
        {
            v[w] = ulong.MaxValue;
        }

        return v;
    }

    /// <summary>
    /// One clause word more: V = (V + U) | (V &amp; ~M) with U = V &amp; M, the addition carried across machine words.
    /// The LCS (the zeros of V among the quotation's positions) grows by one exactly when the addition carries out of the
    /// top: the bits above the quotation's positions are ones, so a carry into them runs out. Returns 1 then, else 0.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Grows(ulong[] v, ulong[] masks, int row)
    {
        if (_width == 1)
        {
            ulong m = masks[row];
            ulong before = v[0];
            ulong sum = before + (before & m);
            v[0] = sum | (before & ~m);
            return sum < before ? 1 : 0;
        }

        ulong carry = 0;
        int at = row * _width;
        for (int w = 0; w < _width; w++)
        {
            ulong m = masks[at + w];
            ulong before = v[w];
            ulong sum = before + (before & m);
            ulong total = sum + carry;
            carry = (sum < before ? 1UL : 0UL) | (total < sum ? 1UL : 0UL);
            v[w] = total | (before & ~m);
        }

        return (int)carry;
    }

    private bool Reaches(int common, int size, double floor) => 2.0 * common / (size + _length) >= floor - Tolerance;

    /// <summary>Each clause word's mask row, or -1 for a word the quotation does not have.</summary>
    private int[] Rows(int[] clause, Scratch scratch)
    {
        int[] rows = Scratch.AtLeast(ref scratch.Rows, clause.Length);
        int[] rowOf = _rowOfId is { } table && ReferenceEquals(_tableOwner, _idOfRow) ? table : Stamp();
        for (int k = 0; k < clause.Length; k++)
        {
            int id = clause[k];
            rows[k] = (uint)id < (uint)rowOf.Length ? rowOf[id] - 1 : -1;
        }

        return rows;
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

    /// <summary>
    /// A thread's working arrays: a clause's <see cref="Rows"/>, <see cref="SuffixCommon"/> and quoted positions as
    /// <see cref="Owner"/> read them from <see cref="Read"/> (kept for the search that follows the bound), and the LCS row.
    /// Grown, never shrunk; a quotation made or another one reading clauses on the thread forgets the rows.
    /// </summary>
    private sealed class Scratch
    {
        public int[] Rows = new int[64];
        public int[] Suffix = new int[65];
        public int[] Quoted = new int[64];
        public ulong[] V = new ulong[1];
        public QuotationWords? Owner;
        public int[]? Read;

        /// <summary>The number of <see cref="Quoted"/> positions of the clause read, once found; -1 before.</summary>
        public int QuotedCount = -1;

        public static int[] AtLeast(ref int[] array, int length) => array.Length >= length ? array : array = new int[Math.Max(length, 2 * array.Length)];
    }
}
