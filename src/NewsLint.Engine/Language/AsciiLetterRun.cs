using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
#if NET
using System.Numerics;
using System.Runtime.Intrinsics;
#endif

namespace NewsLint.Language;

/// <summary>
/// Finds where a run of ASCII letters ends, four characters at a time: the tokenizer's inner loop, which reads nearly
/// every character of an article. The four UTF-16 units are read as one 64-bit value and tested lane by lane with
/// two additions (SWAR), so a word costs about one test per four letters. A lane holding an ASCII character cannot
/// carry into the next one; a lane holding any other character may, but only into later lanes, and it is itself
/// found to be no letter: so the first lane found to be no letter is exactly the first character that is not one.
/// The net10.0 build first tests eight characters at a time with a 128-bit vector, and ends with the same loop.
/// </summary>
internal static class AsciiLetterRun
{
    /// <summary>Bit 5 of every lane: ORed in, it lowercases an ASCII letter.</summary>
    private const ulong LowerCaseBits = 0x0020_0020_0020_0020UL;

    /// <summary>Added to a lane, sets its bit 15 when the lane is 'a' to 0x7FFF or past 0xFFFF - 0x7F9F (0x8000 - 0x61).</summary>
    private const ulong AtLeastA = 0x7F9F_7F9F_7F9F_7F9FUL;

    /// <summary>Added to a lane, sets its bit 15 when the lane is past 'z' up to 0x7FFF or past 0xFFFF - 0x7F85 (0x8000 - 0x7B):
    /// together with the bit above, a lane is found to be a letter exactly when it is 'a' to 'z' after lowercasing.</summary>
    private const ulong PastZ = 0x7F85_7F85_7F85_7F85UL;

    private const ulong LaneTops = 0x8000_8000_8000_8000UL;

    /// <summary>Multiplying the lane tops shifted to bits 0, 16, 32 and 48 by this gathers them into bits 45 to 48
    /// (lane k's bit lands at 45 + k; every other product bit lands elsewhere, and no two on the same bit).</summary>
    private const ulong GatherLanes = (1UL << 45) | (1UL << 30) | (1UL << 15) | 1UL;

    /// <summary>The lowest set bit of a 4-bit mask (the mask is never 0 where it is read).</summary>
    private static ReadOnlySpan<byte> FirstLane => new byte[] { 0, 0, 1, 0, 2, 0, 1, 0, 3, 0, 1, 0, 2, 0, 1, 0 };

    /// <summary>The first index at or after <paramref name="i"/> that is not an ASCII letter, or the span's length.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int End(ReadOnlySpan<char> s, int i)
    {
        ref char first = ref MemoryMarshal.GetReference(s);
#if NET
        // Eight characters a test, and the first one that is no letter found by one bit scan: most words end within
        // the first eight characters, so a word costs about one test.
        while (i <= s.Length - Vector128<ushort>.Count)
        {
            Vector128<ushort> chars = Vector128.LoadUnsafe(ref Unsafe.As<char, ushort>(ref first), (nuint)i);
            Vector128<ushort> fromA = (chars | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a');
            // Read as bytes, the mask has two bits a character: the byte form is one instruction on every x64 (the
            // 16-bit form is not, and the native build calls a slow fallback for it).
            uint notLetters = Vector128.GreaterThan(fromA, Vector128.Create((ushort)('z' - 'a'))).AsByte().ExtractMostSignificantBits();
            if (notLetters != 0)
            {
                return i + (BitOperations.TrailingZeroCount(notLetters) >> 1);
            }

            i += Vector128<ushort>.Count;
        }
#endif

        while (i <= s.Length - 4)
        {
            ulong lower = Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<char, byte>(ref Unsafe.Add(ref first, i))) | LowerCaseBits;
            ulong notLetters = ~((lower + AtLeastA) & ~(lower + PastZ)) & LaneTops;
            if (notLetters != 0)
            {
                return i + FirstLane[(int)(((notLetters >> 15) * GatherLanes) >> 45) & 0xF];
            }

            i += 4;
        }

        while ((uint)i < (uint)s.Length && Ascii.IsLetter(s[i]))
        {
            i++;
        }

        return i;
    }
}
