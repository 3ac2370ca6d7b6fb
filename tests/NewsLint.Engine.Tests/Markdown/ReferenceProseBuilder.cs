using System;
using System.Text;
using NewsLint.Markdown;
using NewsLint.Text;

namespace NewsLint.Tests.Markdown;

/// <summary>
/// The prose builder as it was before it kept pieces: every character goes into one buffer, the block's text is that
/// buffer less its trailing white space. The engine's <see cref="ProseBuilder"/> must build the same blocks.
/// </summary>
internal sealed class ReferenceProseBuilder
{
    private readonly StringBuilder _text = new();
    private ProseRuns _runs = new(16);

    public int Length => _text.Length;

    public void AppendVerbatim(string source, int sourceStart, int length)
    {
        if (length > 0)
        {
            _runs.AddVerbatim(_text.Length, sourceStart);
            _text.Append(source, sourceStart, length);
        }
    }

    public void AppendMapped(string text, int sourceStart, int sourceEnd)
    {
        if (text.Length > 0)
        {
            _runs.AddMapped(_text.Length, sourceStart, sourceEnd);
            _text.Append(text);
        }
    }

    /// <summary>
    /// Appends content[contentStart..+contentLength), which Markdig produced from source[sourceStart..sourceEnd) with
    /// escapes removed: each character maps to the next equal source character, or where the search began when there
    /// is none (kept without the engine's shortcut for content equal to the source, which must change nothing).
    /// </summary>
    public void AppendAligned(string source, string content, int contentStart, int contentLength, int sourceStart, int sourceEnd)
    {
        int at = sourceStart;
        foreach (char c in content.AsSpan(contentStart, Math.Max(0, contentLength)))
        {
            int found = at < sourceEnd ? source.IndexOf(c, at, sourceEnd - at) : -1;
            if (found < 0)
            {
                found = at < sourceEnd ? at : sourceEnd - 1;
            }

            _runs.AddVerbatim(_text.Length, found);
            _text.Append(c);
            at = found + 1;
        }
    }

    public ProseBlock Build(int index, ProseKind kind, TextSpan sourceSpan, int headingLevel, int quoteDepth, int listId, int listItemIndex)
    {
        string text = _text.ToString().TrimEnd();
        return new ProseBlock(index, kind, text, _runs.Copy(text.Length), sourceSpan, headingLevel, quoteDepth, listId, listItemIndex);
    }
}
