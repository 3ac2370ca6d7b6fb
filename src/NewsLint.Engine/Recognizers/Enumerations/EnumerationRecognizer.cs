using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using NewsLint.Analysis;
using NewsLint.Language;
using NewsLint.Markdown;
using NewsLint.Rules.Languages;
using NewsLint.Rules.Places;

namespace NewsLint.Recognizers.Enumerations;

/// <summary>
/// Finds enumerations: "A, B, C, and D" with a conjunction from the language pack, and the items of a Markdown list.
/// An inline item is a run of at most <see cref="MaxItemWords"/> words between commas. The scan walks each block's
/// tokens once from its first comma, and backwards from each conjunction, so it is linear in the article.
/// </summary>
public sealed class EnumerationRecognizer : Recognizer<ImmutableArray<Enumeration>>, IExplainingRecognizer
{
    public const int MaxItemWords = 4;

    public static readonly EnumerationRecognizer Instance = new(lookUpEveryWord: false);

    /// <summary>The slow path the walk from commas must agree with: every word looked up as a conjunction (for tests).</summary>
    internal static readonly EnumerationRecognizer LookingUpEveryWord = new(lookUpEveryWord: true);

    private readonly bool _lookUpEveryWord;

    private EnumerationRecognizer(bool lookUpEveryWord)
    {
        _lookUpEveryWord = lookUpEveryWord;
    }

    /// <summary>Conjunctions per language pack, built once: words are looked up without being cut out.</summary>
    private static readonly ConditionalWeakTable<LanguagePack, WordSet> ConjunctionCache = new();


    /// <summary>The item ranges of the conjunction being read, per thread (emptied before each use).</summary>
    [ThreadStatic]
    private static List<(int From, int To)>? _segments;

    public override ImmutableArray<Enumeration> Recognize(ArticleContext context)
    {
        ImmutableArray<Enumeration>.Builder result = ScratchBuilder<Enumeration>.Rent();
        var places = context.Rules.Get<PlaceCatalog>();
        if (context.Language is { } language && !language.Conjunctions.IsEmpty)
        {
            WordSet conjunctions = ConjunctionCache.GetValue(language, pack => new WordSet(pack.Conjunctions, ignoreCase: true));
            List<(int From, int To)> segments = _segments ??= new List<(int From, int To)>();
            if (_lookUpEveryWord)
            {
                foreach (Sentence sentence in context.Sentences)
                {
                    FindEverywhere(context, sentence, conjunctions, places, segments, result);
                }
            }
            else
            {
                FindNearCommas(context, conjunctions, places, segments, result);
            }
        }

        FindMarkdownLists(context, places, result);
        return ScratchBuilder<Enumeration>.ToImmutableAndReturn(result);
    }

    /// <summary>
    /// Adds the inline enumerations of every block with a comma, in reading order. An enumeration's conjunction follows
    /// an item of 1 to <see cref="MaxItemWords"/> words (numbers included) that a comma opens, with a comma of its own
    /// after it or not (<see cref="ReadAt"/> reads nothing else): each block's tokens are walked from comma to comma,
    /// and only the words after such an item are looked up. The sentence, which bounds the items, is found for the few
    /// words that are conjunctions.
    /// </summary>
    private static void FindNearCommas(ArticleContext context, WordSet conjunctions, PlaceCatalog places, List<(int From, int To)> segments, ImmutableArray<Enumeration>.Builder result)
    {
        var sentences = new SentenceCursor(context);
        foreach (ProseBlock block in context.Document.Blocks)
        {
            string text = block.Text;
            int firstComma = text.IndexOf(',');
            if (firstComma < 0)
            {
                continue;
            }

            ImmutableArray<Token> all = context.TokensOf(block);
            ReadOnlySpan<Token> tokens = all.AsSpan();
            int k = NextComma(text, tokens, FirstAtOrAfter(tokens, firstComma, 0, tokens.Length));
            while (k < tokens.Length)
            {
                // tokens[k] is a comma: the words after its first item word, up to the item's last possible word.
                int end = Math.Min(tokens.Length, k + MaxItemWords + 2);
                int j = k + 1;
                if (j < end && IsItemToken(tokens[j]))
                {
                    for (j = ItemEndOrConjunction(text, tokens, j + 1, end, conjunctions); j < end && IsItemToken(tokens[j]); j = ItemEndOrConjunction(text, tokens, j + 1, end, conjunctions))
                    {
                        Add(ReadAt(block, all, j, sentences, places, segments), result);
                    }
                }

                if (j > k + 1 && j - k - 1 <= MaxItemWords && j < tokens.Length && IsComma(tokens[j], text))
                {
                    // An item closed by a comma: the word after that comma ("A, B, and C"); the comma opens the next item.
                    if (j + 1 < tokens.Length && IsConjunction(text, tokens[j + 1], conjunctions))
                    {
                        Add(ReadAt(block, all, j + 1, sentences, places, segments), result);
                    }

                    k = j;
                    continue;
                }

                k = NextComma(text, tokens, j);
            }
        }
    }

