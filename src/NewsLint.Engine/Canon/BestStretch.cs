namespace NewsLint.Canon;

/// <summary>
/// The best stretch of a clause (<see cref="QuotationWords.MostSimilarStretch"/>) offered so far, ranked as a scan in order of start and then end keeping only strictly better
/// ones would rank them (the highest score, then the earliest start, then the shortest), so that starts can be
/// scanned in any order.
/// </summary>
internal struct BestStretch
{
    private readonly int _length;

    public BestStretch(int length)
    {
        _length = length;
        From = 0;
        To = 0;
        Common = 0;
        Size = 1;
    }

    public int From { get; private set; }

    public int To { get; private set; }

    public int Common { get; private set; }

    private long Size { get; set; }

    public void Offer(int start, int size, int common)
    {
        // common / (size + length) against Common / (Size + length), in integers.
        long mine = (long)common * (Size + _length);
        long theirs = (long)Common * (size + _length);
        if (mine > theirs || (mine == theirs && (start < From || (start == From && size < Size))))
        {
            (From, To, Common, Size) = (start, start + size, common, size);
        }
    }

    /// <summary>Whether <paramref name="common"/> words in <paramref name="size"/> would score at least the best.</summary>
    public bool MayBeBeatenBy(int common, int size) => (long)common * (Size + _length) >= (long)Common * (size + _length);

    /// <summary>
    /// Whether a stretch from the <paramref name="i"/>th quoted position, sharing at most <paramref name="most"/>
    /// words with the quotation, could score at least the best: c common words take at least the clause words up to
    /// the c-th quoted position.
    /// </summary>
    public bool MayBeBeatenFrom(int[] quoted, int i, int most)
    {
        if (!MayBeBeatenBy(most, most))
        {
            return false;
        }

        for (int c = most; c >= 1; c--)
        {
            if (MayBeBeatenBy(c, quoted[i + c - 1] - quoted[i] + 1))
            {
                return true;
            }
        }

        return false;
    }
}
