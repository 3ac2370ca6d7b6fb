using System.Collections.Immutable;

namespace NewsLint.Analysis;

/// <summary>
/// A recognizer's result builder, kept per thread and element type instead of made per article: a new builder starts
/// at eight elements and doubles as it fills, and <see cref="ImmutableArray{T}.Builder.ToImmutable"/> copies it to the
/// exact count anyway. The kept one has grown once and holds nothing between articles.
/// </summary>
internal static class ScratchBuilder<T>
{
    /// <summary>A builder grown past this many elements is not kept for the next article.</summary>
    private const int MaxKept = 1024;

    [System.ThreadStatic]
    private static ImmutableArray<T>.Builder? _kept;

    /// <summary>The thread's empty builder; a nested use of the same element type while it is out gets a new one.</summary>
    public static ImmutableArray<T>.Builder Rent()
    {
        ImmutableArray<T>.Builder? builder = _kept;
        _kept = null;
        return builder ?? ImmutableArray.CreateBuilder<T>();
    }

    /// <summary>The builder's elements at their exact count; the builder is emptied (no element kept alive) and kept.</summary>
    public static ImmutableArray<T> ToImmutableAndReturn(ImmutableArray<T>.Builder builder)
    {
        ImmutableArray<T> result = builder.ToImmutable();
        if (builder.Capacity <= MaxKept)
        {
            builder.Clear();
            _kept = builder;
        }

        return result;
    }
}
