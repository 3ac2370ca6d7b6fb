using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;

namespace NewsLint.Text;

/// <summary>
/// Bytes to text the same way in every host. UTF-8 (with or without BOM), UTF-16 LE/BE and UTF-32 LE/BE with a BOM,
/// and BOM-less UTF-16 that is plainly recognisable are decoded; invalid sequences become U+FFFD and NUL characters
/// become U+FFFD (one character each, as CommonMark does), so the rest of the file is still linted and every
/// offset after a problem stays exact. Each kind of problem is reported once, at its first occurrence, as an
/// <see cref="EncodingProblem"/> with its byte offset; <see cref="DecodedSource.Diagnostics"/> turns them into NL0003.
/// </summary>
public static class SourceDecoder
{
    /// <summary>The replacement character every invalid sequence and NUL becomes.</summary>
    public const char Replacement = '\uFFFD';

    // Byte order marks as spans over the assembly's data: no array per call.
    private static ReadOnlySpan<byte> Utf8Bom => new byte[] { 0xEF, 0xBB, 0xBF };

    private static ReadOnlySpan<byte> Utf32LeBom => new byte[] { 0xFF, 0xFE, 0x00, 0x00 };

    private static ReadOnlySpan<byte> Utf32BeBom => new byte[] { 0x00, 0x00, 0xFE, 0xFF };

    private static ReadOnlySpan<byte> Utf16LeBom => new byte[] { 0xFF, 0xFE };

    private static ReadOnlySpan<byte> Utf16BeBom => new byte[] { 0xFE, 0xFF };

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>Decodes a whole file as the CLI read it from disk.</summary>
    public static DecodedSource Decode(byte[] bytes)
    {
        if (bytes is null)
        {
            throw new ArgumentNullException(nameof(bytes));
        }

        return Decode(bytes, bytes.Length);
    }

    /// <summary>Decodes the first <paramref name="length"/> bytes of a buffer the host reuses from file to file (the
    /// result keeps no reference to it).</summary>
    public static DecodedSource Decode(byte[] bytes, int length)
    {
        if (bytes is null)
        {
            throw new ArgumentNullException(nameof(bytes));
        }

        if (length < 0 || length > bytes.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(length));
        }

        if (StartsWith(bytes, length, Utf8Bom))
        {
            return DecodeUtf8(bytes, length, 3, "utf-8-bom");
        }

        if (StartsWith(bytes, length, Utf32LeBom))
        {
            return DecodeUtf32(bytes, length, 4, bigEndian: false, "utf-32le");
        }

        if (StartsWith(bytes, length, Utf32BeBom))
        {
            return DecodeUtf32(bytes, length, 4, bigEndian: true, "utf-32be");
        }

        if (StartsWith(bytes, length, Utf16LeBom))
        {
            return DecodeUtf16(bytes, length, 2, bigEndian: false, "utf-16le");
        }

        if (StartsWith(bytes, length, Utf16BeBom))
        {
            return DecodeUtf16(bytes, length, 2, bigEndian: true, "utf-16be");
        }

