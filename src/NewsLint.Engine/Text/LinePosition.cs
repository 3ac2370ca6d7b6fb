using System;

namespace NewsLint.Text;

/// <summary>A 1-based line and column, the way compilers print them. Columns count UTF-16 code units; a tab is one.</summary>
public readonly struct LinePosition : IEquatable<LinePosition>, IComparable<LinePosition>
{
    public LinePosition(int line, int column)
    {
        Line = line;
        Column = column;
    }

    public int Line { get; }

    public int Column { get; }

    public bool Equals(LinePosition other) => Line == other.Line && Column == other.Column;

    public override bool Equals(object? obj) => obj is LinePosition other && Equals(other);

    public override int GetHashCode() => (Line * 7919) ^ Column;

    public int CompareTo(LinePosition other) => Line != other.Line ? Line.CompareTo(other.Line) : Column.CompareTo(other.Column);

    public override string ToString() => $"({Line},{Column})";
}

/// <summary>Start and end (exclusive) of a diagnostic, 1-based.</summary>
public readonly struct LinePositionSpan : IEquatable<LinePositionSpan>
{
    public LinePositionSpan(LinePosition start, LinePosition end)
    {
        Start = start;
        End = end;
    }

    public LinePosition Start { get; }

    public LinePosition End { get; }

    public bool Equals(LinePositionSpan other) => Start.Equals(other.Start) && End.Equals(other.End);

    public override bool Equals(object? obj) => obj is LinePositionSpan other && Equals(other);

    public override int GetHashCode() => Start.GetHashCode() ^ (End.GetHashCode() * 31);

    public override string ToString() => $"{Start}-{End}";
}
