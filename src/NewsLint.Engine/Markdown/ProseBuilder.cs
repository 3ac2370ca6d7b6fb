using System.Collections.Generic;
using System.Text;
using NewsLint.Text;

namespace NewsLint.Markdown;

/// <summary>Accumulates a block's plain text together with each character's source range.</summary>
internal sealed class ProseBuilder
{
    private readonly StringBuilder _text = new();
    private readonly List<int> _starts = new();
    private readonly List<int> _ends = new();

    public int Length => _text.Length;

    public bool EndsWithSpace => _text.Length > 0 && _text[_text.Length - 1] == ' ';

    /// <summary>Appends text copied verbatim from the source at <paramref name="sourceStart"/>.</summary>
    public void AppendVerbatim(string source, int sourceStart, int length)
    {
        _text.Append(source, sourceStart, length);
        for (int i = 0; i < length; i++)
        {
            _starts.Add(sourceStart + i);
            _ends.Add(sourceStart + i + 1);
        }
    }

    /// <summary>Appends text that stands for a whole source range (an entity, a line break).</summary>
    public void AppendMapped(string text, int sourceStart, int sourceEnd)
    {
        for (int i = 0; i < text.Length; i++)
        {
            _text.Append(text[i]);
            _starts.Add(sourceStart);
            _ends.Add(sourceEnd);
        }
    }

    /// <summary>
    /// Appends <paramref name="content"/>, which Markdig produced from source[sourceStart..sourceEnd) with escapes
    /// removed: each character is matched to the next equal source character, so backslash escapes keep exact columns.
    /// </summary>
    public void AppendAligned(string source, string content, int sourceStart, int sourceEnd)
    {
        if (sourceEnd - sourceStart == content.Length && string.CompareOrdinal(source, sourceStart, content, 0, content.Length) == 0)
        {
            AppendVerbatim(source, sourceStart, content.Length);
            return;
        }

        int at = sourceStart;
        foreach (char c in content)
        {
            int found = at;
            while (found < sourceEnd && source[found] != c)
            {
                found++;
            }

            if (found >= sourceEnd)
            {
                found = at < sourceEnd ? at : sourceEnd - 1;
            }

            _text.Append(c);
            _starts.Add(found);
            _ends.Add(found + 1);
            at = found + 1;
        }
    }

    public ProseBlock Build(int index, ProseKind kind, TextSpan sourceSpan, int headingLevel, int quoteDepth, int listId, int listItemIndex)
    {
        // Trailing spaces come from line breaks at the end of a block; they carry no prose.
        int length = _text.Length;
        while (length > 0 && char.IsWhiteSpace(_text[length - 1]))
        {
            length--;
        }

        var starts = new int[length];
        var ends = new int[length];
        _starts.CopyTo(0, starts, 0, length);
        _ends.CopyTo(0, ends, 0, length);
        return new ProseBlock(index, kind, _text.ToString(0, length), starts, ends, sourceSpan, headingLevel, quoteDepth, listId, listItemIndex);
    }
}
