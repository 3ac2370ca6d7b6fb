using System;
using System.Text;
#if NET
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
#endif

namespace NewsLint.Text;

/// <summary>
/// The decoding nearly every article takes: well-formed UTF-8 without a NUL byte, straight to a string. Anything else
/// gives null and goes the checking way (<see cref="SourceDecoder"/>), which finds and reports the problem.
/// </summary>
/// <remarks>
/// The runtime's decoder counts and validates in one pass and transcodes in a second; after the first non-ASCII
/// character its transcoder stays in a scalar loop of about two instructions a byte, and articles put a curly quote in
/// nearly every paragraph (its own vector searches, called per run, cost more than a byte each in this build). Here
/// both passes step sixteen bytes at a time through the ASCII runs that are nearly all of an article, and only the
/// few multibyte sequences are read one by one.
/// </remarks>
internal static class CleanUtf8
{
#if NET
    /// <summary>Bytes a vector step reads.</summary>
    private const int Step = 16;
#endif

#if !NET
    /// <summary>Throws at the first ill-formed sequence.</summary>
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
#endif

    /// <summary>bytes[start..end) as text when it is well-formed UTF-8 with no NUL byte; otherwise null.</summary>
    public static string? TryDecode(byte[] bytes, int start, int end)
    {
#if NET
        int length = CharCount(bytes, start, end);
        return length < 0 ? null : string.Create(length, (bytes, start, end), static (chars, range) => Write(range.bytes.AsSpan(range.start, range.end - range.start), chars));
#else
        if (Array.IndexOf(bytes, (byte)0, start, end - start) >= 0)
        {
            return null;
        }

        try
        {
            return StrictUtf8.GetString(bytes, start, end - start);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
#endif
    }

#if NET
    /// <summary>How many UTF-16 characters the bytes decode to, or -1 at a NUL byte or an ill-formed sequence.</summary>
    private static int CharCount(byte[] bytes, int start, int end)
    {
        ref byte first = ref MemoryMarshal.GetArrayDataReference(bytes);
        int fewer = 0;
        int at = start;
        while (at < end)
        {
            if (at + (4 * Step) <= end)
            {
                ulong other = NotPlain(ref first, at);
                if (other == 0)
                {
                    at += 4 * Step;
                    continue;
                }

                at += BitOperations.TrailingZeroCount(other);
            }
            else if ((uint)(bytes[at] - 1) < 0x7F)
            {
                at++;
                continue;
            }

            int sequence = SourceDecoder.WellFormedLength(bytes, end, at);
            if (sequence <= 1)
            {
                // A NUL (length 1) or an ill-formed sequence.
                return -1;
            }

            // Two, three or four bytes make one character, or two for a surrogate pair.
            fewer += sequence == 4 ? 2 : sequence - 1;
            at += sequence;
        }

        return end - start - fewer;
    }

    /// <summary>A bit for each of the 64 bytes from <paramref name="at"/> that is a NUL or not ASCII. A byte is plain
    /// ASCII (1..0x7F) exactly when it is positive as a signed byte, so one compare finds both.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong NotPlain(ref byte first, int at)
    {
        ref byte from = ref Unsafe.Add(ref first, at);
        ulong plain = Vector128.GreaterThan(Vector128.LoadUnsafe(ref from).AsSByte(), Vector128<sbyte>.Zero).ExtractMostSignificantBits()
            | ((ulong)Vector128.GreaterThan(Vector128.LoadUnsafe(ref from, Step).AsSByte(), Vector128<sbyte>.Zero).ExtractMostSignificantBits() << 16)
            | ((ulong)Vector128.GreaterThan(Vector128.LoadUnsafe(ref from, 2 * Step).AsSByte(), Vector128<sbyte>.Zero).ExtractMostSignificantBits() << 32)
            | ((ulong)Vector128.GreaterThan(Vector128.LoadUnsafe(ref from, 3 * Step).AsSByte(), Vector128<sbyte>.Zero).ExtractMostSignificantBits() << 48);
        return ~plain;
    }

    /// <summary>Decodes bytes <see cref="CharCount"/> accepted into exactly as many characters.</summary>
    private static void Write(ReadOnlySpan<byte> bytes, Span<char> chars)
    {
        ref byte source = ref MemoryMarshal.GetReference(bytes);
        ref ushort target = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(chars));
        int read = 0;
        int written = 0;
        while (read < bytes.Length)
        {
            if (read + (2 * Step) <= bytes.Length && written + (2 * Step) <= chars.Length)
            {
                // Two steps at once while both are ASCII: one mask test for 32 bytes.
                ref byte from = ref Unsafe.Add(ref source, read);
                Vector128<byte> a = Vector128.LoadUnsafe(ref from);
                Vector128<byte> b = Vector128.LoadUnsafe(ref from, Step);
                if ((a | b).ExtractMostSignificantBits() == 0)
                {
                    ref ushort to = ref Unsafe.Add(ref target, written);
                    (Vector128<ushort> a0, Vector128<ushort> a1) = Vector128.Widen(a);
                    (Vector128<ushort> b0, Vector128<ushort> b1) = Vector128.Widen(b);
                    a0.StoreUnsafe(ref to);
                    a1.StoreUnsafe(ref to, 8);
                    b0.StoreUnsafe(ref to, 16);
                    b1.StoreUnsafe(ref to, 24);
                    read += 2 * Step;
                    written += 2 * Step;
                    continue;
                }
            }

            if (read + Step <= bytes.Length && written + Step <= chars.Length)
            {
                // Sixteen bytes widened to sixteen characters; when some are not ASCII, only those before the first
                // count, and the rest are written over next.
                Vector128<byte> step = Vector128.LoadUnsafe(ref source, (nuint)read);
                (Vector128<ushort> low, Vector128<ushort> high) = Vector128.Widen(step);
                low.StoreUnsafe(ref target, (nuint)written);
                high.StoreUnsafe(ref target, (nuint)(written + 8));
                uint nonAscii = step.ExtractMostSignificantBits();
                if (nonAscii == 0)
                {
                    read += Step;
                    written += Step;
                    continue;
                }

                int ascii = BitOperations.TrailingZeroCount(nonAscii);
                read += ascii;
                written += ascii;
            }

            int lead = bytes[read];
            if (lead < 0x80)
            {
                chars[written++] = (char)lead;
                read++;
            }
            else if (lead < 0xE0)
            {
                chars[written++] = (char)(((lead & 0x1F) << 6) | (bytes[read + 1] & 0x3F));
                read += 2;
            }
            else if (lead < 0xF0)
            {
                chars[written++] = (char)(((lead & 0x0F) << 12) | ((bytes[read + 1] & 0x3F) << 6) | (bytes[read + 2] & 0x3F));
                read += 3;
            }
            else
            {
                int scalar = ((lead & 0x07) << 18) | ((bytes[read + 1] & 0x3F) << 12) | ((bytes[read + 2] & 0x3F) << 6) | (bytes[read + 3] & 0x3F);
                chars[written++] = (char)(0xD7C0 + (scalar >> 10));
                chars[written++] = (char)(0xDC00 | (scalar & 0x3FF));
                read += 4;
            }
        }
    }
#endif
}
