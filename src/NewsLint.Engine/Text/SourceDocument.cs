using System;

namespace NewsLint.Text;

/// <summary>
/// An article's text as the host read it, with a line map. A leading BOM is dropped from <see cref="Text"/>
/// (so column 1 is the first visible character); CRLF, CR and LF all end a line.
/// </summary>
public sealed class SourceDocument
{
    /// <summary>Per-thread scratch of <see cref="ComputeLineStarts"/>: grown once, not per article.</summary>
    [ThreadStatic]
    private static int[]? LineStartBuffer;

    private readonly int[] _lineStarts;

    public SourceDocument(string path, string text)
    {
        Path = path ?? throw new ArgumentNullException(nameof(path));
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        HadByteOrderMark = text.Length > 0 && text[0] == '\uFEFF';
        Text = HadByteOrderMark ? text.Substring(1) : text;
        _lineStarts = ComputeLineStarts(Text);
    }

    public string Path { get; }

    public string Text { get; }

    public bool HadByteOrderMark { get; }

    public int LineCount => _lineStarts.Length;

    /// <summary>Offset of the first character of a 1-based line.</summary>
    public int GetLineStart(int line) => _lineStarts[line - 1];

    public LinePosition GetLinePosition(int offset)
    {
        if (offset < 0 || offset > Text.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(offset));
        }

        int index = Array.BinarySearch(_lineStarts, offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return new LinePosition(index + 1, offset - _lineStarts[index] + 1);
    }

    public LinePositionSpan GetLineSpan(TextSpan span) => new(GetLinePosition(span.Start), GetLinePosition(span.End));

    /// <summary>The text of a 1-based line without its line break.</summary>
    public string GetLineText(int line)
    {
        int start = _lineStarts[line - 1];
        int end = line < _lineStarts.Length ? _lineStarts[line] : Text.Length;
        while (end > start && (Text[end - 1] == '\n' || Text[end - 1] == '\r'))
        {
            end--;
        }

        return Text.Substring(start, end - start);
    }

    /// <summary>Line starts of the text, in one walk from break to break (a vectorized search for either break
    /// character, without the char[] overload's dispatch) into a per-thread buffer, then one exact-size copy.</summary>
    private static int[] ComputeLineStarts(string text)
    {
        int[] buffer = LineStartBuffer ??= new int[256];
        int count = 1;
        buffer[0] = 0;
        ReadOnlySpan<char> span = text.AsSpan();
        int at = 0;
        while (true)
        {
            int found = span.Slice(at).IndexOfAny('\r', '\n');
            if (found < 0)
            {
                break;
            }

            int lineBreak = at + found;
            at = span[lineBreak] == '\r' && lineBreak + 1 < span.Length && span[lineBreak + 1] == '\n' ? lineBreak + 2 : lineBreak + 1;
            if (count == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
                LineStartBuffer = buffer;
            }

            buffer[count++] = at;
        }

        var starts = new int[count];
        Array.Copy(buffer, starts, count);
        return starts;
    }

    internal ReadOnlySpan<int> LineStarts => _lineStarts;
}
