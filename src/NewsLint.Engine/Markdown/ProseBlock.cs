using System;
using NewsLint.Text;

namespace NewsLint.Markdown;

/// <summary>
/// The plain text of one heading, paragraph or table cell, with markup removed and entities decoded, and for every
/// character the source range it came from. Recognizers work on <see cref="Text"/>; diagnostics map back through
/// <see cref="ToSource(int, int)"/> so positions stay exact through emphasis, links, entities and escapes.
/// </summary>
public sealed class ProseBlock
{
    private readonly ProseRuns _runs;

    internal ProseBlock(int index, ProseKind kind, string text, ProseRuns runs, TextSpan sourceSpan, int headingLevel, int quoteDepth, int listId, int listItemIndex)
    {
        Index = index;
        Kind = kind;
        Text = text;
        _runs = runs;
        SourceSpan = sourceSpan;
        HeadingLevel = headingLevel;
        QuoteDepth = quoteDepth;
        ListId = listId;
        ListItemIndex = listItemIndex;
    }

    /// <summary>Position of the block in the article, in reading order.</summary>
    public int Index { get; }

    public ProseKind Kind { get; }

    public string Text { get; }

    /// <summary>The whole block in the source, markup included.</summary>
    public TextSpan SourceSpan { get; }

    /// <summary>1 to 6 for headings, 0 otherwise.</summary>
    public int HeadingLevel { get; }

    /// <summary>How many block quotes (&gt;) enclose the block.</summary>
    public int QuoteDepth { get; }

    /// <summary>Identifies the innermost list the block is an item of, or -1.</summary>
    public int ListId { get; }

    /// <summary>0-based item number within <see cref="ListId"/>, or -1.</summary>
    public int ListItemIndex { get; }

    public bool IsListItem => ListId >= 0;

    /// <summary>Source offset of a text index (a one-past-the-end index maps to the end of the last character).</summary>
    public int ToSourceOffset(int textIndex)
    {
        if (textIndex < Text.Length)
        {
            return _runs.StartOf(textIndex);
        }

        return Text.Length == 0 ? SourceSpan.Start : _runs.EndOf(Text.Length - 1);
    }

    /// <summary>The source range of text[start..start+length).</summary>
    public TextSpan ToSource(int start, int length)
    {
        if (start < 0 || length < 0 || start + length > Text.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(start));
        }

        if (length == 0)
        {
            int at = ToSourceOffset(start);
            return new TextSpan(at, 0);
        }

        int sourceStart = _runs.StartOf(start);
        int sourceEnd = _runs.EndOf(start + length - 1);
        return TextSpan.FromBounds(sourceStart, Math.Max(sourceStart, sourceEnd));
    }

    public override string ToString() => $"{Kind}#{Index}: {Text}";
}
