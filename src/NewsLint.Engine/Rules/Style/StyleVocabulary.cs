using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NewsLint.Rules.Style;

/// <summary>
/// The word starts a set of patterns can ask the filters about (<see cref="BlockPrefixes"/>, <see cref="ArticlePrefixes"/>):
/// the <see cref="BlockPrefixes.PrefixOf"/> keys of their leading literals and the <see cref="BlockPrefixes.StartOf"/>
/// keys of their token lists' words, in a bitmap. The block pass records a word only when its start is in the bitmap
/// (a few words an article instead of every one), and a filter answers "maybe" about a start outside it, so a pattern
/// the vocabulary was not built from is still answered correctly.
/// </summary>
internal sealed class StyleVocabulary
{
    /// <summary>log2 of the bitmap's size in bits: 4 KB, where a few hundred starts leave nearly every bit clear.</summary>
    private const int Bits = 15;

    /// <summary>Every start known: the pass records every word, as it did before there was a vocabulary.</summary>
    public static readonly StyleVocabulary Everything = new(Filled(), 0b1110);

    private readonly ulong[] _starts;

    private StyleVocabulary(ulong[] starts, int shortLengths)
    {
        _starts = starts;
        ShortLengths = shortLengths;
    }

    /// <summary>
    /// Bit n (1 to 3) set when a start is a whole word of n characters: a shorter word whose length has no bit begins
    /// no start the vocabulary knows, unless a digit follows it (and the run goes on).
    /// </summary>
    public int ShortLengths { get; }

    /// <summary>The bitmap, for the block pass to test a start with <see cref="Knows(ulong[], uint)"/> from a local.</summary>
    internal ulong[] Starts => _starts;

    /// <summary>The vocabulary of every pattern of <paramref name="rules"/>.</summary>
    public static StyleVocabulary Of(IEnumerable<StyleRule> rules)
    {
        var patterns = new List<StylePattern>();
        foreach (StyleRule rule in rules)
        {
            patterns.AddRange(rule.Patterns);
        }

        return Of(patterns);
    }

    /// <summary>The vocabulary of <paramref name="patterns"/>.</summary>
    public static StyleVocabulary Of(IEnumerable<StylePattern> patterns)
    {
        var starts = new ulong[(1 << Bits) / 64];
        int shortLengths = 0;
        foreach (StylePattern pattern in patterns)
        {
            foreach (int start in pattern.WordStarts())
            {
                int bit = BitOf((uint)start);
                starts[bit >> 6] |= 1UL << bit;
            }

            shortLengths |= pattern.ShortWordLengths;
        }

        return new StyleVocabulary(starts, shortLengths);
    }

    /// <summary>Whether the filters record words beginning with <paramref name="start"/> (or with a start sharing its bit).</summary>
    public bool Knows(int start) => Knows(_starts, (uint)start);

    /// <summary><see cref="Knows(int)"/> on the bitmap (<see cref="Starts"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool Knows(ulong[] starts, uint start)
    {
        int bit = BitOf(start);
        return (starts[bit >> 6] & (1UL << bit)) != 0;
    }

    /// <summary>Whether <paramref name="starts"/> has the size of every vocabulary's bitmap, which <see cref="KnowsFolded"/> reads unchecked.</summary>
    internal static bool IsFullBitmap(ulong[] starts) => starts.Length == (1 << Bits) / 64;

    /// <summary>
    /// <see cref="Knows(ulong[], uint)"/> of the <see cref="BlockPrefixes.StartKey"/> of <paramref name="folded"/>, on the
    /// first element of a bitmap that <see cref="IsFullBitmap"/> accepted (<see cref="FirstOf"/>): the block pass's test
    /// of most words, with no bounds check, nor a null check of the bitmap in the loop.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool KnowsFolded(ref ulong first, ulong folded)
    {
        // BitOf(StartKey(folded)): the hash's top 15 bits, always within the bitmap.
        uint bit = (uint)((folded * BlockPrefixes.StartMultiplier) >> (64 - Bits));
        return (Unsafe.Add(ref first, (nint)(bit >> 6)) & (1UL << (int)bit)) != 0;
    }

    /// <summary>The first element of a bitmap of starts, for <see cref="KnowsFolded"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ref ulong FirstOf(ulong[] starts) =>
#if NET
        ref MemoryMarshal.GetArrayDataReference(starts);
#else
        ref MemoryMarshal.GetReference(starts.AsSpan());
#endif

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int BitOf(uint start) => (int)(start >> (31 - Bits)); // a start key is already a hash

    private static ulong[] Filled()
    {
        var all = new ulong[(1 << Bits) / 64];
        for (int i = 0; i < all.Length; i++)
        {
            all[i] = ulong.MaxValue;
        }

        return all;
    }
}
