using System;
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

    /// <summary><see cref="Code"/> of each ASCII character.</summary>
    private static readonly byte[] Codes128 = BuildCodes();

    /// <summary>For each code, the codes that follow it somewhere in the block, as bits.</summary>
    private readonly ulong[] _followers = new ulong[Codes];

    /// <summary>How many leading characters of a word <see cref="MayBeginWord"/> knows.</summary>
    private const int PrefixLength = 4;

    /// <summary>A 512-bit Bloom filter of the words' first <see cref="PrefixLength"/> characters (ASCII, case folded).</summary>
    private readonly ulong[] _prefixes = new ulong[8];

    public Bigrams(string text)
    {
        Span<int> wordStarts = stackalloc int[StartsPerChunk];
        int previous = Untracked;
        int run = 0;
        for (int chunk = 0; chunk < text.Length; chunk += ChunkLength)
        {
            ReadOnlySpan<char> span = text.AsSpan(chunk, Math.Min(ChunkLength, text.Length - chunk));
            foreach (int start in wordStarts.Slice(0, Scan(span, chunk, _followers, wordStarts, ref previous, ref run)))
            {
                AddPrefix(PrefixAt(text, start));
            }
        }

        HasCaseOddities = text.IndexOfAny(CaseOdditiesArray) >= 0;
    }

    /// <summary>
    /// Whether the block holds a character that a case-insensitive regex takes for an ASCII letter and OrdinalIgnoreCase
    /// does not (the Kelvin sign for k, the long s, the Turkish i's): literal searches do not apply to it.
    /// </summary>
    public bool HasCaseOddities { get; }

    /// <summary>The characters <see cref="HasCaseOddities"/> looks for.</summary>
    public const string CaseOddities = "\u212A\u017F\u0130\u0131";

    private static readonly char[] CaseOdditiesArray = CaseOddities.ToCharArray();

    /// <summary>The tracked pairs of <paramref name="literal"/>, as <see cref="Pair"/> numbers.</summary>
    public static int[] PairsOf(string literal)
    {
        var pairs = new System.Collections.Generic.List<int>();
        for (int i = 0; i + 1 < literal.Length; i++)
        {
            int a = Code(literal[i]);
            int b = Code(literal[i + 1]);
            if (a != Untracked && b != Untracked)
            {
                pairs.Add(Pair(a, b));
            }
        }

        return pairs.ToArray();
    }

    /// <summary>False when the block surely does not hold a text with all these pairs (ignoring the case of letters).</summary>
    public bool MayHold(int[] pairs)
    {
        foreach (int pair in pairs)
        {
            if ((_followers[pair >> 6] & (1UL << pair)) == 0)
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

    /// <summary><see cref="PrefixOf"/> the run of ASCII letters and digits at <paramref name="start"/> of the text.</summary>
    private static int PrefixAt(string text, int start)
    {
        byte[] codes = Codes128;
        int key = codes[text[start]];
        key = (key * Codes) + codes[text[start + 1]];
        key = (key * Codes) + codes[text[start + 2]];
        return (key * Codes) + codes[text[start + 3]];
    }

    /// <summary>False when no run of ASCII letters and digits in the block begins with the prefix (<see cref="PrefixOf"/>).</summary>
    public bool MayBeginWord(int prefix)
    {
        (int first, int second) = PrefixBits(prefix);
        return (_prefixes[first >> 6] & (1UL << (first & 63))) != 0 && (_prefixes[second >> 6] & (1UL << (second & 63))) != 0;
    }

    /// <summary>Whether the character is an ASCII letter or digit (what <see cref="MayBeginWord"/> takes for word characters).</summary>
    public static bool IsWordChar(char c) => c < 128 && IsWordCode(Codes128[c]);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsWordCode(int code) => code > Space;

    /// <summary>
    /// Records the pairs of a chunk of a block that starts at <paramref name="offset"/>, and returns how many runs reach
    /// their fourth character in it, with their starts in <paramref name="wordStarts"/>. <paramref name="previous"/> and
    /// <paramref name="run"/> carry the code before the chunk and the length of the run it ends in.
    /// </summary>
    /// <remarks>
    /// This runs over every character of every block, so it holds no call (which would send its state to the stack) and
    /// no branch on the text (the old loop mispredicted about three branches in every four characters): the tests are
    /// folded into arithmetic.
    /// </remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int Scan(ReadOnlySpan<char> chunk, int offset, ulong[] followers, Span<int> wordStarts, ref int previous, ref int run)
    {
        byte[] codes = Codes128;
        int before = previous;
        int length = run;
        int found = 0;
        for (int i = 0; i < chunk.Length; i++)
        {
            // Non-ASCII characters are untracked: the mask clears the code read at their low seven bits.
            char c = chunk[i];
            int code = codes[c & 127] & ((c - 128) >> 31);

            // A pair with an untracked character sets a bit of code 0, which no literal's pairs name.
            followers[before] |= 1UL << code;
            before = code;

            // Runs of ASCII letters and digits (any character outside the run, a non-ASCII letter included, starts a new
            // one: more words than there are, never fewer). Where one reaches its fourth character, its start is kept:
            // the slot is written at every character and claimed only there.
            length = (length + 1) & ((Space - code) >> 31);
            wordStarts[found] = offset + i - (PrefixLength - 1);
            found += ((length ^ PrefixLength) - 1) >>> 31;
        }

        previous = before;
        run = length;
        return found;
    }

    /// <summary>Characters per chunk of the constructor's loop: a run reaches its fourth character at most once in five
    /// characters, so a chunk finds fewer than <see cref="StartsPerChunk"/> and every slot written is in bounds.</summary>
    private const int ChunkLength = 5 * (StartsPerChunk - 1);

    private const int StartsPerChunk = 64;

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

    private static int Pair(int first, int second) => (first << 6) | second;

    private const int Untracked = 0;

    private const int Space = 1;

    /// <summary>0 for an untracked character, 1 for a space, 2-27 for a letter of either case, 28-37 for a digit.</summary>
    private static int Code(char c)
    {
        uint letter = (uint)((c | 0x20) - 'a');
        if (letter <= 'z' - 'a')
        {
            return (int)letter + 2;
        }

        uint digit = (uint)(c - '0');
        return digit <= 9 ? (int)digit + 28 : c == ' ' ? Space : Untracked;
    }
}
