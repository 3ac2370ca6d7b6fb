using System.Collections.Generic;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using TagDirective = YamlDotNet.Core.Tokens.TagDirective;

namespace NewsLint.Rules;

/// <summary>
/// A fast reader for the plain YAML rule files are written in: block mappings and lists, one-line scalars (plain,
/// quoted), one-line flow lists and mappings, folded <c>&gt;-</c> text, comments. It yields the very events YamlDotNet's
/// parser would, marks included, so the representation model, the readers and their diagnostics cannot tell the two
/// apart; YamlDotNet's scanner costs hundreds of instructions a character. Anything outside that subset (tabs, CR,
/// anchors, tags, other block scalars, multi-line plain or quoted scalars, keys that are not simple words, any error)
/// returns null, and the caller lets YamlDotNet read the text, errors and all. Tests compare the two on every shipped
/// rule file and on thousands of mutations of them.
/// </summary>
internal sealed partial class PlainYamlReader
{
    private readonly string _text;
    private readonly List<ParsingEvent> _events = new();
    private readonly Mark _streamEnd;
    private int _lineNumber = -1;
    private int _lineStart;
    private int _lineEnd = -1;
    private int _indent;
    private int _pos;
    private bool _atEnd;

    private PlainYamlReader(string text)
    {
        _text = text;
        int breaks = 0;
        foreach (char c in text)
        {
            if (c == '\n')
            {
                breaks++;
            }
        }

        // YamlDotNet ends a text that lacks a final line break as if it had one.
        bool endsWithBreak = text.Length > 0 && text[text.Length - 1] == '\n';
        _streamEnd = new Mark(text.Length, breaks + (endsWithBreak ? 1 : 2), 1);
    }

    /// <summary>The parsing events of <paramref name="text"/>, or null when it is not in the subset this reader knows.</summary>
    public static List<ParsingEvent>? TryRead(string text)
    {
        if (!HasOnlyPlainCharacters(text) || EndsInBlankOrCommentWithoutBreak(text))
        {
            return null;
        }

        try
        {
            return new PlainYamlReader(text).ReadStream();
        }
        catch (OutsideSubsetException)
        {
            return null;
        }
    }

    /// <summary>The mark of the next token: the current line's first character, or the end of the text.</summary>
    private Mark NextMark => _atEnd ? _streamEnd : MarkAt(_pos);

    private List<ParsingEvent> ReadStream()
    {
        var origin = new Mark(0, 1, 1);
        _events.Add(new StreamStart(origin, origin));
        bool explicitStart = _text.StartsWith("---", System.StringComparison.Ordinal) && (_text.Length == 3 || _text[3] == '\n');
        if (explicitStart)
        {
            _lineNumber = 0;
            _lineEnd = 3;
        }

        if (!NextContentLine() || !StartsKey(_pos))
        {
            throw new OutsideSubsetException();
        }

        Mark documentStart = explicitStart ? origin : MarkAt(_pos);
        Mark documentStartEnd = explicitStart ? new Mark(3, 1, 4) : documentStart;
        // YamlDotNet's parser lists the two default tag directives on every document.
        var tags = new TagDirectiveCollection { new TagDirective("!", "!"), new TagDirective("!!", "tag:yaml.org,2002:") };
        _events.Add(new DocumentStart(null, tags, !explicitStart, documentStart, documentStartEnd));
        ReadMapping(_indent);
        if (!_atEnd)
        {
            throw new OutsideSubsetException();
        }

        _events.Add(new DocumentEnd(true, _streamEnd, _streamEnd));
        _events.Add(new StreamEnd(_streamEnd, _streamEnd));
        return _events;
    }

    /// <summary>A block mapping whose first key is at <see cref="_pos"/>, in <paramref name="column"/>.</summary>
    private void ReadMapping(int column)
    {
        Mark start = MarkAt(_pos);
        _events.Add(new MappingStart(AnchorName.Empty, TagName.Empty, true, MappingStyle.Block, start, start));
        while (true)
        {
            ReadEntry(column);
            if (_atEnd || _indent < column)
            {
                break;
            }

            if (_indent > column)
            {
                throw new OutsideSubsetException();
            }

            if (IsListEntry(_pos))
            {
                // An indentless list of the enclosing mapping goes on, or the text is not in the subset.
                break;
            }
        }

        _events.Add(new MappingEnd(NextMark, NextMark));
    }

    /// <summary>One <c>key: value</c>, the value on the same line or in a block below; ends on the next content line.</summary>
    private void ReadEntry(int column)
    {
        int colon = KeyEnd(_pos);
        if (colon < 0)
        {
            throw new OutsideSubsetException();
        }

        _events.Add(new Scalar(AnchorName.Empty, TagName.Empty, _text.Substring(_pos, colon - _pos), ScalarStyle.Plain, true, false, MarkAt(_pos), MarkAt(colon), true));
        int value = SkipSpaces(colon + 1);
        if (value < _lineEnd && _text[value] != '#')
        {
            _pos = value;
            ReadLineValue(column);
            return;
        }

        if (!NextContentLine())
        {
            throw new OutsideSubsetException();
        }

        if (_indent > column)
        {
            if (IsListEntry(_pos))
            {
                ReadList(_indent, indentless: false);
            }
            else
            {
                ReadMapping(_indent);
            }
        }
        else if (_indent == column && IsListEntry(_pos))
        {
            ReadList(column, indentless: true);
        }
        else
        {
            // A key with no value (null): not in the subset.
            throw new OutsideSubsetException();
        }
    }

