using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CsCheck;
using NewsLint.Checks.Names;
using NewsLint.Markdown;
using NewsLint.Tests.Infrastructure;
using Xunit;

namespace NewsLint.Tests.Names;

/// <summary>
/// NL4003's open-addressing table of blocks by head or start hash answers as the dictionary it replaced, article after article on
/// one thread, with heads that share their low or high bits, zero, negative hashes and more heads than blocks.
/// </summary>
public sealed class FirstByHashTests
{
    private static readonly ImmutableArray<ProseBlock> Blocks =
        TestContexts.Create(string.Join("\n\n", Enumerable.Range(0, 40).Select(i => $"Paragraph {i} of the article."))).Document.Blocks;

    /// <summary>A head, a block index, and whether the head's first block then goes on (is forgotten).</summary>
    private static readonly Gen<(int Head, int Block, bool Forget)> Steps = Gen.Select(
        Gen.OneOf(Gen.Int[-3, 3], Gen.Int, Gen.Int[0, 7].Select(i => i << 28), Gen.Int[0, 7].Select(i => (i << 24) | 5), Gen.Const(int.MinValue)),
        Gen.Int[0, 39],
        Gen.Bool);

    [Fact]
    public void Answers_as_a_dictionary_article_after_article()
    {
        Gen.Select(Steps.Array[0, 200], Gen.Int[0, 120]).Array[1, 4].Sample(articles =>
        {
            foreach ((var steps, int blocks) in articles)
            {
                var reference = new Dictionary<int, ProseBlock?>();
                FirstByHash<ProseBlock> table = FirstByHash<ProseBlock>.Rent(System.Math.Max(blocks, steps.Select(s => s.Head).Distinct().Count()));
                try
                {
                    foreach ((int head, int index, bool forget) in steps)
                    {
                        bool found = table.TryGetOrAdd(head, Blocks[index], out ProseBlock? first, out int slot);
                        Assert.Equal(reference.TryGetValue(head, out ProseBlock? expected), found);
                        if (!found)
                        {
                            reference[head] = Blocks[index];
                            continue;
                        }

                        Assert.Same(expected, first);
                        if (forget)
                        {
                            table.SetAt(slot, null);
                            reference[head] = null;
                        }
                    }
                }
                finally
                {
                    table.Return();
                }
            }
        }, iter: 2000);
    }

    [Fact]
    public void An_article_without_blocks_finds_nothing_of_the_last_article()
    {
        FirstByHash<ProseBlock> table = FirstByHash<ProseBlock>.Rent(3);
        Assert.False(table.TryGetOrAdd(7, Blocks[0], out _, out _));
        table.Return();

        table = FirstByHash<ProseBlock>.Rent(0);
        Assert.False(table.TryGetOrAdd(7, Blocks[1], out ProseBlock? first, out _));
        Assert.Null(first);
        Assert.True(table.TryGetOrAdd(7, Blocks[2], out first, out _));
        Assert.Same(Blocks[1], first);
        table.Return();
    }
}
