using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using NewsLint.Analysis;
using NewsLint.Diagnostics;
using NewsLint.Language;
using NewsLint.Markdown;
using NewsLint.Rules.Languages;

namespace NewsLint.Checks.Names;

/// <summary>NL4004: a word written twice in a row by accident (<c>the the</c>, <c>yang yang</c>).</summary>
public sealed class NL4004RepeatedWord : ArticleRule
{
    public static readonly RuleDescriptor Descriptor = new(
        id: "NL4004",
        title: "Word repeated by accident",
        messageFormat: "'{0}' is written twice in a row; remove one{1}",
        category: NL4001DuplicateEnumerationItem.Category,
        defaultSeverity: Severity.Warning,
        description: "Two equal words with only white space between them. Words the language pack lists under reduplication-exceptions (English 'that that', 'had had') and capitalized pairs (Bora Bora, Walla Walla) are not reported.");

    public override ImmutableArray<RuleDescriptor> Descriptors { get; } = ImmutableArray.Create(Descriptor);

    public override void Analyze(ArticleContext context)
    {
        HashSet<string> exceptions = context.Language is null ? NoExceptions : ExceptionCache.GetValue(context.Language, FoldedExceptions);

        bool hyphenated = context.Language?.Section<RepetitionWords>()?.HyphenatedReduplication == true;
        foreach (ProseBlock block in context.Document.Blocks)
        {
            string text = block.Text;
            ReadOnlySpan<Token> tokens = context.TokensOf(block).AsSpan();
            for (int i = NextLikePair(text, tokens, 1); i < tokens.Length; i = NextLikePair(text, tokens, i + 1))
            {
                CheckPair(context, block, tokens[i - 1], tokens[i], exceptions, hyphenated);
            }
        }
    }

    /// <summary>
    /// The index of the first token at or after <paramref name="from"/> that is a word of the length of the word before
    /// it, and does not differ from it in its ASCII first letter; or the number of tokens. Most pairs differ in length:
    /// a loop of its own, with nothing else to keep in registers.
    /// </summary>
    private static int NextLikePair(string text, ReadOnlySpan<Token> tokens, int from)
    {
        int previousLength = from - 1 < tokens.Length ? tokens[from - 1].Length : 0;
        for (int i = from; i < tokens.Length; i++)
        {
            int length = tokens[i].Length;
            if (length == previousLength && AreLikeWords(text, tokens[i - 1], tokens[i]))
            {
                return i;
            }

            previousLength = length;
        }

        return tokens.Length;
    }

    private static bool AreLikeWords(string text, Token previous, Token token) =>
        token.Kind == TokenKind.Word && previous.Kind == TokenKind.Word && !DifferentAsciiStart(text[previous.Start], text[token.Start]);

    private static void CheckPair(ArticleContext context, ProseBlock block, Token previous, Token token, HashSet<string> exceptions, bool hyphenated)
    {
        string text = block.Text;
        if (string.Compare(text, previous.Start, text, token.Start, token.Length, StringComparison.OrdinalIgnoreCase) != 0
            || !OnlySpaceBetween(text, previous.End, token.Start)
            || (char.IsUpper(text[previous.Start]) && char.IsUpper(text[token.Start])))
        {
            return;
        }

        string word = token.GetText(text);
        if (!exceptions.Contains(TextFolding.Fold(word)))
        {
            // Only where the language writes reduplications with a hyphen is that a likely intent worth naming.
            string hint = hyphenated ? ", or hyphenate it if a reduplication is meant ('" + previous.GetText(text) + "-" + word + "')" : string.Empty;
            context.Report(Descriptor, block.ToSource(token.Start, token.Length), word, hint);
        }
    }

    /// <summary>Folded reduplication exceptions per language pack, built once; never modified after.</summary>
    private static readonly ConditionalWeakTable<LanguagePack, HashSet<string>> ExceptionCache = new();

    private static readonly HashSet<string> NoExceptions = new(StringComparer.Ordinal);

    private static HashSet<string> FoldedExceptions(LanguagePack language)
    {
        var exceptions = new HashSet<string>(StringComparer.Ordinal);
        foreach (string word in language.ReduplicationExceptions)
        {
            exceptions.Add(TextFolding.Fold(word));
        }

        return exceptions;
    }

    /// <summary>Two ASCII first letters that differ even ignoring case: most pairs of words, settled without a comparison.</summary>
    private static bool DifferentAsciiStart(char a, char b) => a < 128 && b < 128 && (a | 0x20) != (b | 0x20);

    private static bool OnlySpaceBetween(string text, int from, int to)
    {
        if (to <= from)
        {
            return false;
        }

        for (int i = from; i < to; i++)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
