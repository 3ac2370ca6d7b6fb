using System;
#if NET
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
#endif

namespace NewsLint.Language;

/// <summary>
/// The characters that end a sentence ('.', '!', '?', '…'), for <see cref="SentenceSplitter"/> and the quotation scan, and
/// the next of them in a text. The runtime's <c>IndexOfAny</c> for these four compares eight
/// characters a step, one vector compare per stop (about two instructions a character in the native build, whose
/// default instruction set has no packed search for '…'). Here sixteen characters are packed to bytes a step (SSE2):
/// every character above U+00FF packs to 0xFF (or 0x00 from U+8000), so '…' is found among the 0xFF bytes, each checked.
/// </summary>
internal static class SentenceStopSearch
{
    /// <summary>The stops, for <see cref="string.IndexOfAny(char[], int)"/>.</summary>
    internal static readonly char[] Stops = { '.', '!', '?', '\u2026' };

    /// <summary>The first index at or after <paramref name="from"/> of a stop, or -1.</summary>
    public static int IndexOf(string text, int from)
    {
#if NET
        if (Sse2.IsSupported)
        {
            ref ushort first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text.AsSpan()));
            int i = from;
            while (i <= text.Length - (2 * Vector128<ushort>.Count))
            {
                Vector128<short> low = Vector128.LoadUnsafe(ref first, (nuint)i).AsInt16();
                Vector128<short> high = Vector128.LoadUnsafe(ref first, (nuint)(i + Vector128<ushort>.Count)).AsInt16();
                Vector128<byte> packed = Sse2.PackUnsignedSaturate(low, high);
                Vector128<byte> hits = Vector128.Equals(packed, Vector128.Create((byte)'.'))
                    | Vector128.Equals(packed, Vector128.Create((byte)'!'))
                    | Vector128.Equals(packed, Vector128.Create((byte)'?'))
                    | Vector128.Equals(packed, Vector128.Create((byte)0xFF));
                uint mask = hits.ExtractMostSignificantBits();
                while (mask != 0)
                {
                    int k = i + BitOperations.TrailingZeroCount(mask);
                    if (IsStop(text[k]))
                    {
                        return k;
                    }

                    mask &= mask - 1;
                }

                i += 2 * Vector128<ushort>.Count;
            }

            for (; i < text.Length; i++)
            {
                if (IsStop(text[i]))
                {
                    return i;
                }
            }

            return -1;
        }
#endif

        return text.IndexOfAny(Stops, from);
    }

    public static bool IsStop(char c) => c == '.' || c == '!' || c == '?' || c == '\u2026';
}