        return LooksLikeBomlessUtf16(bytes, length, out bool bigEndian)
            ? DecodeUtf16(bytes, length, 0, bigEndian, bigEndian ? "utf-16be" : "utf-16le")
            : DecodeUtf8(bytes, length, 0, "utf-8");
    }

    /// <summary>
    /// Text a host has already decoded, such as a Roslyn <c>SourceText</c> of an AdditionalFile. The compiler reads
    /// such files as strict UTF-8 and, when that fails, falls back to the system's ANSI code page, Windows-1252 or
    /// Latin-1 (never throwing, never replacing): pass that fallback <paramref name="hostEncoding"/> and the original
    /// bytes are recovered from it and decoded here exactly as the CLI would, with the exact byte offset. Text a
    /// host decoded with replacement (U+FFFD) is reported at the first replacement character, with the byte offset
    /// it has in UTF-8.
    /// </summary>
    public static DecodedSource FromHostText(string text, Encoding? hostEncoding = null)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        if (hostEncoding is not null && IsSingleByteFallback(hostEncoding))
        {
            byte[] original;
            try
            {
                original = hostEncoding.GetBytes(text);
            }
            catch (EncoderFallbackException)
            {
                original = Array.Empty<byte>();
            }

            if (original.Length > 0 && !IsValidUtf8(original))
            {
                DecodedSource decoded = Decode(original);
                return new DecodedSource(decoded.Text, decoded.EncodingName, decoded.HadByteOrderMark, decoded.Problems, hostEncoding.WebName);
            }
        }

        bool bom = text.Length > 0 && text[0] == '\uFEFF';
        string body = bom ? text.Substring(1) : text;
        var problems = ImmutableArray.CreateBuilder<EncodingProblem>();
        int replacement = body.IndexOf(Replacement);
        if (replacement >= 0)
        {
            problems.Add(new EncodingProblem(EncodingProblemKind.ReplacementCharacter, Utf8ByteOffset(body, replacement, bom), replacement, Count(body, Replacement)));
        }

        int nul = body.IndexOf('\0');
        if (nul >= 0)
        {
            problems.Add(new EncodingProblem(EncodingProblemKind.NulCharacter, Utf8ByteOffset(body, nul, bom), nul, Count(body, '\0')));
            body = body.Replace('\0', Replacement);
        }

        return new DecodedSource(body, hostEncoding?.WebName ?? "utf-16", bom, Sorted(problems), hostEncoding?.WebName);
    }

    /// <summary>Whether <paramref name="bytes"/> is well-formed UTF-8 (overlongs, surrogates and values above U+10FFFF are not).</summary>
    public static bool IsValidUtf8(byte[] bytes) => FirstInvalidUtf8(bytes, bytes.Length, 0, out _) < 0;

    private static DecodedSource DecodeUtf8(byte[] bytes, int end, int start, string name)
    {
        // Clean text (nearly every article) is decoded and checked in one go; only a file with an ill-formed sequence
        // or a NUL byte is decoded again, replacing, and searched for what is wrong.
        string? text = CleanUtf8.TryDecode(bytes, start, end);
        return text is not null
            ? new DecodedSource(text, name, start > 0, ImmutableArray<EncodingProblem>.Empty, hostEncoding: null)
            : FinishSuspectUtf8(bytes, end, start, name, Utf8.GetString(bytes, start, end - start));
    }

    private static DecodedSource FinishSuspectUtf8(byte[] bytes, int end, int start, string name, string text)
    {
        var problems = ImmutableArray.CreateBuilder<EncodingProblem>();
        int invalidCount = 0;
        int invalid = text.IndexOf(Replacement) < 0 ? -1 : FirstInvalidUtf8(bytes, end, start, out invalidCount);
        if (invalid >= 0)
        {
            // Every character before the first invalid byte decoded normally, so its character offset is their count.
            int charOffset = Utf8.GetCharCount(bytes, start, invalid - start);
            problems.Add(new EncodingProblem(EncodingProblemKind.InvalidUtf8, invalid, charOffset, invalidCount));
        }

        // A NUL byte is always a NUL character in UTF-8, never part of a longer sequence.
        return Finish(text, name, start > 0, problems, _ => Array.IndexOf(bytes, (byte)0, start, end - start));
    }

    private static DecodedSource DecodeUtf16(byte[] bytes, int end, int start, bool bigEndian, string name)
    {
        var problems = ImmutableArray.CreateBuilder<EncodingProblem>();
        int units = (end - start) / 2;
        var chars = new char[units];
        for (int i = 0; i < units; i++)
        {
            int at = start + (i * 2);
            chars[i] = bigEndian ? (char)((bytes[at] << 8) | bytes[at + 1]) : (char)(bytes[at] | (bytes[at + 1] << 8));
        }

        int firstBad = -1;
        int badCount = 0;
        for (int i = 0; i < units; i++)
        {
            char c = chars[i];
            if (char.IsHighSurrogate(c) && i + 1 < units && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                chars[i] = Replacement;
                badCount++;
                firstBad = firstBad < 0 ? i : firstBad;
            }
        }

        var text = new StringBuilder(new string(chars));
        if ((end - start) % 2 == 1)
        {
            // A lone last byte: half a code unit.
            text.Append(Replacement);
            badCount++;
            firstBad = firstBad < 0 ? units : firstBad;
        }

        if (firstBad >= 0)
        {
            problems.Add(new EncodingProblem(EncodingProblemKind.InvalidUtf16, start + (firstBad * 2), firstBad, badCount));
        }

        return Finish(text.ToString(), name, start > 0, problems, charIndex => start + (charIndex * 2));
    }

    private static DecodedSource DecodeUtf32(byte[] bytes, int end, int start, bool bigEndian, string name)
    {
        var problems = ImmutableArray.CreateBuilder<EncodingProblem>();
        var text = new StringBuilder((end - start) / 4);
        var byteOfChar = new List<int>();
        int firstBad = -1;
        int firstBadChar = -1;
        int badCount = 0;
        for (int at = start; at < end; at += 4)
        {
            int value = -1;
            if (at + 4 <= end)
            {
                value = bigEndian
                    ? (bytes[at] << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3]
                    : bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16) | (bytes[at + 3] << 24);
            }

            if (value < 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
            {
                firstBad = firstBad < 0 ? at : firstBad;
                firstBadChar = firstBadChar < 0 ? text.Length : firstBadChar;
                badCount++;
                byteOfChar.Add(at);
                text.Append(Replacement);
                continue;
            }

            string unit = char.ConvertFromUtf32(value);
            foreach (char c in unit)
            {
                byteOfChar.Add(at);
                text.Append(c);
            }
        }

        if (firstBad >= 0)
        {
            problems.Add(new EncodingProblem(EncodingProblemKind.InvalidUtf32, firstBad, firstBadChar, badCount));
        }

        return Finish(text.ToString(), name, true, problems, charIndex => charIndex < byteOfChar.Count ? byteOfChar[charIndex] : end);
    }

    /// <summary>Adds the NUL problem and replaces NULs, keeping every offset.</summary>
    private static DecodedSource Finish(string text, string name, bool bom, ImmutableArray<EncodingProblem>.Builder problems, Func<int, int> byteOffsetOf)
    {
        int nul = text.IndexOf('\0');
        if (nul >= 0)
        {
            problems.Add(new EncodingProblem(EncodingProblemKind.NulCharacter, byteOffsetOf(nul), nul, Count(text, '\0')));
            text = text.Replace('\0', Replacement);
        }

        return new DecodedSource(text, name, bom, Sorted(problems), hostEncoding: null);
    }

    private static ImmutableArray<EncodingProblem> Sorted(ImmutableArray<EncodingProblem>.Builder problems)
    {
        if (problems.Count == 2 && problems[1].ByteOffset < problems[0].ByteOffset)
        {
            (problems[0], problems[1]) = (problems[1], problems[0]);
        }

        return problems.ToImmutable();
    }

    /// <summary>Offset of the first byte that starts an ill-formed UTF-8 sequence (Unicode table 3-7), or -1.</summary>
    private static int FirstInvalidUtf8(byte[] bytes, int end, int start, out int count)
    {
        int first = -1;
        count = 0;
        int i = start;
        while (i < end)
        {
            // Articles are mostly ASCII: eight bytes at a time while none has its high bit set.
            while (i + 8 <= end && (BitConverter.ToUInt64(bytes, i) & 0x8080808080808080UL) == 0)
            {
                i += 8;
            }

            if (i >= end)
            {
                break;
            }

            int length = WellFormedLength(bytes, end, i);
            if (length > 0)
            {
                i += length;
                continue;
            }

            first = first < 0 ? i : first;
            count++;
            i += Math.Max(1, -length);
        }

        return first;
    }

    /// <summary>The length of the well-formed sequence at <paramref name="i"/>, or minus the length of its ill-formed part.</summary>
    internal static int WellFormedLength(byte[] bytes, int end, int i)
    {
        byte b = bytes[i];
        if (b < 0x80)
        {
            return 1;
        }

        int needed;
        byte low = 0x80;
        byte high = 0xBF;
        if (b >= 0xC2 && b <= 0xDF)
        {
            needed = 1;
        }
        else if (b >= 0xE0 && b <= 0xEF)
        {
            needed = 2;
            low = b == 0xE0 ? (byte)0xA0 : (byte)0x80;
            high = b == 0xED ? (byte)0x9F : (byte)0xBF;
        }
        else if (b >= 0xF0 && b <= 0xF4)
        {
            needed = 3;
            low = b == 0xF0 ? (byte)0x90 : (byte)0x80;
            high = b == 0xF4 ? (byte)0x8F : (byte)0xBF;
        }
        else
        {
            return -1;
        }

        for (int k = 1; k <= needed; k++)
        {
            if (i + k >= end)
            {
                return -k;
            }

            byte next = bytes[i + k];
            bool ok = k == 1 ? next >= low && next <= high : next >= 0x80 && next <= 0xBF;
            if (!ok)
            {
                // The maximal ill-formed subpart ends before the byte that broke it.
                return -k;
            }
        }

        return needed + 1;
    }

    private static bool LooksLikeBomlessUtf16(byte[] bytes, int end, out bool bigEndian)
    {
        bigEndian = false;
        int sample = Math.Min(end, 256) & ~1;
        if (sample < 4)
        {
            return false;
        }

        int pairs = sample / 2;
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < sample; i += 2)
        {
            evenZeros += bytes[i] == 0 ? 1 : 0;
            oddZeros += bytes[i + 1] == 0 ? 1 : 0;

            // Once more than a tenth of the pairs lack a zero in each half, neither test below can pass: text that
            // is not UTF-16 (every article) is settled within its first dozen or so pairs, not all 128.
            int seen = (i / 2) + 1;
            if ((seen - evenZeros) * 10 > pairs && (seen - oddZeros) * 10 > pairs)
            {
                return false;
            }
        }

        // Mostly-ASCII UTF-16 has a zero in the same half of nearly every code unit and none in the other half.
        if (oddZeros * 10 >= pairs * 9 && evenZeros == 0)
        {
            return true;
        }

        if (evenZeros * 10 >= pairs * 9 && oddZeros == 0)
        {
            bigEndian = true;
            return true;
        }

        return false;
    }

    private static bool IsSingleByteFallback(Encoding encoding) =>
        encoding.IsSingleByte && encoding.CodePage != 20127;

    private static int Utf8ByteOffset(string body, int charIndex, bool bom) =>
        (bom ? 3 : 0) + Utf8.GetByteCount(body.Substring(0, charIndex));

    private static bool StartsWith(byte[] bytes, int end, ReadOnlySpan<byte> prefix) =>
        bytes.AsSpan(0, end).StartsWith(prefix);

    private static int Count(string text, char c)
    {
        int count = 0;
        foreach (char each in text)
        {
            count += each == c ? 1 : 0;
        }

        return count;
    }
}
