using System;
using System.Globalization;

namespace NewsLint.Cli;

/// <summary>
/// One of <see cref="Count"/> contiguous shares of a run's files, in file order: <c>--shard K/N</c> (K from 0) makes a
/// <c>newslint check</c> process lint only that share, for a parent that runs the others (<see cref="ShardProcesses"/>).
/// Every process finds the same files in the same order (<see cref="ArticleFinder"/>), so the shares need no list.
/// </summary>
public readonly record struct Shard(int Index, int Count)
{
    /// <summary>The files [Start, End) of this share of <paramref name="files"/>: sizes differ by at most one.</summary>
    public (int Start, int End) RangeOf(int files) =>
        ((int)((long)files * Index / Count), (int)((long)files * (Index + 1) / Count));

    public override string ToString() => Index.ToString(CultureInfo.InvariantCulture) + "/" + Count.ToString(CultureInfo.InvariantCulture);

    public static bool TryParse(string text, out Shard shard)
    {
        shard = default;
        int slash = text.IndexOf('/');
        if (slash <= 0
            || !int.TryParse(text.AsSpan(0, slash), NumberStyles.None, CultureInfo.InvariantCulture, out int index)
            || !int.TryParse(text.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int count)
            || count < 1 || index >= count)
        {
            return false;
        }

        shard = new Shard(index, count);
        return true;
    }
}
