using System.Collections.Immutable;
using System.Text;
using NewsLint.Markdown;
using NewsLint.Rules.Languages;
using NewsLint.Text;

namespace NewsLint.Recognizers.Quotations;

/// <summary>How a quotation is set off from the text around it.</summary>
public enum QuotationKind
{
    /// <summary>Between quotation marks of one of the language's pairs.</summary>
    Marks,

    /// <summary>A Markdown block quote (<c>&gt;</c>) with no quotation marks of its own.</summary>
    BlockQuote,
}

/// <summary>
/// One quotation: quoted words and where they stand. A quotation over several paragraphs (an opening mark at the start
/// of each paragraph, a closing mark only at the end) is one quotation with one <see cref="QuotationPart"/> per
/// paragraph. Immutable.
/// </summary>
public sealed class Quotation
{
    public Quotation(
        int index,
        QuotationKind kind,
        QuotePair? pair,
        ImmutableArray<QuotationPart> parts,
        string text,
        int wordCount,
        bool isTitle,
        Quotation? parent,
        Attribution? attribution)
        : this(index, kind, pair, parts, wordCount, isTitle, parent, attribution)
    {
        _text = text;
    }

    /// <summary>
    /// A quotation whose <see cref="Text"/> is joined from its parts when first asked for: most quotations' words are
    /// read from their blocks' tokens, and only a finding or an explanation shows the text.
    /// </summary>
    internal Quotation(
        int index,
        QuotationKind kind,
        QuotePair? pair,
        ImmutableArray<QuotationPart> parts,
        int wordCount,
        bool isTitle,
        Quotation? parent,
        Attribution? attribution)
    {
        Index = index;
        Kind = kind;
        Pair = pair;
        Parts = parts;
        WordCount = wordCount;
        IsTitle = isTitle;
        Parent = parent;
        Depth = parent is null ? 0 : parent.Depth + 1;
        Attribution = attribution;
    }

    /// <summary>Position among the article's quotations, in reading order of the opening marks.</summary>
    public int Index { get; }

    public QuotationKind Kind { get; }

    /// <summary>The marks used (e.g. <c>‘’…’’</c>); null for a block quote.</summary>
    public QuotePair? Pair { get; }

    /// <summary>One part per paragraph, in order; never empty.</summary>
    public ImmutableArray<QuotationPart> Parts { get; }

    /// <summary>The quoted words without marks; paragraphs joined by a line feed.</summary>
    public string Text => _text ??= JoinContents(Parts);

    /// <summary>Made by <see cref="Text"/> on first use (two threads may both make it; the strings are equal).</summary>
    private string? _text;

    /// <summary>Words and numbers in <see cref="Text"/>.</summary>
    public int WordCount { get; }

    /// <summary>True when the quotation names a work (<c>the film "…"</c>) or is set in title case.</summary>
    public bool IsTitle { get; }

    /// <summary>The quotation this one is quoted inside, or null for a top-level quotation.</summary>
    public Quotation? Parent { get; }

    /// <summary>0 for a top-level quotation, 1 for a quotation inside it, and so on.</summary>
    public int Depth { get; }

    /// <summary>Who the quotation is attributed to, or null when nobody is named. Nested quotations have none.</summary>
    public Attribution? Attribution { get; }

    public ProseBlock FirstBlock => Parts[0].Block;

    public ProseBlock LastBlock => Parts[Parts.Length - 1].Block;

    /// <summary>Source range from the first opening mark to the last closing mark (the content for a block quote).</summary>
    public TextSpan SourceSpan => TextSpan.Cover(Parts[0].SourceSpan, Parts[Parts.Length - 1].SourceSpan);

    /// <summary>Source range of the quoted words of the first paragraph to those of the last, marks excluded.</summary>
    public TextSpan ContentSourceSpan => TextSpan.Cover(Parts[0].ContentSourceSpan, Parts[Parts.Length - 1].ContentSourceSpan);

    /// <summary>Whether the quotation is a short term, a title or a nested quotation rather than speech that needs a speaker.</summary>
    public bool IsTerm(int minimumWords) => IsTitle || WordCount < minimumWords;

    public override string ToString() => Attribution is null ? $"{Pair}{Text}" : $"{Pair}{Text} [{Attribution}]";

    /// <summary>The parts' quoted words, each after a line feed unless nothing stands before it.</summary>
    internal static string JoinContents(ImmutableArray<QuotationPart> parts)
    {
        if (parts.Length == 1)
        {
            return parts[0].Content;
        }

        var text = new StringBuilder();
        foreach (QuotationPart part in parts)
        {
            if (text.Length > 0)
            {
                text.Append('\n');
            }

            text.Append(part.Block.Text, part.ContentStart, part.ContentLength);
        }

        return text.ToString();
    }
}

/// <summary>The part of a quotation inside one prose block: its marks and quoted words, as offsets into the block's text.</summary>
public sealed class QuotationPart
{
    public QuotationPart(ProseBlock block, int openStart, int openLength, int contentStart, int contentLength, int closeStart, int closeLength)
    {
        Block = block;
        OpenStart = openStart;
        OpenLength = openLength;
        ContentStart = contentStart;
        ContentLength = contentLength;
        CloseStart = closeStart;
        CloseLength = closeLength;
    }

    public ProseBlock Block { get; }

    /// <summary>Offset of the opening mark in the block's text (equal to <see cref="ContentStart"/> when there is none).</summary>
    public int OpenStart { get; }

    /// <summary>0 when the part has no opening mark (a block quote).</summary>
    public int OpenLength { get; }

    public int ContentStart { get; }

    public int ContentLength { get; }

    public int ContentEnd => ContentStart + ContentLength;

    /// <summary>Offset of the closing mark (equal to <see cref="ContentEnd"/> when there is none).</summary>
    public int CloseStart { get; }

    /// <summary>0 when the part has no closing mark (every paragraph but the last of a long quotation).</summary>
    public int CloseLength { get; }

    public int End => CloseStart + CloseLength;

    public bool HasOpeningMark => OpenLength > 0;

    public bool HasClosingMark => CloseLength > 0;

    public string Content => Block.Text.Substring(ContentStart, ContentLength);

    /// <summary>Source range of the opening mark through the closing mark (whichever of them exist).</summary>
    public TextSpan SourceSpan => Block.ToSource(OpenStart, End - OpenStart);

    public TextSpan ContentSourceSpan => Block.ToSource(ContentStart, ContentLength);

    public TextSpan OpeningMarkSourceSpan => Block.ToSource(OpenStart, OpenLength);

    public TextSpan ClosingMarkSourceSpan => Block.ToSource(CloseStart, CloseLength);
}
