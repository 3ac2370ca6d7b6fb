using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using NewsLint.Analysis;
using NewsLint.Language;
using NewsLint.Markdown;

namespace NewsLint.Recognizers.Numbers;

/// <summary>
/// The number tokens of every block, found once an article for the recognizers that start from numbers (dates,
/// citations), which would otherwise each read every token to find them.
/// </summary>
public sealed class NumberTokenRecognizer : Recognizer<NumberTokenIndex>
{
    public static readonly NumberTokenRecognizer Instance = new();

    [ThreadStatic]
    private static List<int>? _indices;

    private NumberTokenRecognizer()
    {
    }

    public override NumberTokenIndex Recognize(ArticleContext context)
    {
        ImmutableArray<ProseBlock> blocks = context.Document.Blocks;
        var starts = new int[blocks.Length + 1];
        List<int> indices = _indices ??= new List<int>();
        indices.Clear();
        foreach (ProseBlock block in blocks)
        {
            starts[block.Index] = indices.Count;
            ReadOnlySpan<Token> tokens = context.TokensOf(block).AsSpan();
            for (int i = 0; i < tokens.Length; i++)
            {
                if (tokens[i].Kind == TokenKind.Number)
                {
                    indices.Add(i);
                }
            }
        }

        starts[blocks.Length] = indices.Count;
        return new NumberTokenIndex(starts, indices.ToArray());
    }
}
