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

    /// <summary>One row of pairs per first character: bit <c>b</c> of row <c>a</c> is the pair of codes a, b.</summary>
    private readonly ulong[] _rows = new ulong[Codes];

    /// <summary>How many leading characters of a word <see cref="MayBeginWord"/> knows.</summary>
    private const int PrefixLength = 4;

    /// <summary>A 512-bit Bloom filter of the words' first <see cref="PrefixLength"/> characters (ASCII, case folded).</summary>
    private readonly ulong[] _prefixes = new ulong[8];

    public Bigrams(string text)
    {
        // Every character of every block passes here, so the loop has no call and no branch but a word start's: the
        // rows and prefixes live on the stack (index masks let the JIT drop bounds checks; no field is reloaded) and
        // are copied out once. Pairs with an untracked character (code 0) land in row 0 or bit 0, which no literal
        // asks for.
        System.Span<ulong> rows = stackalloc ulong[64];
        System.Span<ulong> prefixes = stackalloc ulong[8];
        int wide = 0;
        int previous = 0;
        for (int i = 0; i < text.Length; i++)
        {
            int c = text[i];
            wide |= c;
            int code = CodeOf(c);
            rows[previous & 63] |= 1UL << code;
            if (IsWordCode(code) && !IsWordCode(previous))
            {
                // A run of ASCII letters and digits begins (any character outside it, a non-ASCII letter included,
                // ends it: more words than there are, never fewer).
                int prefix = PrefixAt(text, i);
                if (prefix >= 0)
                {
                    (int first, int second) = PrefixBits(prefix);
                    prefixes[(first >> 6) & 7] |= 1UL << first;
                    prefixes[(second >> 6) & 7] |= 1UL << second;
                }
            }

            previous = code;
        }

        rows.Slice(0, Codes).CopyTo(_rows);
        prefixes.CopyTo(_prefixes);

        // Every case oddity is above U+00FF: most blocks, all of whose characters are below, need no search.
        HasCaseOddities = wide > 0xFF && text.IndexOfAny(Oddities.Chars) >= 0;
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
            if ((_rows[bit >> 6] & (1UL << (bit & 63))) == 0)
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
    public static int PrefixOf(string literal) => PrefixAt(literal, 0);

    /// <summary>The <see cref="PrefixOf"/> key of the four characters at <paramref name="start"/>, or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int PrefixAt(string text, int start)
    {
        if (start > text.Length - PrefixLength)
        {
            return -1;
        }

        int a = CodeOf(text[start]);
        int b = CodeOf(text[start + 1]);
        int c = CodeOf(text[start + 2]);
        int d = CodeOf(text[start + 3]);
        return IsWordCode(a) && IsWordCode(b) && IsWordCode(c) && IsWordCode(d) ? (((((a * Codes) + b) * Codes) + c) * Codes) + d : -1;
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
    public static bool IsWordChar(char c) => IsWordCode(CodeOf(c));

    /// <summary><see cref="Code"/> from the table: DEL, the last entry, stands for every character above ASCII.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int CodeOf(int c) => Codes128[c < 127 ? c : 127];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsWordCode(int code) => (uint)(code - 1) <= 35;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (int First, int Second) PrefixBits(int prefix) =>
        ((int)(((uint)prefix * 0x9E3779B1u) >> 23), (int)(((uint)prefix * 0x85EBCA6Bu) >> 23));

    /// <summary>The pair's bit: row <paramref name="a"/>, bit <paramref name="b"/> (<see cref="_rows"/>).</summary>
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
