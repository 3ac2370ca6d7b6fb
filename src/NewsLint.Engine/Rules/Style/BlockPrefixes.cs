using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using NewsLint.Language;

namespace NewsLint.Rules.Style;

/// <summary>
/// Which four-character prefixes the words (runs of ASCII letters and digits) of a block begin with, in a 64-bit
/// Bloom filter of one bit a prefix, and whether the block holds a case oddity: one pass per block and article, after which a literal that
/// must begin a word needs no search in a block that begins no word with it. The pass also fills the article's larger
/// filter (<see cref="ArticlePrefixes"/>).
/// </summary>
/// <remarks>
/// The filter of which character pairs a block holds, kept here before, was dropped: it cost most of this pass (its
/// table was written at every character), and the literal searches it spared are short.
/// </remarks>
internal sealed class BlockPrefixes
{
    private const int Codes = 38;

    /// <summary>
    /// <see cref="Code"/> of each ASCII letter and digit, 0 for every other ASCII character: data of the executable,
    /// whose length the compiler knows, so a lookup after a test for ASCII has no bounds check.
    /// </summary>
    private static System.ReadOnlySpan<byte> Codes128 => new byte[]
    {
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 0, 0, 0, 0, 0, 0,
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
        16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 0, 0, 0, 0, 0,
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
        16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 0, 0, 0, 0, 0,
    };

    /// <summary>
    /// The block's filter: one bit a prefix (<see cref="BlockBit"/>). A block records a word or two whose start the
    /// vocabulary knows, so 64 bits say "no" nearly as often as 512 did, with no array to allocate per block.
    /// </summary>
    private readonly ulong _bits;

    /// <summary>The starts the pass recorded words for (<see cref="StyleVocabulary.Starts"/>); others are answered "maybe".</summary>
    private readonly ulong[] _known;

    /// <summary>
    /// The block's ASCII characters other than letters and digits, as the article's filter takes them
    /// (<see cref="ArticlePrefixes.AddSymbols"/>): kept per block so that a literal holding a parenthesis or a percent
    /// sign is not searched for in a block without one.
    /// </summary>
    private readonly ulong _symbols;

    private readonly ulong _lowerSymbols;

    /// <summary>
    /// Bit c % 64 of each character above ASCII the pass noted (<see cref="OthersOf"/>): the dashes of a literal are
    /// not searched for in a block without them.
    /// </summary>
    private readonly ulong _others;

    /// <summary>How many leading characters of a word <see cref="MayBeginWord"/> knows.</summary>
    private const int PrefixLength = 4;

    public BlockPrefixes(string text)
        : this(text, new ArticlePrefixes())
    {
    }

    /// <summary>
    /// The word prefixes of <paramref name="text"/>, read character by character; they also go into
    /// <paramref name="article"/>.
    /// </summary>
    public BlockPrefixes(string text, ArticlePrefixes article)
    {
        _known = article.Vocabulary.Starts;
        var pass = new Pass(text, article);
        int n = text.Length;
        int i = 0;
        while (i < n)
        {
            char c = text[i];
            if (!IsWordChar(c))
            {
                pass.Note(c);
                i++;
                continue;
            }

            // A run begins; the rest of it begins none.
            i = pass.AddRun(i);
            while (i < n && IsWordChar(text[i]))
            {
                i++;
            }
        }

        HasCaseOddities = pass.Finish();
        _bits = pass.BlockBits;
        (_symbols, _lowerSymbols, _others) = pass.Symbols;
    }

