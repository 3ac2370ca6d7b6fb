using System;
using System.Collections.Generic;
using NewsLint.Markdown;

namespace NewsLint.Recognizers.Enumerations;

/// <summary>
/// The first paragraph of each item of each Markdown list of an article, by list, lists in the order of their first
/// paragraph. Lists are numbered from 0 in each article (<see cref="ProseBlock.ListId"/>), so they are found by index,
/// not hashed.
/// </summary>
internal sealed class MarkdownListParagraphs
{
    private const int InitialLists = 8;

    private readonly List<List<ProseBlock>> _inOrder = new();
    private List<ProseBlock>?[] _byList = new List<ProseBlock>?[InitialLists];

    /// <summary>The item index of each list's last paragraph taken (read only once the list has one).</summary>
    private int[] _lastItem = new int[InitialLists];

    /// <summary>The paragraphs of each list, in the order of the lists' first paragraphs.</summary>
    public IReadOnlyList<List<ProseBlock>> InOrder => _inOrder;

    /// <summary>Takes a list item's paragraph (blocks in reading order) unless its item already has one.</summary>
    public void Add(ProseBlock block)
    {
        int id = block.ListId;
        if (id >= _byList.Length)
        {
            int size = Math.Max(id + 1, 2 * _byList.Length);
            Array.Resize(ref _byList, size);
            Array.Resize(ref _lastItem, size);
        }

        List<ProseBlock>? blocks = _byList[id];
        if (blocks is null)
        {
            _byList[id] = blocks = new List<ProseBlock>();
            _inOrder.Add(blocks);
        }
        else if (_lastItem[id] == block.ListItemIndex)
        {
            // Only the first paragraph of each item speaks for the item.
            return;
        }

        _lastItem[id] = block.ListItemIndex;
        blocks.Add(block);
    }
}
