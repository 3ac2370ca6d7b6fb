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

    /// <summary>Folded characters of each block compared first: enough to tell many blocks apart, read for every block.</summary>
    private const int ComparedHead = 16;

    /// <summary>Folded characters of blocks whose heads meet compared before the whole texts are: enough for most of the rest.</summary>
    private const int ComparedStart = 48;

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
        int blocks = context.Document.Blocks.Length;
        FirstByHash<ProseBlock> firstByHead = FirstByHash<ProseBlock>.Rent(blocks);
        SameStart? sameStart = null;
        try
        {
            Find(context, firstByHead, ref sameStart);
        }
        finally
        {
            firstByHead.Return();
            sameStart?.Return();
        }
    }

    private static void Find(ArticleContext context, FirstByHash<ProseBlock> firstByHead, ref SameStart? sameStart)
    {
        // Blocks go by the hash of the head of their folded text, which reads a dozen characters of each; only blocks
        // whose heads meet go on by a longer start, only blocks whose starts meet are hashed whole, and only blocks
        // whose whole hashes meet are folded and compared. A head's first block goes on when the second arrives (its
        // entry becomes null): blocks of one text go on in reading order, as equal folds have equal heads.
        foreach (ProseBlock block in context.Document.Blocks)
        {
            if (block.Kind == ProseKind.TableCell || !HasMinimumWords(context.TokensOf(block)))
            {
                continue;
            }

            FoldedHash.PrefixProgress progress = FoldedHash.PrefixProgress.Start;
            int head = FoldedHash.OfPrefix(block.Text, ComparedHead, ref progress);
            if (!firstByHead.TryGetOrAdd(head, block, out ProseBlock? first, out int slot))
            {
                continue;
            }

            sameStart ??= new SameStart(context.Document.Blocks.Length);
            if (first is not null)
            {
                sameStart.EarlierOf(first, FoldedHash.PrefixProgress.Start);
                firstByHead.SetAt(slot, null);
            }

            if (sameStart.EarlierOf(block, progress) is not { } earlier)
            {
                continue;
            }

            (int trimmedStart, int length) = Trimmed(block.Text);
            int line = context.Source.GetLinePosition(earlier.SourceSpan.Start).Line;
            context.Report(Descriptor, block.ToSource(trimmedStart, length), Name(block), Name(earlier), line);
        }
    }

    /// <summary>At least <see cref="MinimumWords"/> words and numbers; a number and the letters glued to it ("501st") are one word.</summary>
    private static bool HasMinimumWords(ImmutableArray<Token> tokens)
    {
        int words = 0;
        int previousEnd = -1;
        foreach (Token token in tokens)
        {
            if (token.Kind != TokenKind.Symbol)
            {
                words += token.Start == previousEnd ? 0 : 1;
                previousEnd = token.End;
                if (words >= MinimumWords)
                {
                    return true;
                }
            }
        }

        return false;
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

    /// <summary>
    /// The first block of each folded text among blocks whose heads met, found by the start of the fold first. Blocks
    /// of one start are compared with its first few texts directly, which reads only up to where they differ (a repeat
    /// is read once, not hashed twice and folded); a start with more texts goes by the hashes of <see cref="SameText"/>.
    /// </summary>
    private sealed class SameStart
    {
        /// <summary>The most texts of one start compared directly, so a start's blocks cost linear time.</summary>
        private const int MaxCompared = 4;

        /// <summary>Per start, its first block, or the first block of each of its texts (a list); null once it went to <see cref="_same"/>.</summary>
        private readonly FirstByHash<object> _firstsByStart;
        private SameText? _same;

        /// <param name="blocks">The article's blocks, the most starts there can be.</param>
        public SameStart(int blocks)
        {
            _firstsByStart = FirstByHash<object>.Rent(blocks);
        }

        /// <summary>Gives back the table of starts (see <see cref="FirstByHash{TValue}.Return"/>).</summary>
        public void Return() => _firstsByStart.Return();

        /// <summary>As <see cref="SameText.EarlierOf"/>; the hash of the start goes on from <paramref name="headProgress"/>.</summary>
        public ProseBlock? EarlierOf(ProseBlock block, FoldedHash.PrefixProgress headProgress)
        {
            int start = FoldedHash.OfPrefix(block.Text, ComparedStart, ref headProgress);
            if (!_firstsByStart.TryGetOrAdd(start, block, out object? firsts, out int slot))
            {
                return null;
            }

            if (firsts is ProseBlock only)
            {
                if (FoldedText.AreEqual(only.Text, block.Text))
                {
                    return only;
                }

                _firstsByStart.SetAt(slot, new List<ProseBlock>(MaxCompared) { only, block });
                return null;
            }

            if (firsts is List<ProseBlock> texts)
            {
                foreach (ProseBlock first in texts)
                {
                    if (FoldedText.AreEqual(first.Text, block.Text))
                    {
                        return first;
                    }
                }

                if (texts.Count < MaxCompared)
                {
                    texts.Add(block);
                    return null;
                }

                _same ??= new SameText();
                foreach (ProseBlock first in texts)
                {
                    _same.EarlierOf(first);
                }

                _firstsByStart.SetAt(slot, null);
            }

            return _same!.EarlierOf(block);
        }
    }

    /// <summary>
    /// The first block of each folded text, found by the hash of the fold: texts are folded (strings made) only when
    /// two hashes meet, which is nearly always a repeated text. Blocks of one text arrive in reading order.
    /// </summary>
    private sealed class SameText
    {
        private readonly Dictionary<int, ProseBlock> _byHash = new();

        /// <summary>Texts whose hash another text had first (a hash collision), by their fold.</summary>
        private Dictionary<string, ProseBlock>? _byText;

        /// <summary>The first block seen with the block's folded text, or null when it is the first (it is kept then).</summary>
        public ProseBlock? EarlierOf(ProseBlock block)
        {
            int hash = FoldedHash.Of(block.Text, 0, block.Text.Length);
            if (!_byHash.TryGetValue(hash, out ProseBlock? first))
            {
                _byHash[hash] = block;
                return null;
            }

            string key = TextFolding.Fold(block.Text);
            if (TextFolding.Fold(first.Text) == key)
            {
                return first;
            }

            _byText ??= new Dictionary<string, ProseBlock>(StringComparer.Ordinal);
            if (_byText.TryGetValue(key, out ProseBlock? earlier))
            {
                return earlier;
            }

            _byText[key] = block;
            return null;
        }
    }
}
