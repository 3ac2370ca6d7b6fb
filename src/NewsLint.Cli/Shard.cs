using System;
using System.Globalization;

namespace NewsLint.Cli;

/// <summary>
/// Process K of N (K from 0): <c>--shard K/N</c>. Alone, it makes a <c>newslint check</c> process lint only the K-th of
/// N contiguous shares of the files, in file order (one share per machine or CI job); with <c>--board</c>, it names a
/// worker of a run, which claims chunks of the first process's files, listed on the board, instead
/// (<see cref="ShardProcesses"/>, <see cref="ShardBoard"/>). Shares run by hand each find the same files in the same
/// order (<see cref="ArticleFinder"/>).
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
