using System;

namespace NewsLint.Text;

/// <summary>A range of UTF-16 code units in a <see cref="SourceDocument"/>'s text, end exclusive.</summary>
public readonly struct TextSpan : IEquatable<TextSpan>
{
    public TextSpan(int start, int length)
    {
        // The throw lives in its own method so that this check inlines into every caller (the parser makes one a node).
        if ((start | length) < 0)
        {
            ThrowOutOfRange(start);
        }

        Start = start;
        Length = length;
    }

    public int Start { get; }

    public int Length { get; }

    public int End => Start + Length;

    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    /// <summary>
    /// The smallest span holding both. A mention made of parts in several blocks spans from its first part to its last,
    /// which is source order except in pathological Markdown (a table in a block quote whose lazy paragraph Markdig
    /// ends after the cells; a fuzzer finding), so callers must not assume the first part starts first.
    /// </summary>
    public static TextSpan Cover(TextSpan a, TextSpan b) => FromBounds(Math.Min(a.Start, b.Start), Math.Max(a.End, b.End));

    public bool Contains(int position) => position >= Start && position < End;

    public bool Equals(TextSpan other) => Start == other.Start && Length == other.Length;

    public override bool Equals(object? obj) => obj is TextSpan other && Equals(other);

    public override int GetHashCode() => (Start * 397) ^ Length;

    public override string ToString() => $"[{Start}..{End})";

    private static void ThrowOutOfRange(int start) =>
        throw new ArgumentOutOfRangeException(start < 0 ? "start" : "length");

    public static bool operator ==(TextSpan left, TextSpan right) => left.Equals(right);

    public static bool operator !=(TextSpan left, TextSpan right) => !left.Equals(right);
}
