using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using NewsLint.Analysis;
using NewsLint.Language;
using NewsLint.Markdown;
using NewsLint.Recognizers.Quotations;

namespace NewsLint.Rules.Style;

/// <summary>
/// An article as style rules see it: its prose blocks cut into units for a scope, and which text is quoted. Built
/// once per article and shared by every style rule.
/// </summary>
public sealed class StyleText
{
    private readonly ArticleContext _context;
    private List<(int Start, int End)>[]? _quoted;
    private BlockPrefixes?[]? _blockPrefixes;

    /// <summary>Whether the blocks' prefixes are read from their tokens (decided once per article).</summary>
    private bool _fromTokens;

    /// <summary>Filled by every block's <see cref="BlockPrefixes"/> as it is built; complete once all blocks are.</summary>
    private readonly ArticlePrefixes _prefixes;

    /// <summary>Set by <see cref="Filters"/>: 1 when the filter stands for the article, -1 when it must not.</summary>
    private int _prefixesState;

    /// <summary>Whether every unit of a scope begins a word (<see cref="UnitsBeginWords"/>), by the key of <see cref="Units"/>.</summary>
    private readonly Dictionary<int, bool> _unitsBeginWords = new();

    /// <summary>Units already cut, by <see cref="StyleUnit"/> and <see cref="StyleBlocks"/>: most rules share a scope.</summary>
    private readonly Dictionary<int, StyleSpan[]> _units = new();

    /// <summary>An article whose filters record every word: any pattern's tests find what they need.</summary>
    public StyleText(ArticleContext context)
        : this(context, StyleVocabulary.Everything)
    {
    }

    /// <summary>
    /// An article whose filters record the words <paramref name="vocabulary"/> knows the starts of (another pattern's
    /// tests are answered "maybe").
    /// </summary>
    internal StyleText(ArticleContext context, StyleVocabulary vocabulary)
    {
        _context = context;
        _prefixes = new ArticlePrefixes(vocabulary);
    }

    /// <summary>
    /// The units of <paramref name="scope"/> in reading order (an <see cref="StyleUnit.Article"/> scope gives its
    /// blocks). The array is shared by every rule of the scope: read it, never write it.
    /// </summary>
    internal StyleSpan[] Units(StyleScope scope)
    {
        // Cut once per article and scope, then shared by every rule and pattern of that scope: a rule with twenty
        // swaps walks the units twenty times.
        int key = KeyOf(scope);
        if (!_units.TryGetValue(key, out StyleSpan[]? units))
        {
            _units[key] = units = Cut(scope);
        }

        return units;
    }

    /// <summary>
    /// Whether no unit of the scope starts right after an ASCII letter or digit of its block: where a pattern's
    /// look-behind rules those out, its every match then begins a word of the block.
    /// </summary>
    internal bool UnitsBeginWords(StyleScope scope)
    {
        // A unit of whole blocks starts at its block's start: answered without cutting the units (most articles then
        // cut none for a rule whose every pattern the article's filters settle).
        if (scope.Unit != StyleUnit.Sentence)
        {
            return true;
        }

        int key = KeyOf(scope);
        if (!_unitsBeginWords.TryGetValue(key, out bool begin))
        {
            begin = true;
            foreach (StyleSpan unit in Units(scope))
            {
                begin &= unit.Start == 0 || !BlockPrefixes.IsWordChar(unit.Block.Text[unit.Start - 1]);
            }

            _unitsBeginWords[key] = begin;
        }

        return begin;
    }

    /// <summary>
    /// Whether no unit of the scope starts right after, or ends right before, an ASCII letter or digit of its block
    /// (<see cref="UnitsBeginWords"/> at both ends): a whole word of a match is then a whole word of its block.
    /// </summary>
    internal bool UnitsBoundWords(StyleScope scope)
    {
        // A unit of whole blocks also ends at its block's end.
        if (scope.Unit != StyleUnit.Sentence)
        {
            return true;
        }

        int key = KeyOf(scope) | EndsToo;
        if (!_unitsBeginWords.TryGetValue(key, out bool bound))
        {
            bound = UnitsBeginWords(scope);
            foreach (StyleSpan unit in Units(scope))
            {
                int end = unit.Start + unit.Length;
                bound &= end == unit.Block.Text.Length || !BlockPrefixes.IsWordChar(unit.Block.Text[end]);
            }

            _unitsBeginWords[key] = bound;
        }

        return bound;
    }

    /// <summary>Marks a key of <see cref="_unitsBeginWords"/> that asks about the ends of units as well.</summary>
    private const int EndsToo = 1 << 16;

    /// <summary>
    /// The word prefixes and whole words of every block of the article, or null when a block holds a case oddity
    /// (<see cref="BlockPrefixes.HasCaseOddities"/>): a unit of it is matched the plain way, which no prefix settles.
    /// </summary>
    internal ArticlePrefixes? WordPrefixes()
    {
        ArticlePrefixes filters = Filters();
        return _prefixesState > 0 ? filters : null;
    }

    /// <summary>The article's filters once every block has added to them, whatever case oddities the blocks hold.</summary>
    internal ArticlePrefixes Filters()
    {
        if (_prefixesState == 0)
        {
            _prefixesState = 1;
            foreach (ProseBlock block in _context.Document.Blocks)
            {
                if (PrefixesOf(block).HasCaseOddities)
                {
                    _prefixesState = -1;
                }
            }
        }

        return _prefixes;
    }

    /// <summary>The article's sentences, for a rule that reads each sentence unit once (<see cref="UnitOf"/>).</summary>
    internal ImmutableArray<Sentence> Sentences => _context.Sentences;