    /// <summary>A block list whose first dash is at <see cref="_pos"/>, in <paramref name="column"/>.</summary>
    private void ReadList(int column, bool indentless)
    {
        Mark dash = MarkAt(_pos);
        _events.Add(new SequenceStart(AnchorName.Empty, TagName.Empty, true, SequenceStyle.Block, dash, indentless ? MarkAt(_pos + 1) : dash));
        while (true)
        {
            int item = _pos + 1;
            if (item >= _lineEnd || _text[item] != ' ')
            {
                throw new OutsideSubsetException();
            }

            item = SkipSpaces(item);
            if (item >= _lineEnd || _text[item] == '#' || IsListEntry(item))
            {
                throw new OutsideSubsetException();
            }

            _pos = item;
            if (StartsKey(item))
            {
                ReadMapping(item - _lineStart);
            }
            else
            {
                ReadLineValue(column);
            }

            if (_atEnd || _indent < column)
            {
                break;
            }

            if (_indent > column)
            {
                throw new OutsideSubsetException();
            }

            if (!IsListEntry(_pos))
            {
                if (indentless)
                {
                    break;
                }

                throw new OutsideSubsetException();
            }
        }

        _events.Add(new SequenceEnd(NextMark, NextMark));
    }

    /// <summary>A value that starts on this line; ends on the next content line, which must not be deeper than <paramref name="column"/>.</summary>
    private void ReadLineValue(int column)
    {
        if (_text[_pos] == '>')
        {
            ReadFolded(column);
        }
        else
        {
            ReadValue(flow: false);
            int rest = SkipSpaces(_pos);
            if (rest < _lineEnd && (_text[rest] != '#' || rest == _pos))
            {
                throw new OutsideSubsetException();
            }

            NextContentLine();
        }

        if (!_atEnd && _indent > column)
        {
            // A plain scalar going on to the next line, or a deeper line with no place: not in the subset.
            throw new OutsideSubsetException();
        }
    }

    /// <summary>Moves to the next line that holds more than spaces or a comment; false (and <see cref="_atEnd"/>) at the end.</summary>
    private bool NextContentLine()
    {
        while (MoveToNextLine())
        {
            int first = _lineStart;
            while (first < _lineEnd && _text[first] == ' ')
            {
                first++;
            }

            if (first < _lineEnd && _text[first] != '#')
            {
                if (first == _lineStart && (StartsWithAt(first, "---") || StartsWithAt(first, "...")))
                {
                    // A document marker: not in the subset.
                    throw new OutsideSubsetException();
                }

                _indent = first - _lineStart;
                _pos = first;
                return true;
            }
        }

        _atEnd = true;
        _pos = _text.Length;
        return false;
    }

    /// <summary>Moves to the line after the current one; false when there is none.</summary>
    private bool MoveToNextLine()
    {
        int start = _lineEnd + 1;
        if (start >= _text.Length)
        {
            return false;
        }

        _lineNumber++;
        _lineStart = start;
        int end = _text.IndexOf('\n', start);
        _lineEnd = end < 0 ? _text.Length : end;
        return true;
    }

    private Mark MarkAt(int index) => new(index, _lineNumber + 1, index - _lineStart + 1);

    private int SkipSpaces(int at)
    {
        while (at < _lineEnd && _text[at] == ' ')
        {
            at++;
        }

        return at;
    }

    private bool StartsWithAt(int at, string value) => string.CompareOrdinal(_text, at, value, 0, value.Length) == 0;

    private bool IsListEntry(int at) => _text[at] == '-' && (at + 1 == _lineEnd || _text[at + 1] == ' ');

    private bool StartsKey(int at) => KeyEnd(at) >= 0;

    /// <summary>The colon after a simple key (a letter, digit or underscore, then also '.' and '-') at <paramref name="at"/>, or -1.</summary>
    private int KeyEnd(int at)
    {
        if (!IsKeyStart(_text[at]))
        {
            return -1;
        }

        int end = at + 1;
        while (end < _lineEnd && (IsKeyStart(_text[end]) || _text[end] == '-' || _text[end] == '.'))
        {
            end++;
        }

        return end < _lineEnd && _text[end] == ':' && (end + 1 == _lineEnd || _text[end + 1] == ' ') ? end : -1;
    }

    private static bool IsKeyStart(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';

    /// <summary>
    /// A last line with no line break that holds only spaces or a comment: YamlDotNet closes deeper blocks at that line's
    /// end before the stream's, a quirk this reader leaves to it.
    /// </summary>
    private static bool EndsInBlankOrCommentWithoutBreak(string text)
    {
        int first = text.LastIndexOf('\n') + 1;
        while (first < text.Length && text[first] == ' ')
        {
            first++;
        }

        return text.Length > 0 && text[text.Length - 1] != '\n' && (first == text.Length || text[first] == '#');
    }

    /// <summary>No tab, carriage return or other line break YAML knows, no control character, BOM or surrogate.</summary>
    private static bool HasOnlyPlainCharacters(string text)
    {
        foreach (char c in text)
        {
            if (c < ' ' ? c != '\n' : c >= '\u007f' && (c < '\u00a0' || c == '\u2028' || c == '\u2029' || c == '\ufeff' || char.IsSurrogate(c) || c >= '\ufff0'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Thrown where the text leaves the subset; caught in <see cref="TryRead"/> only.</summary>
    private sealed class OutsideSubsetException : System.Exception
    {
    }
}
