using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using NewsLint.Analysis;
using NewsLint.Language;
using NewsLint.Markdown;

namespace NewsLint.Recognizers.Numbers;

/// <summary>
/// The number tokens of every block, found once an article for the recognizers that start from numbers (dates,
/// citations), which would otherwise each read every token to find them. The same walk notes each block's first
/// uncommon symbol (<see cref="NumberTokenIndex.FirstUncommonSymbol"/>), so the quotation scan need not read every
/// token again to find the few that may be quote marks.
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
        var uncommon = new int[blocks.Length];
        List<int> indices = _indices ??= new List<int>();
        indices.Clear();
        foreach (ProseBlock block in blocks)
        {
            starts[block.Index] = indices.Count;
            ReadOnlySpan<Token> tokens = context.TokensOf(block).AsSpan();
            string text = block.Text;
            int firstUncommon = -1;
            for (int i = NextNotWord(tokens, 0); i < tokens.Length; i = NextNotWord(tokens, i + 1))
            {
                Token token = tokens[i];
                if (token.Kind == TokenKind.Number)
                {
                    indices.Add(i);
                }
                else if (firstUncommon < 0 && !CommonSymbols.IsCommon(text[token.Start]))
                {
                    firstUncommon = i;
                }
            }

            uncommon[block.Index] = firstUncommon;
        }

        starts[blocks.Length] = indices.Count;
        return new NumberTokenIndex(starts, indices.ToArray(), uncommon);
    }

    /// <summary>
    /// The first token at or after <paramref name="i"/> that is no word, or the count: a loop of its own, with no call in
    /// it, as four tokens in five are words.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int NextNotWord(ReadOnlySpan<Token> tokens, int i)
    {
        while (i < tokens.Length && tokens[i].Kind == TokenKind.Word)
        {
            i++;
        }

        return i;
    }
}