    /// <summary>
    /// The word prefixes of <paramref name="text"/> from its <paramref name="tokens"/> (<see cref="Tokenizer"/>), which
    /// the other families have already made: only the first characters of most words are read. They also go into
    /// <paramref name="article"/>.
    /// </summary>
    /// <remarks>
    /// Most tokens, ASCII words, are settled by <see cref="ReadHead"/>; the others are read by <see cref="Read"/>.
    /// </remarks>
    public BlockPrefixes(string text, ReadOnlySpan<Token> tokens, ArticlePrefixes article)
    {
        _known = article.Vocabulary.Starts;
        var pass = new Pass(text, article);
        pass.Note(' ');
        ulong[] known = _known;
        if (!StyleVocabulary.IsFullBitmap(known))
        {
            throw new ArgumentException("The vocabulary's bitmap is not of full size.", nameof(article));
        }

        int head = HeadWithFourCharacters(text, tokens);
        ReadHead(ref pass, tokens.Slice(0, head), ref StyleVocabulary.FirstOf(known));
        foreach (Token token in tokens.Slice(head))
        {
            // A block's last token is most often a full stop, noted as the loop notes symbols.
            if (token.Kind == TokenKind.Symbol)
            {
                pass.Note(text[token.Start]);
            }
            else
            {
                Read(ref pass, token);
            }
        }

        HasCaseOddities = pass.Finish();
        _bits = pass.BlockBits;
        (_symbols, _lowerSymbols, _others) = pass.Symbols;
    }

    /// <summary>
    /// How many tokens, from the first, start four characters or more before the text's end: all but the last few.
    /// Tokens are in text order (the tokenizer's), so the last of them that does bounds all before it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int HeadWithFourCharacters(string text, ReadOnlySpan<Token> tokens)
    {
        int head = tokens.Length;
        while (head > 0 && (uint)(tokens[head - 1].Start + PrefixLength) > (uint)text.Length)
        {
            head--;
        }

        return head;
    }

