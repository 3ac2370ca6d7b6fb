using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using NewsLint.Analysis;
using NewsLint.Diagnostics;
using NewsLint.Language;
using NewsLint.Markdown;

namespace NewsLint.Checks.Names;

/// <summary>NL4003: a heading or paragraph repeated word for word (the shared article repeats its title on line 3).</summary>
public sealed class NL4003DuplicateBlock : ArticleRule
{
    /// <summary>Shorter blocks ("Update:", "Read more") may repeat by design.</summary>
    public const int MinimumWords = 4;

    public static readonly RuleDescriptor Descriptor = new(
        id: "NL4003",
        title: "Heading or paragraph repeated",
        messageFormat: "This {0} repeats the {1} on line {2} word for word; remove one of them",
        category: NL4001DuplicateEnumerationItem.Category,
        defaultSeverity: Severity.Warning,
        description: "A heading or paragraph of at least four words has the same text as an earlier one, ignoring case, diacritics, markup and spacing. Usually a paste or an edit left twice.");

    public override ImmutableArray<RuleDescriptor> Descriptors { get; } = ImmutableArray.Create(Descriptor);

    public override void Analyze(ArticleContext context)
    {
        var first = new Dictionary<string, ProseBlock>(StringComparer.Ordinal);
        foreach (ProseBlock block in context.Document.Blocks)
        {
            if (block.Kind == ProseKind.TableCell || CountWords(context.TokensOf(block)) < MinimumWords)
            {
                continue;
            }

            string key = TextFolding.Fold(block.Text);
            if (!first.TryGetValue(key, out ProseBlock? earlier))
            {
                first[key] = block;
                continue;
            }

            (int start, int length) = Trimmed(block.Text);
            int line = context.Source.GetLinePosition(earlier.SourceSpan.Start).Line;
            context.Report(Descriptor, block.ToSource(start, length), Name(block), Name(earlier), line);
        }
    }

    /// <summary>Words and numbers; a number and the letters glued to it ("501st") are one word.</summary>
    private static int CountWords(ImmutableArray<Token> tokens)
    {
        int words = 0;
        int previousEnd = -1;
        foreach (Token token in tokens)
        {
            if (token.Kind != TokenKind.Symbol)
            {
                words += token.Start == previousEnd ? 0 : 1;
                previousEnd = token.End;
            }
        }

        return words;
    }

    private static string Name(ProseBlock block) => block.Kind == ProseKind.Heading ? "heading" : "paragraph";

    private static (int Start, int Length) Trimmed(string text)
    {
        int start = 0;
        int end = text.Length;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return (start, end - start);
    }
}
