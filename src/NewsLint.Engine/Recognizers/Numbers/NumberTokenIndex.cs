using System;
using NewsLint.Analysis;
using NewsLint.Markdown;

namespace NewsLint.Recognizers.Numbers;

/// <summary>The indices of each block's number tokens, in order, and of its first uncommon symbol token.</summary>
public sealed class NumberTokenIndex
{
    /// <summary>Where each block's indices start in <see cref="_indices"/>; one more entry than blocks.</summary>
    private readonly int[] _starts;

    private readonly int[] _indices;

    /// <summary>Per block, the index of its first uncommon symbol token, or -1.</summary>
    private readonly int[] _firstUncommonSymbol;

    internal NumberTokenIndex(int[] starts, int[] indices, int[] firstUncommonSymbol)
    {
        _starts = starts;
        _indices = indices;
        _firstUncommonSymbol = firstUncommonSymbol;
    }

    /// <summary>The indices of the block's number tokens in <see cref="ArticleContext.TokensOf"/>, in order.</summary>
    public ReadOnlySpan<int> Of(ProseBlock block) => _indices.AsSpan(_starts[block.Index], _starts[block.Index + 1] - _starts[block.Index]);

    /// <summary>
    /// The index in <see cref="ArticleContext.TokensOf"/> of the block's first symbol token whose character is not one of
    /// <see cref="CommonSymbols"/>, or -1: no token before it starts a quote mark of a language whose marks start
    /// symbols and none with a common character.
    /// </summary>
    public int FirstUncommonSymbol(ProseBlock block) => _firstUncommonSymbol[block.Index];
}
