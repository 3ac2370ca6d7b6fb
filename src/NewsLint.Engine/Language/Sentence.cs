using NewsLint.Markdown;

namespace NewsLint.Language;

/// <summary>A sentence: a range of one prose block's text. A struct: an article has dozens, all read in passing.</summary>
public readonly struct Sentence
{
    public Sentence(int index, ProseBlock block, int start, int length)
    {
        Index = index;
        Block = block;
        Start = start;
        Length = length;
    }

    /// <summary>Position in the article, in reading order.</summary>
    public int Index { get; }

    public ProseBlock Block { get; }

    public int Start { get; }

    public int Length { get; }

    public int End => Start + Length;

    public string Text => Block.Text.Substring(Start, Length);

    public override string ToString() => Text;
}
