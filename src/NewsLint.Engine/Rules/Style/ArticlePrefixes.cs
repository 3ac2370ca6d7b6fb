namespace NewsLint.Rules.Style;

/// <summary>
/// The word prefixes (<see cref="BlockPrefixes.PrefixOf"/>) of a whole article, in a 2048-bit Bloom filter filled by
/// every block's <see cref="BlockPrefixes"/>: large enough for the few dozen words an article records (those whose start
/// the vocabulary knows), where the blocks' 64-bit filters together would say yes to nearly anything. A pattern whose
/// matches must begin a word with a prefix the article lacks need not look at any of its units.
/// </summary>
internal sealed class ArticlePrefixes
{
    /// <summary>log2 of the filter's size in bits.</summary>
    public const int Bits = 11;

    private readonly ulong[] _words = new ulong[(1 << Bits) / 64];

    /// <summary>The starts the blocks recorded words for (<see cref="StyleVocabulary.Starts"/>); others are answered "maybe".</summary>
    private readonly ulong[] _known;

    /// <summary>A filter of every word of every block (<see cref="StyleVocabulary.Everything"/>).</summary>
    public ArticlePrefixes()
        : this(StyleVocabulary.Everything)
    {
    }

    /// <summary>A filter of the words of every block that begin with a start <paramref name="vocabulary"/> knows.</summary>
    public ArticlePrefixes(StyleVocabulary vocabulary)
    {
        Vocabulary = vocabulary;
        _known = vocabulary.Starts;
    }

    /// <summary>The starts whose words the blocks record.</summary>
    public StyleVocabulary Vocabulary { get; }

    /// <summary>The keys of the article's whole words (<see cref="BlockPrefixes.TryWordKey"/>), in a filter of the same size.</summary>
    private readonly ulong[] _wholeWords = new ulong[(1 << Bits) / 64];

    /// <summary>The ASCII characters other than letters and digits the article holds (<see cref="BlockPrefixes.SymbolsOf"/>).</summary>
    private ulong _symbols;

    private ulong _lowerSymbols;

    /// <summary>Adds a block's ASCII characters other than letters and digits.</summary>
    public void AddSymbols(ulong symbols, ulong lowerSymbols)
    {
        _symbols |= symbols;
        _lowerSymbols |= lowerSymbols;
    }

    /// <summary>
    /// False when each literal holds an ASCII character other than a letter or digit (a parenthesis, a percent sign, a
    /// space) that no block of the article holds; <paramref name="symbols"/> has two words a literal
    /// (<see cref="BlockPrefixes.SymbolsOf"/>). No case folding changes such a character.
    /// </summary>
    public bool MayHoldAny(ulong[] symbols)
    {
        for (int i = 0; i + 1 < symbols.Length; i += 2)
        {
            if ((symbols[i] & ~_symbols) == 0 && (symbols[i + 1] & ~_lowerSymbols) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The prefix filter's words, for <see cref="BlockPrefixes"/> to set a prefix's two bits (<see cref="BlockPrefixes.PrefixBits"/>).</summary>
    internal ulong[] PrefixFilter => _words;

    /// <summary>The whole-word filter's words, for <see cref="BlockPrefixes"/> to set a word key's two bits.</summary>
    internal ulong[] WholeWordFilter => _wholeWords;

    /// <summary>
    /// False when for every set of word keys some key is no whole run of ASCII letters and digits in the article
    /// (each set: the words a token of a token list needs, <see cref="StylePattern.FromTokens"/>, as pairs of a word's
    /// <see cref="BlockPrefixes.TryWordKey"/> key and its <see cref="BlockPrefixes.StartOf"/> start).
    /// </summary>
    public bool MayHoldAllOfAny(uint[][] keySets)
    {
        foreach (uint[] keys in keySets)
        {
            bool all = true;
            for (int i = 0; i + 1 < keys.Length; i += 2)
            {
                (int first, int second) = BlockPrefixes.PrefixBits((int)keys[i]);
                all &= !StyleVocabulary.Knows(_known, keys[i + 1])
                    || ((_wholeWords[first >> 6] & (1UL << first)) != 0 && (_wholeWords[second >> 6] & (1UL << second)) != 0);
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>False when no run of ASCII letters and digits in the article begins with any of the prefixes.</summary>
    public bool MayBeginAnyWord(int[] prefixes)
    {
        foreach (int prefix in prefixes)
        {
            (int first, int second) = BlockPrefixes.PrefixBits(prefix);
            if (!StyleVocabulary.Knows(_known, (uint)prefix) || ((_words[first >> 6] & (1UL << first)) != 0 && (_words[second >> 6] & (1UL << second)) != 0))
            {
                return true;
            }
        }

        return false;
    }
}
