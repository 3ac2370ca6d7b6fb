using System;
using NewsLint.Analysis;
using NewsLint.Markdown;

namespace NewsLint.Recognizers.Numbers;

/// <summary>The indices of each block's number tokens, in order.</summary>
public sealed class NumberTokenIndex
{
    /// <summary>Where each block's indices start in <see cref="_indices"/>; one more entry than blocks.</summary>
    private readonly int[] _starts;

    private readonly int[] _indices;

    internal NumberTokenIndex(int[] starts, int[] indices)
    {
        _starts = starts;
        _indices = indices;
    }

    /// <summary>The indices of the block's number tokens in <see cref="ArticleContext.TokensOf"/>, in order.</summary>
    public ReadOnlySpan<int> Of(ProseBlock block) => _indices.AsSpan(_starts[block.Index], _starts[block.Index + 1] - _starts[block.Index]);
}