    /// <summary>Whether the units of <paramref name="scope"/> include those of <paramref name="block"/>.</summary>
    internal static bool InScope(StyleScope scope, ProseBlock block) => Includes(scope.Blocks, block);

    /// <summary>
    /// The unit of a sentence in a sentence scope (<see cref="InScope"/>), as <see cref="Units"/> gives it, made without
    /// an array of every sentence.
    /// </summary>
    internal StyleSpan UnitOf(in Sentence sentence) => new(sentence.Block, sentence.Start, sentence.Length, PrefixesOf(sentence.Block));

    /// <summary>
    /// The tokens of <paramref name="block"/> when another family has made them (every full run), for a bound read
    /// from them; false when they were not made (making them costs more than the bound spares).
    /// </summary>
    internal bool TryTokensOf(ProseBlock block, out ImmutableArray<Token> tokens)
    {
        tokens = _context.HasTokens ? _context.TokensOf(block) : default;
        return !tokens.IsDefault;
    }

    private static int KeyOf(StyleScope scope) => ((int)scope.Unit << 8) | (int)scope.Blocks;

    private StyleSpan[] Cut(StyleScope scope)
    {
        // Filled in place, with no list to grow and no iterator: a scope mostly takes every sentence or block.
        int n = 0;
        StyleSpan[] units;
        if (scope.Unit == StyleUnit.Sentence)
        {
            ImmutableArray<Sentence> sentences = _context.Sentences;
            units = new StyleSpan[sentences.Length];
            foreach (Sentence sentence in sentences)
            {
                if (Includes(scope.Blocks, sentence.Block))
                {
                    units[n++] = new StyleSpan(sentence.Block, sentence.Start, sentence.Length, PrefixesOf(sentence.Block));
                }
            }
        }
        else
        {
            ImmutableArray<ProseBlock> blocks = _context.Document.Blocks;
            units = new StyleSpan[blocks.Length];
            foreach (ProseBlock block in blocks)
            {
                if (Includes(scope.Blocks, block))
                {
                    units[n++] = new StyleSpan(block, 0, block.Text.Length, PrefixesOf(block));
                }
            }
        }

        if (n < units.Length)
        {
            Array.Resize(ref units, n);
        }

        return units;
    }

    /// <summary>Whether a match starting at <paramref name="index"/> of <paramref name="block"/> passes the scope's quotation filter.</summary>
    public bool Passes(QuotationFilter filter, ProseBlock block, int index) => filter switch
    {
        QuotationFilter.Exclude => !IsQuoted(block, index),
        QuotationFilter.Only => IsQuoted(block, index),
        _ => true,
    };

    /// <summary>Whether the character at <paramref name="index"/> of <paramref name="block"/> is inside a quotation (its marks included).</summary>
    public bool IsQuoted(ProseBlock block, int index)
    {
        _quoted ??= BuildQuoted();
        List<(int Start, int End)>? ranges = _quoted[block.Index];
        if (ranges is null)
        {
            return false;
        }

        foreach ((int start, int end) in ranges)
        {
            if (index >= start && index < end)
            {
                return true;
            }
        }

        return false;
    }

    private BlockPrefixes PrefixesOf(ProseBlock block)
    {
        // From the tokens when another family has made them (every full run), else character by character: the
        // tokenizer costs more than the pass it would spare. Both record at least every start the vocabulary knows.
        if (_blockPrefixes is null)
        {
            _blockPrefixes = new BlockPrefixes?[_context.Document.Blocks.Length];
            _fromTokens = _context.HasTokens;
        }

        return _blockPrefixes[block.Index] ??= _fromTokens
            ? new BlockPrefixes(block.Text, _context.TokensOf(block).AsSpan(), _prefixes)
            : new BlockPrefixes(block.Text, _prefixes);
    }

    private static bool Includes(StyleBlocks blocks, ProseBlock block)
    {
        StyleBlocks kind = block.Kind switch
        {
            ProseKind.Heading => StyleBlocks.Heading,
            ProseKind.TableCell => StyleBlocks.Table,
            _ => block.IsListItem ? StyleBlocks.List : StyleBlocks.Paragraph,
        };
        return (blocks & kind) != 0;
    }

    private List<(int Start, int End)>[] BuildQuoted()
    {
        var quoted = new List<(int Start, int End)>[_context.Document.Blocks.Length];
        foreach (Quotation quotation in _context.Get(QuotationRecognizer.Instance).Quotations)
        {
            if (quotation.Parent is not null)
            {
                continue;
            }

            foreach (QuotationPart part in quotation.Parts)
            {
                (quoted[part.Block.Index] ??= new List<(int Start, int End)>()).Add((part.OpenStart, part.End));
            }
        }

        return quoted;
    }
}

/// <summary>A range of one block's text: a unit of a scope.</summary>
public readonly struct StyleSpan
{
    public StyleSpan(ProseBlock block, int start, int length)
        : this(block, start, length, null)
    {
    }

    internal StyleSpan(ProseBlock block, int start, int length, BlockPrefixes? prefixes)
    {
        Block = block;
        Start = start;
        Length = length;
        Prefixes = prefixes;
    }

    public ProseBlock Block { get; }

    public int Start { get; }

    public int Length { get; }

    /// <summary>The word prefixes of the whole block (a superset of the unit's), or null when not known.</summary>
    internal BlockPrefixes? Prefixes { get; }

    /// <summary>A position comparable across blocks, in reading order.</summary>
    public static long Order(ProseBlock block, int index) => ((long)block.Index << 32) | (uint)index;
}
