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

    private readonly ulong[] _bits = new ulong[((Codes * Codes) + 63) / 64];

    /// <summary>How many leading characters of a word <see cref="MayBeginWord"/> knows.</summary>
    private const int PrefixLength = 4;

    /// <summary>A 512-bit Bloom filter of the words' first <see cref="PrefixLength"/> characters (ASCII, case folded).</summary>
    private readonly ulong[] _prefixes = new ulong[8];

    public Bigrams(string text)
    {
        int previous = 0;
        int run = 0;
        int prefix = 0;
        foreach (char c in text)
        {
            int code;
            if (c < 128)
            {
                code = Codes128[c];
            }
            else
            {
                code = 0;
                HasCaseOddities |= c >= '\u0130' && IsCaseOddity(c);
            }

            if (previous != 0 && code != 0)
            {
                int bit = Bit(previous, code);
                _bits[bit >> 6] |= 1UL << (bit & 63);
            }

            if (IsWordCode(code))
            {
                // The first four characters of each run of ASCII letters and digits (any character outside the
                // run, a non-ASCII letter included, starts a new one: more words than there are, never fewer).
                run = IsWordCode(previous) ? run + 1 : 1;
                prefix = run == 1 ? code : run <= PrefixLength ? (prefix * Codes) + code : prefix;
                if (run == PrefixLength)
                {
                    AddPrefix(prefix);
                }
            }

            previous = code;
        }
    }

    /// <summary>
    /// Whether the block holds a character that a case-insensitive regex takes for an ASCII letter and OrdinalIgnoreCase
    /// does not (the Kelvin sign for k, the long s, the Turkish i's): literal searches do not apply to it.
    /// </summary>
    public bool HasCaseOddities { get; }

    /// <summary>The characters <see cref="HasCaseOddities"/> looks for.</summary>
    public const string CaseOddities = "\u212A\u017F\u0130\u0131";

    public static bool IsCaseOddity(char c) => CaseOddities.IndexOf(c) >= 0;

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
        return (_prefixes[first >> 6] & (1UL << (first & 63))) != 0 && (_prefixes[second >> 6] & (1UL << (second & 63))) != 0;
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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AddPrefix(int prefix)
    {
        (int first, int second) = PrefixBits(prefix);
        _prefixes[first >> 6] |= 1UL << (first & 63);
        _prefixes[second >> 6] |= 1UL << (second & 63);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (int First, int Second) PrefixBits(int prefix) =>
        ((int)(((uint)prefix * 0x9E3779B1u) >> 23), (int)(((uint)prefix * 0x85EBCA6Bu) >> 23));

    private static int Bit(int a, int b) => (a * Codes) + b;

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
