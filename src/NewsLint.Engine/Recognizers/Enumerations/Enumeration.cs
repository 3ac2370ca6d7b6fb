using System.Collections.Immutable;
using NewsLint.Markdown;

namespace NewsLint.Recognizers.Enumerations;

/// <summary>A list of like items: "A, B, C and D" in a sentence, or the items of one Markdown list.</summary>
public sealed class Enumeration
{
    public Enumeration(ProseBlock block, ImmutableArray<EnumerationItem> items, bool isMarkdownList, ImmutableArray<ProseBlock> listBlocks)
    {
        Block = block;
        Items = items;
        IsMarkdownList = isMarkdownList;
        ListBlocks = listBlocks;
    }

    /// <summary>The block of an inline enumeration (for a Markdown list, its first item's block).</summary>
    public ProseBlock Block { get; }

    public ImmutableArray<EnumerationItem> Items { get; }

    public bool IsMarkdownList { get; }

    /// <summary>For a Markdown list, the block of each item, parallel to <see cref="Items"/>.</summary>
    public ImmutableArray<ProseBlock> ListBlocks { get; }

    /// <summary>The block an item's offsets refer to.</summary>
    public ProseBlock BlockOf(int itemIndex) => IsMarkdownList ? ListBlocks[itemIndex] : Block;
}
