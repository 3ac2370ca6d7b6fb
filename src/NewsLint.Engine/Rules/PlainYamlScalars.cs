using System.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace NewsLint.Rules;

/// <summary>The one-line values of <see cref="PlainYamlReader"/>: scalars and flow collections, and folded text.</summary>
internal sealed partial class PlainYamlReader
{
    /// <summary>A scalar or flow collection at <see cref="_pos"/> that ends on this line; leaves <see cref="_pos"/> after it.</summary>
    private void ReadValue(bool flow)
    {
        switch (_text[_pos])
        {
            case '"':
                ReadDoubleQuoted();
                break;
            case '\'':
                ReadSingleQuoted();
                break;
            case '[':
                ReadFlowList();
                break;
            case '{':
                ReadFlowMapping();
                break;
            default:
                ReadPlain(flow);
                break;
        }
    }

    /// <summary>
    /// A plain scalar: not starting with an indicator, with no ': ' (a key) and, in a flow, no ':' or '#' at all; it
    /// ends at a comment, the line's end, or in a flow at ',', brackets and braces. Trailing spaces are not part of it.
    /// </summary>
    private void ReadPlain(bool flow)
    {
        int start = _pos;
        if ("-?:,[]{}#&*!|>'\"%@`".IndexOf(_text[start]) >= 0)
        {
            throw new OutsideSubsetException();
        }

        int end = start;
        while (end < _lineEnd)
        {
            char c = _text[end];
            if (flow && (c == ',' || c == '[' || c == ']' || c == '{' || c == '}'))
            {
                break;
            }

            if (c == ':' && (flow || end + 1 == _lineEnd || _text[end + 1] == ' '))
            {
                throw new OutsideSubsetException();
            }

            if (c == '#' && (flow || _text[end - 1] == ' '))
            {
                if (flow)
                {
                    throw new OutsideSubsetException();
                }

                break;
            }

            end++;
        }

        while (_text[end - 1] == ' ')
        {
            end--;
        }

        AddScalar(_text.Substring(start, end - start), ScalarStyle.Plain, start, end);
        _pos = end;
    }

    /// <summary>A one-line double-quoted scalar with the escapes \\ \" \/ \n \t and \uXXXX only.</summary>
    private void ReadDoubleQuoted()
    {
        int start = _pos;
        StringBuilder? escaped = null;
        int run = start + 1;
        int at = run;
        while (true)
        {
            if (at >= _lineEnd)
            {
                throw new OutsideSubsetException();
            }

            char c = _text[at];
            if (c == '"')
            {
                break;
            }

            if (c != '\\')
            {
                at++;
                continue;
            }

            escaped ??= new StringBuilder();
            escaped.Append(_text, run, at - run).Append(Unescape(ref at));
            run = at;
        }

        string value = escaped is null ? _text.Substring(run, at - run) : escaped.Append(_text, run, at - run).ToString();
        AddScalar(value, ScalarStyle.DoubleQuoted, start, at + 1);
        _pos = at + 1;
    }

    /// <summary>The character of the escape at <paramref name="at"/> (a backslash); moves past it.</summary>
    private char Unescape(ref int at)
    {
        if (at + 1 >= _lineEnd)
        {
            throw new OutsideSubsetException();
        }

        char kind = _text[at + 1];
        at += 2;
        switch (kind)
        {
            case '\\':
            case '"':
            case '/':
                return kind;
            case 'n':
                return '\n';
            case 't':
                return '\t';
            case 'u':
                int code = 0;
                for (int i = 0; i < 4; i++, at++)
                {
                    int digit = at < _lineEnd ? HexValue(_text[at]) : -1;
                    if (digit < 0)
                    {
                        throw new OutsideSubsetException();
                    }

                    code = (code * 16) + digit;
                }

                if (code < 0x20 || (code >= 0xd800 && code <= 0xdfff))
                {
                    throw new OutsideSubsetException();
                }

                return (char)code;
            default:
                throw new OutsideSubsetException();
        }
    }

    private static int HexValue(char c) =>
        c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;

    /// <summary>A one-line single-quoted scalar, where '' stands for one quote.</summary>
    private void ReadSingleQuoted()
    {
        int start = _pos;
        var value = new StringBuilder();
        int at = start + 1;
        while (true)
        {
            if (at >= _lineEnd)
            {
                throw new OutsideSubsetException();
            }

            char c = _text[at];
            if (c == '\'')
            {
                if (at + 1 < _lineEnd && _text[at + 1] == '\'')
                {
                    value.Append('\'');
                    at += 2;
                    continue;
                }

                break;
            }

            value.Append(c);
            at++;
        }

        AddScalar(value.ToString(), ScalarStyle.SingleQuoted, start, at + 1);
        _pos = at + 1;
    }

