using System.Runtime.CompilerServices;

namespace NewsLint.Rules.Style;

/// <summary>
/// Which pairs of adjacent characters (ASCII letters in either case, digits, space) a block holds: one pass per block
/// and article, after which a literal with a pair the block lacks needs no search there. Other characters are not
/// tracked, so a pair with one of them is never ruled out.
/// </summary>
internal sealed class Bigrams
{
    private const int Codes = 38;

    /// <summary><see cref="Code"/> of each ASCII character (every other character is 0).</summary>
    private static readonly byte[] Codes128 = BuildCodes();

    /// <summary>
    /// A character's bit in a row of pairs (1 shifted left by its code), with the code itself in the top byte: one
    /// load gives both, and bits 56 and up of a row stand for codes no literal asks for.
    /// </summary>
    private static readonly ulong[] Entries128 = BuildEntries();

    private const int CodeShift = 56;

    /// <summary>
    /// One row of pairs per first character (bit <c>b</c> of row <c>a</c> is the pair of codes a, b), then the
    /// <see cref="PrefixWords"/> words of the prefix filter: one array, one allocation a block.
    /// </summary>
    private readonly ulong[] _bits = new ulong[Codes + PrefixWords];

    /// <summary>How many leading characters of a word <see cref="MayBeginWord"/> knows.</summary>
    private const int PrefixLength = 4;

    /// <summary>The size of a 512-bit Bloom filter of the words' first <see cref="PrefixLength"/> characters (ASCII, case folded).</summary>
    private const int PrefixWords = 8;

    public Bigrams(string text)
        : this(text, null)
    {
    }

    /// <summary>The pairs and word prefixes of <paramref name="text"/>; its prefixes also go into <paramref name="article"/>.</summary>
    public Bigrams(string text, ArticlePrefixes? article)
    {
        // Every character of every block passes here: the rows (0-63) and the prefix filter (from 64) live on the stack
        // (index masks let the JIT drop bounds checks; no field is reloaded; few enough locals to stay in registers)
        // and are copied out once, and a run of ASCII letters and digits has a loop of its own, which builds the run's
        // prefix as it goes instead of asking at each character whether a run begins. Pairs with an untracked
        // character (code 0 or NonAscii) land in rows or bits no literal asks for.
        System.Span<ulong> rows = stackalloc ulong[64 + PrefixWords];
        int previous = 0;
        int i = 0;
        while (i < text.Length)
        {
            int code = AddPair(text[i++], rows, ref previous);
            if (!IsWordCode(code))
            {
                continue;
            }

            // A run begins (any character outside it, a non-ASCII letter included, ends it: more words than there
            // are, never fewer); its first four codes make its prefix, which has four once it reaches FourCodes.
            int prefix = code;
            while (i < text.Length)
            {
                code = AddPair(text[i++], rows, ref previous);
                if (!IsWordCode(code))
                {
                    break;
                }

                if (prefix < FourCodes)
                {
                    prefix = (prefix * Codes) + code;
                    if (prefix >= FourCodes)
                    {
                        (int first, int second) = PrefixBits(prefix);
                        rows[64 + ((first >> (ArticlePrefixes.ExtraBits + 6)) & 7)] |= 1UL << (first >> ArticlePrefixes.ExtraBits);
                        rows[64 + ((second >> (ArticlePrefixes.ExtraBits + 6)) & 7)] |= 1UL << (second >> ArticlePrefixes.ExtraBits);
                        article?.Add(first, second);
                    }
                }
            }
        }

        // Row NonAscii holds a bit of each character after one above ASCII, and the last character may be one: every
        // case oddity is, so most blocks need no search.
        HasCaseOddities = (rows[NonAscii] != 0 || previous == NonAscii) && text.IndexOfAny(Oddities.Chars) >= 0;
        rows.Slice(0, Codes).CopyTo(_bits);
        rows.Slice(64, PrefixWords).CopyTo(new System.Span<ulong>(_bits, Codes, PrefixWords));
    }

    /// <summary>The code a character above ASCII has while the pairs are counted: no literal asks for its row or bit.</summary>
    private const int NonAscii = 63;

    /// <summary>The least key of four codes (<see cref="PrefixOf"/>): more than any key of three.</summary>
    private const int FourCodes = Codes * Codes * Codes;

    /// <summary>Records the pair of the previous character and <paramref name="c"/>; returns the code of <paramref name="c"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int AddPair(int c, System.Span<ulong> rows, ref int previous)
    {
        ulong entry = c < 128 ? Entries128[c] : (1UL << NonAscii) | ((ulong)NonAscii << CodeShift);
        rows[previous & 63] |= entry;
        previous = (int)(entry >> CodeShift);
        return previous;
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
    /// time would give <see cref="Codes128"/> a class-constructor check in the loop.
    /// </summary>
    private static class Oddities
    {
        public static readonly char[] Chars = CaseOddities.ToCharArray();
    }

    /// <summary>The tracked pairs of <paramref name="literal"/>, as bit numbers.</summary>
    public static int[] PairsOf(string literal)
    {
        var pairs = new System.Collections.Generic.List<int>();
        for (int i = 0; i + 1 < literal.Length; i++)
        {
            int a = Code(literal[i]);
            int b = Code(literal[i + 1]);
            if (a != 0 && b != 0)
            {
                pairs.Add(Bit(a, b));
            }
        }

        return pairs.ToArray();
    }

    /// <summary>False when the block surely does not hold a text with all these pairs (ignoring the case of letters).</summary>
    public bool MayHold(int[] pairs)
    {
        foreach (int bit in pairs)
        {
            if ((_bits[bit >> 6] & (1UL << (bit & 63))) == 0)
            {
                return false;
            }
        }

        return true;
    }

    private static ulong[] BuildEntries()
    {
        var entries = new ulong[128];
        for (char c = '\0'; c < 128; c++)
        {
            entries[c] = (1UL << Code(c)) | ((ulong)Code(c) << CodeShift);
        }

        return entries;
    }

    private static byte[] BuildCodes()
    {
        var codes = new byte[128];
        for (char c = '\0'; c < 128; c++)
        {
            codes[c] = (byte)Code(c);
        }

        return codes;
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

    /// <summary>False when no run of ASCII letters and digits in the block begins with the prefix (<see cref="PrefixOf"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayBeginWord(int prefix)
    {
        (int first, int second) = PrefixBits(prefix);
        first >>= ArticlePrefixes.ExtraBits;
        second >>= ArticlePrefixes.ExtraBits;
        return (_bits[Codes + (first >> 6)] & (1UL << first)) != 0 && (_bits[Codes + (second >> 6)] & (1UL << second)) != 0;
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
    public static bool IsWordChar(char c) => c < 128 && IsWordCode(Codes128[c]);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsWordCode(int code) => (uint)(code - 1) <= 35;

    /// <summary>
    /// The two bits of a prefix in an <see cref="ArticlePrefixes"/> filter; a block's smaller filter takes their
    /// leading bits (<see cref="ArticlePrefixes.ExtraBits"/> fewer).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static (int First, int Second) PrefixBits(int prefix) =>
        ((int)(((uint)prefix * 0x9E3779B1u) >> (32 - ArticlePrefixes.Bits)), (int)(((uint)prefix * 0x85EBCA6Bu) >> (32 - ArticlePrefixes.Bits)));

    /// <summary>The pair's bit: row <paramref name="a"/>, bit <paramref name="b"/> (<see cref="_bits"/>).</summary>
    private static int Bit(int a, int b) => (a << 6) | b;

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