    /// <summary>
    /// The index of the first token of tokens[from..end) that is a conjunction or no word or number (which ends an
    /// item), or <paramref name="end"/>: a loop of its own, with few values to keep in registers, over the 1 to
    /// <see cref="MaxItemWords"/> words after each comma.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int ItemEndOrConjunction(string text, ReadOnlySpan<Token> tokens, int from, int end, WordSet conjunctions)
    {
        for (int j = from; j < end; j++)
        {
            Token token = tokens[j];
            if (!IsItemToken(token) || IsConjunction(text, token, conjunctions))
            {
                return j;
            }
        }

        return end;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsConjunction(string text, Token token, WordSet conjunctions) =>
        MayBeConjunction(text, token, conjunctions) && conjunctions.Contains(text, token.Start, token.Length);

    private static void Add(Enumeration? enumeration, ImmutableArray<Enumeration>.Builder result)
    {
        if (enumeration is not null)
        {
            result.Add(enumeration);
        }
    }

    /// <summary>The enumeration whose conjunction is all[k], in its sentence, or null.</summary>
    private static Enumeration? ReadAt(ProseBlock block, ImmutableArray<Token> all, int k, SentenceCursor sentences, PlaceCatalog places, List<(int From, int To)> segments)
    {
        if (sentences.Containing(block, all[k].Start) is not { } sentence)
        {
            return null;
        }

        ReadOnlySpan<Token> tokens = all.AsSpan();
        int first = FirstAtOrAfter(tokens, sentence.Start, 0, k);
        int end = FirstAtOrAfter(tokens, sentence.End, k + 1, tokens.Length);
        return ReadAt(block, all, first, end, k, places, segments);
    }

    /// <summary>
    /// The index of the first comma token at or after token <paramref name="k"/>, or the count: a loop of its own, with
    /// no call in it, over the words and numbers that are most tokens.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int NextComma(string text, ReadOnlySpan<Token> tokens, int k)
    {
        for (; k < tokens.Length; k++)
        {
            if (tokens[k].Kind == TokenKind.Symbol && text[tokens[k].Start] == ',')
            {
                break;
            }
        }

        return k;
    }

    /// <summary>The reference <see cref="FindNearCommas"/> must agree with: every word of the sentence looked up (for tests).</summary>
    private static void FindEverywhere(ArticleContext context, Sentence sentence, WordSet conjunctions, PlaceCatalog places, List<(int From, int To)> segments, ImmutableArray<Enumeration>.Builder result)
    {
        ImmutableArray<Token> all = context.TokensOf(sentence.Block);
        ReadOnlySpan<Token> tokens = all.AsSpan();
        int first = FirstAtOrAfter(tokens, sentence.Start, 0, tokens.Length);
        int end = FirstAtOrAfter(tokens, sentence.End, first, tokens.Length);
        FindAt(sentence.Block, all, first, end, first, end, conjunctions, places, segments, result);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool MayBeConjunction(string text, Token token, WordSet conjunctions) =>
        token.Kind == TokenKind.Word && conjunctions.MayContain(text, token.Start, token.Length);

    /// <summary>Adds the enumerations whose conjunction is a word of all[from..to), in the sentence all[first..end).</summary>
    private static void FindAt(ProseBlock block, ImmutableArray<Token> all, int first, int end, int from, int to, WordSet conjunctions, PlaceCatalog places, List<(int From, int To)> segments, ImmutableArray<Enumeration>.Builder result)
    {
        string text = block.Text;
        for (int k = from; k < to; k++)
        {
            Token conjunction = all[k];
            if (MayBeConjunction(text, conjunction, conjunctions) && conjunctions.Contains(text, conjunction.Start, conjunction.Length)
                && ReadAt(block, all, first, end, k, places, segments) is { } enumeration)
            {
                result.Add(enumeration);
            }
        }
    }

    /// <summary>The enumeration whose conjunction is all[k], in the sentence all[first..end), or null.</summary>
    private static Enumeration? ReadAt(ProseBlock block, ImmutableArray<Token> all, int first, int end, int k, PlaceCatalog places, List<(int From, int To)> segments)
    {
        string text = block.Text;

        // Items before the conjunction, right to left: [item] , [item] , ... [,] conj
        segments.Clear();
        int i = k - 1;
        if (i >= first && IsComma(all[i], text))
        {
            i--;
        }

        bool openStart = false;
        while (i >= first)
        {
            int to = i + 1;
            int from = to;
            while (from - 1 >= first && IsItemToken(all[from - 1]))
            {
                from--;
            }

            if (from == to)
            {
                break;
            }

            bool closedByComma = from - 1 >= first && IsComma(all[from - 1], text);
            if (to - from > MaxItemWords || !closedByComma)
            {
                // The first item runs into the sentence ("meliputi ibu kota Kyiv"): keep its last words only.
                segments.Add((from, to));
                openStart = true;
                break;
            }

            segments.Add((from, to));
            i = from - 2;
        }

        if (segments.Count < 2)
        {
            return null;
        }

        // The last item: the words after the conjunction, no longer than the item before it.
        int lastFrom = k + 1;
        int lastTo = lastFrom;
        int previousWords = segments[0].To - segments[0].From;
        while (lastTo < end && IsItemToken(all[lastTo]) && lastTo - lastFrom < Math.Max(previousWords, 1))
        {
            lastTo++;
        }

        if (lastTo == lastFrom)
        {
            return null;
        }

        // "Paris, Texas, and Paris, France": a comma right after the last item makes the roles ambiguous.
        if (lastTo < end && IsComma(all[lastTo], text))
        {
            return null;
        }

        segments.Reverse();
        if (openStart)
        {
            int keep = Math.Max(1, segments.Count > 1 ? segments[1].To - segments[1].From : 1);
            (int from0, int to0) = segments[0];
            segments[0] = (Math.Max(from0, to0 - keep), to0);
        }

        segments.Add((lastFrom, lastTo));
        TrimToNames(all, text, segments);
        if (segments.Count < 3)
        {
            return null;
        }

        var items = ImmutableArray.CreateBuilder<EnumerationItem>(segments.Count);
        foreach ((int from, int to) in segments)
        {
            int start = all[from].Start;
            int length = all[to - 1].End - start;
            if (IsAllNumbers(all, from, to))
            {
                // "2, 3, and 2" are values, which may repeat; they are not names.
                items.Add(new EnumerationItem(start, length, text.Substring(start, length), "#" + start.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                continue;
            }

            items.Add(new EnumerationItem(text, start, length, places));
        }

        return new Enumeration(block, items.MoveToImmutable(), false, ImmutableArray<ProseBlock>.Empty);
    }

    private static void FindMarkdownLists(ArticleContext context, PlaceCatalog places, ImmutableArray<Enumeration>.Builder result)
    {
        // Made at the first list item: most articles have no list.
        MarkdownListParagraphs? lists = null;
        foreach (ProseBlock block in context.Document.Blocks)
        {
            if (block.IsListItem && block.Kind == ProseKind.Paragraph)
            {
                (lists ??= new MarkdownListParagraphs()).Add(block);
            }
        }

        if (lists is null)
        {
            return;
        }

        foreach (List<ProseBlock> blocks in lists.InOrder)
        {
            if (blocks.Count < 2)
            {
                continue;
            }

            var items = ImmutableArray.CreateBuilder<EnumerationItem>(blocks.Count);
            var itemBlocks = ImmutableArray.CreateBuilder<ProseBlock>(blocks.Count);
            foreach (ProseBlock block in blocks)
            {
                items.Add(new EnumerationItem(block.Text, 0, LengthWithoutEnding(block.Text), places));
                itemBlocks.Add(block);
            }

            result.Add(new Enumeration(blocks[0], items.MoveToImmutable(), true, itemBlocks.MoveToImmutable()));
        }
    }

    public IEnumerable<Explanation> Explain(object mentions)
    {
        foreach (Enumeration enumeration in (ImmutableArray<Enumeration>)mentions)
        {
            EnumerationItem first = enumeration.Items[0];
            EnumerationItem last = enumeration.Items[enumeration.Items.Length - 1];
            ProseBlock lastBlock = enumeration.BlockOf(enumeration.Items.Length - 1);
            int start = enumeration.BlockOf(0).ToSource(first.Start, first.Length).Start;
            int end = lastBlock.ToSource(last.Start, last.Length).End;
            var items = new string[enumeration.Items.Length];
            for (int i = 0; i < items.Length; i++)
            {
                items[i] = enumeration.Items[i].Text;
            }

            yield return new Explanation(
                "enumeration",
                Text.TextSpan.FromBounds(start, Math.Max(start, end)),
                new Dictionary<string, string>
                {
                    ["items"] = string.Join(" | ", items),
                    ["source"] = enumeration.IsMarkdownList ? "markdown-list" : "sentence",
                });
        }
    }

    /// <summary>
    /// When the last two items are names (capitalised), the list is a list of names: each item keeps its trailing run
    /// of capitalised words ("meliputi ibu kota Kyiv" → "Kyiv"), and a leading segment that ends in a lower-case word
    /// ("telah hadir") is a clause, not an item, so it and everything before it are dropped.
    /// </summary>
    private static void TrimToNames(ImmutableArray<Token> tokens, string text, List<(int From, int To)> segments)
    {
        int n = segments.Count;
        if (!StartsUpper(tokens, text, segments[n - 1].From) || !StartsUpper(tokens, text, segments[n - 2].From))
        {
            return;
        }

        for (int s = n - 1; s >= 0; s--)
        {
            (int from, int to) = segments[s];
            if (!StartsUpper(tokens, text, to - 1))
            {
                segments.RemoveRange(0, s + 1);
                return;
            }

            int start = to - 1;
            while (start - 1 >= from && StartsUpper(tokens, text, start - 1))
            {
                start--;
            }

            segments[s] = (start, to);
        }
    }

    /// <summary>The length of a list item's text without the full stops, commas, semicolons and spaces it ends with.</summary>
    private static int LengthWithoutEnding(string text)
    {
        int length = text.Length;
        while (length > 0 && text[length - 1] is '.' or ',' or ';' or ' ')
        {
            length--;
        }

        return length;
    }

    private static bool StartsUpper(ImmutableArray<Token> tokens, string text, int index) =>
        tokens[index].Kind == TokenKind.Word && char.IsUpper(text[tokens[index].Start]);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsItemToken(Token token) => token.Kind == TokenKind.Word || token.Kind == TokenKind.Number;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsComma(Token token, string text) => token.Kind == TokenKind.Symbol && text[token.Start] == ',';

    private static bool IsAllNumbers(ImmutableArray<Token> tokens, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            if (tokens[i].Kind != TokenKind.Number)
            {
                return false;
            }
        }

        return true;
    }

    private static int FirstAtOrAfter(ReadOnlySpan<Token> tokens, int offset, int from, int to) => OffsetSearch.FirstTokenAtOrAfter(tokens, offset, from, to);
}