    /// <summary>A one-line <c>[a, b]</c>; no empty or trailing item.</summary>
    private void ReadFlowList()
    {
        Mark open = MarkAt(_pos);
        _events.Add(new SequenceStart(AnchorName.Empty, TagName.Empty, true, SequenceStyle.Flow, open, open));
        int at = SkipSpaces(_pos + 1);
        while (at < _lineEnd && _text[at] != ']')
        {
            _pos = at;
            ReadValue(flow: true);
            at = SkipSpaces(_pos);
            at = AfterFlowItem(at, ']');
        }

        EndFlow(at, isMapping: false);
    }

    /// <summary>A one-line <c>{ key: value, ... }</c> with simple keys; no empty or trailing entry.</summary>
    private void ReadFlowMapping()
    {
        Mark open = MarkAt(_pos);
        _events.Add(new MappingStart(AnchorName.Empty, TagName.Empty, true, MappingStyle.Flow, open, open));
        int at = SkipSpaces(_pos + 1);
        while (at < _lineEnd && _text[at] != '}')
        {
            int colon = KeyEnd(at);
            if (colon < 0 || colon + 1 >= _lineEnd)
            {
                throw new OutsideSubsetException();
            }

            _events.Add(new Scalar(AnchorName.Empty, TagName.Empty, _text.Substring(at, colon - at), ScalarStyle.Plain, true, false, MarkAt(at), MarkAt(colon), true));
            _pos = SkipSpaces(colon + 1);
            if (_pos >= _lineEnd || _text[_pos] == ',' || _text[_pos] == '}')
            {
                throw new OutsideSubsetException();
            }

            ReadValue(flow: true);
            at = AfterFlowItem(SkipSpaces(_pos), '}');
        }

        EndFlow(at, isMapping: true);
    }

    /// <summary>Past the comma after an item, to the next item; or at the closing bracket.</summary>
    private int AfterFlowItem(int at, char close)
    {
        if (at < _lineEnd && _text[at] == ',')
        {
            at = SkipSpaces(at + 1);
            if (at >= _lineEnd || _text[at] == close || _text[at] == ',')
            {
                throw new OutsideSubsetException();
            }

            return at;
        }

        if (at >= _lineEnd || _text[at] != close)
        {
            throw new OutsideSubsetException();
        }

        return at;
    }

    private void EndFlow(int close, bool isMapping)
    {
        if (close >= _lineEnd)
        {
            // Not closed on this line: not in the subset.
            throw new OutsideSubsetException();
        }

        Mark end = MarkAt(close);
        _events.Add(isMapping ? new MappingEnd(end, end) : new SequenceEnd(end, end));
        _pos = close + 1;
    }

    /// <summary>
    /// Folded text, <c>&gt;-</c> alone on its line, then lines of one indentation deeper than <paramref name="column"/>,
    /// none blank, none starting with '#', none with trailing spaces, up to a line no deeper than <paramref name="column"/>
    /// or the text's end. The lines are joined with spaces. YamlDotNet ends it at the start of the next line.
    /// </summary>
    private void ReadFolded(int column)
    {
        int start = _pos;
        if (start + 2 != _lineEnd || _text[start + 1] != '-')
        {
            throw new OutsideSubsetException();
        }

        Mark startMark = MarkAt(start);
        var value = new StringBuilder();
        int indent = -1;
        Mark endMark;
        while (true)
        {
            if (!MoveToNextLine())
            {
                // The text's end; YamlDotNet's end mark is the stream's only after a final line break.
                if (indent < 0 || _text[_text.Length - 1] != '\n')
                {
                    throw new OutsideSubsetException();
                }

                _atEnd = true;
                _pos = _text.Length;
                endMark = _streamEnd;
                break;
            }

            int first = SkipSpaces(_lineStart);
            int lineIndent = first - _lineStart;
            if (first == _lineEnd || _text[first] == '#')
            {
                throw new OutsideSubsetException();
            }

            if (lineIndent <= column)
            {
                if (indent < 0 || (lineIndent == 0 && (StartsWithAt(first, "---") || StartsWithAt(first, "..."))))
                {
                    throw new OutsideSubsetException();
                }

                _indent = lineIndent;
                _pos = first;
                endMark = MarkAt(_lineStart);
                break;
            }

            if ((indent >= 0 && lineIndent != indent) || _text[_lineEnd - 1] == ' ')
            {
                throw new OutsideSubsetException();
            }

            indent = lineIndent;
            if (value.Length > 0)
            {
                value.Append(' ');
            }

            value.Append(_text, first, _lineEnd - first);
        }

        _events.Add(new Scalar(AnchorName.Empty, TagName.Empty, value.ToString(), ScalarStyle.Folded, false, true, startMark, endMark, false));
    }

    private void AddScalar(string value, ScalarStyle style, int start, int end)
    {
        bool plain = style == ScalarStyle.Plain;
        _events.Add(new Scalar(AnchorName.Empty, TagName.Empty, value, style, plain, !plain, MarkAt(start), MarkAt(end), false));
    }
}
