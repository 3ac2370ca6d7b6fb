using System;

namespace NewsLint.Text;

/// <summary>
/// An article's text as the host read it, with a line map. A leading BOM is dropped from <see cref="Text"/>
/// (so column 1 is the first visible character); CRLF, CR and LF all end a line.
/// </summary>
public sealed class SourceDocument
{
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
        _lineStarts = SourceScan.Scan(Text, out int inlineDelimiters, out bool hasPipe);
        InlineDelimiterCount = inlineDelimiters;
        HasPipe = hasPipe;
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

    internal ReadOnlySpan<int> LineStarts => _lineStarts;

    /// <summary>How many <c>* _ [ ]</c> the text holds (counted with the line map, for NestingGuard).</summary>
    internal int InlineDelimiterCount { get; }

    /// <summary>Whether the text holds a <c>|</c> (counted with the line map; the parser then needs its table pipeline).</summary>
    internal bool HasPipe { get; }
}
