using System.Runtime.CompilerServices;

namespace NewsLint.Rules.Style;

/// <summary>
/// Which four-character prefixes the words (runs of ASCII letters and digits) of a block begin with, in a 512-bit
/// Bloom filter, and whether the block holds a case oddity: one pass per block and article, after which a literal that
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

    /// <summary>The <see cref="PrefixWords"/> words of the block's filter.</summary>
    private readonly ulong[] _bits = new ulong[PrefixWords];

    /// <summary>How many leading characters of a word <see cref="MayBeginWord"/> knows.</summary>
    private const int PrefixLength = 4;

    /// <summary>The size of a 512-bit Bloom filter of the words' first <see cref="PrefixLength"/> characters (ASCII, case folded).</summary>
    private const int PrefixWords = 8;

    public BlockPrefixes(string text)
        : this(text, new ArticlePrefixes())
    {
    }

    /// <summary>The word prefixes of <paramref name="text"/>; they also go into <paramref name="article"/>.</summary>
    public BlockPrefixes(string text, ArticlePrefixes article)
    {
        // Every character of every block passes here, so the loop does the least it can: between runs it only looks
        // for the next ASCII letter or digit (noting a character above ASCII, which may be a case oddity); a run gives
        // its prefix from its first four characters, and the rest of it is skipped. The filter lives on the stack and
        // is copied out once. The article's filters are held in locals: written at every word, they are not read
        // again from the article's fields.
        ulong[] articleWords = article.PrefixFilter;
        ulong[] wholeWords = article.WholeWordFilter;
        System.Span<ulong> words = stackalloc ulong[PrefixWords];
        System.ReadOnlySpan<byte> codes = Codes128;
        bool aboveAscii = false;
        ulong symbols = 0; // bit c - 32 of each ASCII character from ' ' to '_' other than a digit or capital
        ulong lowerSymbols = 0; // bit c - 96 of each from '`' to DEL other than a small letter
        int n = text.Length;
        int i = 0;
        while (i < n)
        {
            char c = text[i++];
            int code = c < 128 ? codes[c] : 0;
            if (code == 0)
            {
                Note(c, ref aboveAscii, ref symbols, ref lowerSymbols);
                continue;
            }

            // A run begins (any character outside it, a non-ASCII letter included, ends it: more words than there
            // are, never fewer); its first four codes make its prefix, and all of them its key (TryWordKey). The
            // character that ends it is read once, here: the last one read is either that or a letter or digit.
            uint key = (uint)code;
            int length = 1;
            bool ended = false;
            while (length < PrefixLength && i < n)
            {
                c = text[i++];
                code = c < 128 ? codes[c] : 0;
                if (code == 0)
                {
                    ended = true;
                    break;
                }

                key = (key * Codes) + (uint)code;
                length++;
            }

            if (!ended && length == PrefixLength)
            {
                (int first, int second) = PrefixBits((int)key);
                words[(first >> (ArticlePrefixes.ExtraBits + 6)) & 7] |= 1UL << (first >> ArticlePrefixes.ExtraBits);
                words[(second >> (ArticlePrefixes.ExtraBits + 6)) & 7] |= 1UL << (second >> ArticlePrefixes.ExtraBits);
                articleWords[first >> 6] |= 1UL << first;
                articleWords[second >> 6] |= 1UL << second;
                while (i < n)
                {
                    c = text[i++];
                    code = c < 128 ? codes[c] : 0;
                    if (code == 0)
                    {
                        break;
                    }

                    key = (key * Codes) + (uint)code;
                }
            }

            if (code == 0)
            {
                Note(c, ref aboveAscii, ref symbols, ref lowerSymbols);
            }

            (int wordFirst, int wordSecond) = PrefixBits((int)key);
            wholeWords[wordFirst >> 6] |= 1UL << wordFirst;
            wholeWords[wordSecond >> 6] |= 1UL << wordSecond;
        }

        // Every case oddity is above ASCII: most blocks need no search.
        HasCaseOddities = aboveAscii && text.IndexOfAny(Oddities.Chars) >= 0;
        words.CopyTo(_bits);
        article.AddSymbols(symbols, lowerSymbols);
    }

    /// <summary>Notes a character that is no ASCII letter or digit: above ASCII, or its bit among the symbols.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Note(char c, ref bool aboveAscii, ref ulong symbols, ref ulong lowerSymbols)
    {
        // Control characters (below ' ') are not tracked: no literal is ruled out by one.
        uint offset = (uint)(c - ' ');
        if (offset < 64)
        {
            symbols |= 1UL << (int)offset;
        }
        else if (c < 128)
        {
            lowerSymbols |= 1UL << (c - 96);
        }
        else
        {
            aboveAscii = true;
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
    /// <see cref="CaseOddities"/> as an array, in a class of its own: a static field the compiler cannot fill at build
    /// time would give this class a class-constructor check in the loop.
    /// </summary>
    private static class Oddities
    {
        public static readonly char[] Chars = CaseOddities.ToCharArray();
    }

    /// <summary>
    /// The key of a literal's first four characters, when they are ASCII letters or digits; otherwise -1. A literal
    /// that must begin a word (its pattern's look-behind rules out a letter or digit before it) begins a run of ASCII
    /// letters and digits with those four characters.
    /// </summary>
    public static int PrefixOf(string literal)
    {
        if (literal.Length < PrefixLength)
        {
            return -1;
        }

        int key = 0;
        for (int i = 0; i < PrefixLength; i++)
        {
            int code = Code(literal[i]);
            if (!IsWordCode(code))
            {
                return -1;
            }

            key = (key * Codes) + code;
        }

        return key;
    }

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

    /// <summary>False when no run of ASCII letters and digits in the block begins with the prefix (<see cref="PrefixOf"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayBeginWord(int prefix)
    {
        (int first, int second) = PrefixBits(prefix);
        first >>= ArticlePrefixes.ExtraBits;
        second >>= ArticlePrefixes.ExtraBits;
        return (_bits[first >> 6] & (1UL << first)) != 0 && (_bits[second >> 6] & (1UL << second)) != 0;
    }

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
    /// The two bits of a prefix in an <see cref="ArticlePrefixes"/> filter; a block's smaller filter takes their
    /// leading bits (<see cref="ArticlePrefixes.ExtraBits"/> fewer).
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