    /// <summary>
    /// The tokens that start four characters or more before the text's end (<see cref="HeadWithFourCharacters"/>):
    /// the first four characters of each are read with no bounds test. Most tokens, ASCII words, are settled here with
    /// no call; the others go to <see cref="Read"/>.
    /// </summary>
    private static void ReadHead(ref Pass pass, ReadOnlySpan<Token> tokens, ref ulong known)
    {
        // Walked by reference, not by index, and with no more values live across the calls than there are registers
        // kept across them (the pass, the text's characters, the bitmap, the token and the end), so that the loop keeps
        // them all in registers: it runs once a token. The rest is read from the pass where needed.
        ref char chars = ref MemoryMarshal.GetReference(pass.Text.AsSpan());
        ref Token token = ref MemoryMarshal.GetReference(tokens);
        ref Token end = ref Unsafe.Add(ref token, tokens.Length);
        for (; Unsafe.IsAddressLessThan(ref token, ref end); token = ref Unsafe.Add(ref token, 1))
        {
            // Most tokens: a word of ASCII letters only, whose first four characters are read in one load with no test
            // of each; the bitmap is read with no bounds check (its size was tested by the caller).
            nuint start = (uint)token.Start;
            if (token.IsAsciiLetters)
            {
                ulong first4 = Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<char, byte>(ref Unsafe.Add(ref chars, start))) | 0x0020002000200020UL;
                if (token.IsShorterThan(PrefixLength))
                {
                    int length = token.Length;
                    // The run ends with the word unless a digit follows it (in the text: the word is shorter than four).
                    if ((uint)(Unsafe.Add(ref chars, start + (uint)length) - '0') <= 9)
                    {
                        pass.AddRun((int)start);
                        continue;
                    }

                    // A short word of a length no start has is passed over; the lanes past another are left out.
                    if ((pass.ShortLengths & (1 << length)) == 0)
                    {
                        continue;
                    }

                    first4 &= (1UL << (16 * length)) - 1;
                }

                if (StyleVocabulary.KnowsFolded(ref known, first4))
                {
                    // The run is the word unless a digit follows it (a letter cannot: the word would go on).
                    int length = token.Length;
                    int after = (int)start + length;
                    string text = pass.Text;
                    if (after < text.Length && (uint)(text[after] - '0') <= 9)
                    {
                        pass.AddRun((int)start);
                    }
                    else
                    {
                        pass.AddWord((int)start, length, first4);
                    }
                }

                continue;
            }

            if (token.Kind == TokenKind.Symbol)
            {
                // The next most common token, noted here with no call.
                pass.Note(Unsafe.Add(ref chars, start));
                continue;
            }

            Read(ref pass, token);
        }
    }

    private BlockPrefixes(ulong[] known, ulong bits, bool hasCaseOddities, (ulong Symbols, ulong LowerSymbols, ulong Others) symbols)
    {
        _known = known;
        _bits = bits;
        HasCaseOddities = hasCaseOddities;
        (_symbols, _lowerSymbols, _others) = symbols;
    }

    /// <summary>
    /// The pass from tokens with every token sent to <see cref="Read"/>: the reference the tests compare the loop's
    /// shortcuts with.
    /// </summary>
    internal static BlockPrefixes ReadEachToken(string text, ReadOnlySpan<Token> tokens, ArticlePrefixes article)
    {
        var pass = new Pass(text, article);
        pass.Note(' ');
        foreach (Token token in tokens)
        {
            Read(ref pass, token);
        }

        return new BlockPrefixes(article.Vocabulary.Starts, pass.BlockBits, pass.Finish(), pass.Symbols);
    }

    /// <summary>Reads one token into <paramref name="pass"/>: any token, though most are settled before.</summary>
    /// <remarks>
    /// A run begins at an ASCII letter or digit after none. A letter is in
    /// a word token, a digit in a number token. In a word, the character before a run that is not the token's first is
    /// an apostrophe, a hyphen or above ASCII: these are found in the words the tokenizer did not find to be ASCII
    /// letters only (<see cref="Token.IsAsciiLetters"/>), noted, and a run is tried after each. A word's own start is
    /// read in one 64-bit load, and the rest of it only when the vocabulary knows that start. Numbers (few) are read
    /// character by character. The other ASCII characters that are no letter or digit are in symbol tokens or are the
    /// separators of numbers; a space is taken to be there. Trying a run where none begins (after a digit) only
    /// records more than there is.
    /// </remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Read(ref Pass pass, Token token)
    {
        string text = pass.Text;
        ulong[] known = pass.Known;
        int start = token.Start;
        int length = token.Length;
        TokenKind kind = token.Kind;
        if (kind == TokenKind.Word)
        {
            if (!token.IsAsciiLetters)
            {
                pass.AfterJoiners(start, start + length);
            }
            if (length >= PrefixLength && (uint)(start + PrefixLength) <= (uint)text.Length)
            {
                // Most words: their first four characters are in the text, read with no second test.
                if (!BeginsUnknownStart(text, start, known))
                {
                    pass.AddRun(start);
                }

                return;
            }

            // A short word of a length no start has is passed over unless a digit continues its run.
            if (length < PrefixLength && (pass.ShortLengths & (1 << length)) == 0
                && (start + length == text.Length || (uint)(text[start + length] - '0') > 9))
            {
                return;
            }

            if (!BeginsUnknownRun(text, start, length, known))
            {
                pass.AddRun(start);
            }
        }
        else if (kind == TokenKind.Symbol)
        {
            pass.Note(text[start]);
        }
        else
        {
            pass.AddToken(start, start + length);
        }
    }

    /// <summary>
    /// True when a word token surely begins a run the pass records nothing of: its first four characters (all of it
    /// when shorter, and then no digit follows) are ASCII letters, read in one 64-bit load, and the vocabulary does not
    /// know their <see cref="StartKey"/>. False sends the word to <see cref="Pass.AddRun"/>, which reads it character
    /// by character.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool BeginsUnknownRun(string text, int start, int length, ulong[] known)
    {
        if (start + PrefixLength > text.Length)
        {
            return false;
        }

        // In range by the test above: read without a second bounds check, as every word passes here.
        ulong chars = Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<char, byte>(ref Unsafe.Add(ref MemoryMarshal.GetReference(text.AsSpan()), start)));
        ulong used = ulong.MaxValue;
        if (length < PrefixLength)
        {
            // The run ends with the word unless a digit follows it; the lanes past it are left out.
            if ((uint)((int)(chars >> (16 * length)) & 0xFFFF) - '0' <= 9)
            {
                return false;
            }

            used = (1UL << (16 * length)) - 1;
            chars &= used;
        }

        // A word token holds letters, joiners and characters above ASCII; of these only ASCII letters are 0x40-0x7F.
        if ((chars & 0xFFC0FFC0FFC0FFC0UL) != (0x0040004000400040UL & used))
        {
            return false;
        }

        return !StyleVocabulary.Knows(known, (uint)StartKey(chars | (0x0020002000200020UL & used)));
    }

    /// <summary>
    /// <see cref="BeginsUnknownRun"/> for a word token of four characters or more, whose first four the caller has
    /// found to be in the text.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool BeginsUnknownStart(string text, int start, ulong[] known)
    {
        ulong chars = Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<char, byte>(ref Unsafe.Add(ref MemoryMarshal.GetReference(text.AsSpan()), start)));
        return (chars & 0xFFC0FFC0FFC0FFC0UL) == 0x0040004000400040UL
            && !StyleVocabulary.Knows(known, (uint)StartKey(chars | 0x0020002000200020UL));
    }

    /// <summary>What a pass over one block records, and where.</summary>
    private ref struct Pass
    {
        private readonly string _text;
        private readonly ulong[] _known;
        private readonly int _shortLengths;
        private ulong _block;
        private readonly ulong[] _articleWords;
        private readonly ulong[] _wholeWords;
        private readonly ArticlePrefixes _article;
        private bool _caseOddity; // one of CaseOddities noted
        private ulong _symbols; // bit c - 32 of each ASCII character from ' ' to '_' other than a digit or capital
        private ulong _lowerSymbols; // bit c - 96 of each from '`' to DEL other than a small letter
        private ulong _others; // bit c % 64 of each character above ASCII

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public Pass(string text, ArticlePrefixes article)
        {
            _text = text;
            _known = article.Vocabulary.Starts;
            _shortLengths = article.Vocabulary.ShortLengths;
            _block = 0;
            _articleWords = article.PrefixFilter;
            _wholeWords = article.WholeWordFilter;
            _article = article;
            _caseOddity = false;
            _symbols = 0;
            _lowerSymbols = 0;
            _others = 0;
        }

        /// <summary>
        /// Reads the run of ASCII letters and digits at <paramref name="start"/> (none when it holds another character):
        /// its first four characters, and when the vocabulary knows them, its prefix and the whole run go into the
        /// filters. Returns where it stopped reading: the end of the run, or within it when the run is of no interest.
        /// </summary>
        public int AddRun(int start)
        {
            string text = _text;
            System.ReadOnlySpan<byte> codes = Codes128;
            int n = text.Length;
            int stop = start + PrefixLength < n ? start + PrefixLength : n;
            uint key = 0;
            ulong folded = 0;
            int i = start;
            while (i < stop)
            {
                char c = text[i];
                int code = c < 128 ? codes[c] : 0;
                if (code == 0)
                {
                    break;
                }

                key = (key * Codes) + (uint)code;
                folded |= (ulong)(c | 0x20) << (16 * (i - start));
                i++;
            }

            int startKey = StartKey(folded);
            if (i == start || !StyleVocabulary.Knows(_known, (uint)startKey))
            {
                return i;
            }

            if (i - start == PrefixLength)
            {
                (int first, int second) = PrefixBits(startKey);
                _block |= 1UL << (first >> BlockShift);
                _articleWords[first >> 6] |= 1UL << first;
                _articleWords[second >> 6] |= 1UL << second;
                while (i < n)
                {
                    char c = text[i];
                    int code = c < 128 ? codes[c] : 0;
                    if (code == 0)
                    {
                        break;
                    }

                    key = (key * Codes) + (uint)code;
                    i++;
                }
            }

            (int wordFirst, int wordSecond) = PrefixBits((int)key);
            _wholeWords[wordFirst >> 6] |= 1UL << wordFirst;
            _wholeWords[wordSecond >> 6] |= 1UL << wordSecond;
            return i;
        }

        /// <summary>
        /// <see cref="AddRun"/> for a run that is a word of ASCII letters alone, whose start the vocabulary knows and
        /// whose first four characters (all of it when shorter) the caller read as <paramref name="folded"/>
        /// (<see cref="StartKey"/>'s lanes): nothing is read twice, and no character is tested.
        /// </summary>
        public void AddWord(int start, int length, ulong folded)
        {
            if (length >= PrefixLength)
            {
                (int first, int second) = PrefixBits(StartKey(folded));
                _block |= 1UL << (first >> BlockShift);
                _articleWords[first >> 6] |= 1UL << first;
                _articleWords[second >> 6] |= 1UL << second;
            }

            // A letter's code (Codes128) is its place in the alphabet, whatever its case. One bounds check for the word.
            uint key = 0;
            foreach (char c in _text.AsSpan(start, length))
            {
                key = (key * Codes) + (uint)((c | 0x20) - ('a' - 1));
            }

            (int wordFirst, int wordSecond) = PrefixBits((int)key);
            _wholeWords[wordFirst >> 6] |= 1UL << wordFirst;
            _wholeWords[wordSecond >> 6] |= 1UL << wordSecond;
        }

        /// <summary>
        /// A token read character by character: a number, or a word with a joiner or a character above ASCII, in which
        /// a run may begin at any letter or digit after another character.
        /// </summary>
        public void AddToken(int start, int end)
        {
            string text = _text;
            int i = start;
            while (i < end)
            {
                char c = text[i];
                if (!IsWordChar(c))
                {
                    Note(c);
                    i++;
                    continue;
                }

                i = AddRun(i);
                while (i < end && IsWordChar(text[i]))
                {
                    i++;
                }
            }
        }

        /// <summary>
        /// Whether <paramref name="c"/> is above ASCII, an apostrophe or a hyphen (or a percent sign or slash, which no
        /// word holds): with bits 0x0A set, the four ASCII ones are all 0x2F.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static bool MayJoin(char c) => c >= 128 || (c | 0x0A) == 0x2F;

        /// <summary>
        /// Notes every apostrophe, hyphen and character above ASCII of a word token, and tries a run after each: inside
        /// a word token, the only characters a run can follow.
        /// </summary>
        public void AfterJoiners(int from, int to)
        {
            string text = _text;
            for (int i = from; i < to; i++)
            {
                char c = text[i];
                if (MayJoin(c))
                {
                    Note(c);
                    if (i + 1 < text.Length)
                    {
                        AddRun(i + 1);
                    }
                }
            }
        }

        /// <summary>Notes a character that is no ASCII letter or digit: its bit among the symbols, or a case oddity.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Note(char c)
        {
            // Control characters (below ' ') are not tracked: no literal is ruled out by one.
            uint offset = (uint)(c - ' ');
            if (offset < 64)
            {
                _symbols |= 1UL << (int)offset;
            }
            else if (c < 128)
            {
                _lowerSymbols |= 1UL << (c - 96);
            }
            else
            {
                _others |= 1UL << c;
                _caseOddity |= c == '\u212A' || c == '\u017F' || c == '\u0130' || c == '\u0131';
            }
        }

        /// <summary>The block's text.</summary>
        public string Text => _text;

        /// <summary>The vocabulary's bitmap of starts.</summary>
        public ulong[] Known => _known;

        /// <summary>The lengths below four of the vocabulary's starts, as bits (<see cref="StyleVocabulary.ShortLengths"/>).</summary>
        public int ShortLengths => _shortLengths;

        /// <summary>The block's filter (<see cref="BlockPrefixes._bits"/>) as recorded so far.</summary>
        public ulong BlockBits => _block;

        /// <summary>The symbols noted so far, as <see cref="Finish"/> gives them to the article.</summary>
        public (ulong Symbols, ulong LowerSymbols, ulong Others) Symbols => (_symbols, _lowerSymbols, _others);

        /// <summary>Gives the article the symbols noted; returns whether the block holds a case oddity.</summary>
        public bool Finish()
        {
            _article.AddSymbols(_symbols, _lowerSymbols);
            return _caseOddity;
        }
    }

    /// <summary>
    /// The bits of the ASCII characters of <paramref name="literal"/> that <see cref="ArticlePrefixes.AddSymbols"/>
    /// tracks (from ' ' to DEL, other than letters and digits), as the two words the pass fills.
    /// </summary>
    public static (ulong Symbols, ulong LowerSymbols) SymbolsOf(string literal)
    {
        ulong symbols = 0;
        ulong lowerSymbols = 0;
        foreach (char c in literal)
        {
            if (c >= ' ' && c < 128 && Codes128[c] == 0)
            {
                if (c < 96)
                {
                    symbols |= 1UL << (c - 32);
                }
                else
                {
                    lowerSymbols |= 1UL << (c - 96);
                }
            }
        }

        return (symbols, lowerSymbols);
    }

    /// <summary>
    /// Whether the block holds a character that a case-insensitive regex takes for an ASCII letter and OrdinalIgnoreCase
    /// does not (the Kelvin sign for k, the long s, the Turkish i's): literal searches do not apply to it.
    /// </summary>
    public bool HasCaseOddities { get; }

    /// <summary>The characters <see cref="HasCaseOddities"/> looks for.</summary>
    public const string CaseOddities = "\u212A\u017F\u0130\u0131";

    /// <summary>
    /// The key of a literal's first four characters, when they are ASCII letters or digits; otherwise -1. A literal
    /// that must begin a word (its pattern's look-behind rules out a letter or digit before it) begins a run of ASCII
    /// letters and digits with those four characters.
    /// </summary>
    public static int PrefixOf(string literal) => literal.Length >= PrefixLength ? StartOf(literal) : -1;

    /// <summary>
    /// The start of a word of ASCII letters and digits: the <see cref="StartKey"/> of its first four characters (all of
    /// it when shorter), which the pass reads of every run before it reads on; -1 for another word. For four
    /// characters it is the word's prefix (<see cref="PrefixOf"/>).
    /// </summary>
    public static int StartOf(string word)
    {
        ulong folded = 0;
        for (int i = 0; i < word.Length && i < PrefixLength; i++)
        {
            if (!IsWordCode(Code(word[i])))
            {
                return -1;
            }

            folded |= (ulong)(word[i] | 0x20) << (16 * i);
        }

        return word.Length > 0 ? StartKey(folded) : -1;
    }

    /// <summary>
    /// The key of up to four ASCII letters and digits as one 64-bit value of 16-bit lanes, the first lowest, each with
    /// bit 0x20 set (which lowers a capital and leaves a digit), the lanes past a shorter word zero: a 31-bit hash,
    /// which the pass computes from one load of a word's first four characters.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int StartKey(ulong folded) => (int)((folded * StartMultiplier) >> 33);

    /// <summary>The multiplier of <see cref="StartKey"/>.</summary>
    internal const ulong StartMultiplier = 0x9E3779B97F4A7C15UL;

    /// <summary>
    /// The key of a whole run of ASCII letters and digits (case folded), as the pass gives it to
    /// the article's whole-word filter; false when the word holds another character.
    /// </summary>
    public static bool TryWordKey(string word, out uint key)
    {
        key = 0;
        foreach (char c in word)
        {
            int code = Code(c);
            if (!IsWordCode(code))
            {
                return false;
            }

            key = (key * Codes) + (uint)code;
        }

        return word.Length > 0;
    }

    /// <summary>The block's filter, for tests.</summary>
    internal ulong Bits => _bits;

    /// <summary>
    /// False when the block lacks an ASCII character other than a letter or digit that a literal holds (its
    /// <see cref="SymbolsOf"/>): the literal surely does not occur in it. No case folding changes such a character.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayHoldSymbols(ulong symbols, ulong lowerSymbols, ulong others) =>
        (symbols & ~_symbols) == 0 && (lowerSymbols & ~_lowerSymbols) == 0 && (others & ~_others) == 0;

    /// <summary>
    /// The bits of the characters above ASCII of <paramref name="literal"/> that every pass notes wherever a block holds
    /// them and that no case folding reaches from another character: punctuation and math and currency signs, not
    /// white space (which the tokenizer passes over), surrogates (a symbol token notes its first character only), or
    /// letters and other symbols (some have a case).
    /// </summary>
    public static ulong OthersOf(string literal)
    {
        ulong others = 0;
        foreach (char c in literal)
        {
            if (c >= 128 && IsCaselessPunctuation(c))
            {
                others |= 1UL << c;
            }
        }

        return others;
    }

    private static bool IsCaselessPunctuation(char c)
    {
        switch (char.GetUnicodeCategory(c))
        {
            case System.Globalization.UnicodeCategory.DashPunctuation:
            case System.Globalization.UnicodeCategory.OpenPunctuation:
            case System.Globalization.UnicodeCategory.ClosePunctuation:
            case System.Globalization.UnicodeCategory.InitialQuotePunctuation:
            case System.Globalization.UnicodeCategory.FinalQuotePunctuation:
            case System.Globalization.UnicodeCategory.OtherPunctuation:
            case System.Globalization.UnicodeCategory.ConnectorPunctuation:
            case System.Globalization.UnicodeCategory.MathSymbol:
            case System.Globalization.UnicodeCategory.CurrencySymbol:
                return char.ToUpperInvariant(c) == c && char.ToLowerInvariant(c) == c;
            default:
                return false;
        }
    }

    /// <summary>False when no run of ASCII letters and digits in the block begins with the prefix (<see cref="PrefixOf"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayBeginWord(int prefix)
    {
        if (!StyleVocabulary.Knows(_known, (uint)prefix))
        {
            return true;
        }

        return (_bits & (1UL << BlockBit(prefix))) != 0;
    }

    /// <summary>
    /// False when no run of ASCII letters and digits in the block begins with any prefix of <paramref name="mask"/>,
    /// which must have been made for this block's vocabulary (<see cref="KnownStarts"/>): one test.
    /// </summary>
    internal bool MayBeginAnyWord(PrefixMask mask) => !mask.Settles || (_bits & mask.Bits) != 0;

    /// <summary>The vocabulary's bitmap of starts the block's pass recorded words for (<see cref="StyleVocabulary.Starts"/>).</summary>
    internal ulong[] KnownStarts => _known;

    /// <summary>
    /// Prefixes as the bits they set in a block's filter, for one vocabulary (<see cref="KnownStarts"/>); no bits (every
    /// block may begin one) when the vocabulary does not know one of them.
    /// </summary>
    internal sealed class PrefixMask
    {
        public PrefixMask(int[] prefixes, ulong[] known)
        {
            Known = known;
            ulong bits = 0;
            foreach (int prefix in prefixes)
            {
                if (!StyleVocabulary.Knows(known, (uint)prefix))
                {
                    return;
                }

                bits |= 1UL << BlockBit(prefix);
            }

            Bits = bits;
            Settles = true;
        }

        /// <summary>The vocabulary the mask was made for.</summary>
        public ulong[] Known { get; }

        /// <summary>The prefixes' bits (when <see cref="Settles"/>).</summary>
        public ulong Bits { get; }

        /// <summary>Whether the vocabulary knows every prefix, so that a block lacking all their bits lacks them.</summary>
        public bool Settles { get; }
    }

    /// <summary>
    /// The one bit of a prefix in a block's 64-bit filter: few words are recorded per block (those whose start the
    /// vocabulary knows), so one bit a prefix keeps the filter sparse and a set of prefixes is tested as a mask.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int BlockBit(int prefix) => PrefixBits(prefix).First >> BlockShift;

    /// <summary>A block's bit of a prefix is the leading six bits of its first bit in the article's filter.</summary>
    private const int BlockShift = ArticlePrefixes.Bits - 6;

    /// <summary>False when no run of ASCII letters and digits in the block begins with any of the prefixes.</summary>
    public bool MayBeginAnyWord(int[] prefixes)
    {
        foreach (int prefix in prefixes)
        {
            if (MayBeginWord(prefix))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether the character is an ASCII letter or digit (what <see cref="MayBeginWord"/> takes for word characters).</summary>
    public static bool IsWordChar(char c) => c < 128 && Codes128[c] != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsWordCode(int code) => (uint)(code - 1) <= 35;

    /// <summary>
    /// The two bits of a prefix in an <see cref="ArticlePrefixes"/> filter; a block's smaller filter takes the leading
    /// bits of the first (<see cref="BlockBit"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static (int First, int Second) PrefixBits(int prefix) =>
        ((int)(((uint)prefix * 0x9E3779B1u) >> (32 - ArticlePrefixes.Bits)), (int)(((uint)prefix * 0x85EBCA6Bu) >> (32 - ArticlePrefixes.Bits)));

    /// <summary>1-26 for a letter of either case, 27-36 for a digit, 37 for a space; 0 for anything else.</summary>
    private static int Code(char c)
    {
        uint letter = (uint)((c | 0x20) - 'a');
        if (letter <= 'z' - 'a')
        {
            return (int)letter + 1;
        }

        uint digit = (uint)(c - '0');
        return digit <= 9 ? (int)digit + 27 : c == ' ' ? 37 : 0;
    }
}
