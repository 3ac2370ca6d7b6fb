using System;
using System.Numerics;
using System.Runtime.InteropServices;
#if NET
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
#endif

namespace NewsLint.Text;

/// <summary>
/// The one pass over an article's characters before parsing: where its lines start (CRLF, CR and LF each end one),
/// and two counts the parser needs from the same characters: Markdown's inline delimiters (<c>* _ [ ]</c>, which
/// NestingGuard limits) and whether a <c>|</c> is there (the table pipeline). Sixteen characters a step, narrowed to
/// bytes, so the line map and the counts cost one read of the text instead of two.
/// </summary>
internal static class SourceScan
{
    /// <summary>Per-thread scratch for the line starts: grown once, not per article.</summary>
    [ThreadStatic]
    private static int[]? LineStartBuffer;

    /// <summary>Line starts of <paramref name="text"/> (an exact-size array; the first is 0), with the counts.</summary>
    public static int[] Scan(string text, out int inlineDelimiters, out bool hasPipe)
    {
        var starts = new LineStarts(LineStartBuffer ??= new int[256]);
#if NET
        if (Ssse3.IsSupported)
        {
            ScanPacked<ByLookup>(text, ref starts, out inlineDelimiters, out hasPipe);
            return starts.ToArray();
        }

        if (Sse2.IsSupported)
        {
            ScanPacked<ByCompare>(text, ref starts, out inlineDelimiters, out hasPipe);
            return starts.ToArray();
        }
#endif
        ScanPortable(text, ref starts, out inlineDelimiters, out hasPipe);
        return starts.ToArray();
    }

    /// <summary>Whether <paramref name="c"/> opens or closes emphasis or a link.</summary>
    public static bool IsInlineDelimiter(char c) => c == '*' || c == '_' || c == '[' || c == ']';

    /// <summary>The characters <see cref="IsInlineDelimiter"/> accepts, for a vectorized search.</summary>
    public static ReadOnlySpan<char> InlineDelimiters => "*_[]".AsSpan();

#if NET
    /// <summary>
    /// Two vectors of characters packed into one of bytes with saturation: a character above U+00FF becomes 0x00 or
    /// 0xFF, neither of which is searched for, so every byte's class is exact for the character it stands for. Each
    /// byte gets a class (see <see cref="IByteClasses"/>); the classifier is a type argument, so its instruction set is
    /// chosen once, not at every step.
    /// </summary>
    private static void ScanPacked<TClasses>(string text, ref LineStarts starts, out int inlineDelimiters, out bool hasPipe)
        where TClasses : struct, IByteClasses
    {
        ref short first = ref Unsafe.As<char, short>(ref MemoryMarshal.GetReference(text.AsSpan()));
        bool pipeSeen = false;
        int delimiters = 0;
        int i = 0;
        int lastStep = text.Length - 16;
        while (i <= lastStep)
        {
            // A byte lane counts at most one a step: summed every 255 steps, it cannot wrap. Room for a break at every
            // character of those steps keeps the loop free of calls (a call would spill the vectors each step).
            int stop = Math.Min(lastStep, i + (254 * 16));
            int[] buffer = starts.Reserve(stop + 16 - i);
            int count = starts.Count;
            int next = starts.Next;
            // Per block, like the lanes: no vector stays live across Reserve's call, which would spill it every step.
            Vector128<byte> lanes = Vector128<byte>.Zero;
            Vector128<byte> seen = Vector128<byte>.Zero;
            for (; i <= stop; i += 16)
            {
                Vector128<short> low = Vector128.LoadUnsafe(ref first, (nuint)i);
                Vector128<short> high = Vector128.LoadUnsafe(ref first, (nuint)(i + 8));
                Vector128<byte> classes = TClasses.Classify(Sse2.PackUnsignedSaturate(low, high));
                lanes += Vector128.Min(classes & Vector128.Create((byte)0x03), Vector128.Create((byte)1));
                seen |= classes;
                uint breaks = classes.ExtractMostSignificantBits();
                while (breaks != 0)
                {
                    int at = i + BitOperations.TrailingZeroCount(breaks);
                    breaks &= breaks - 1;
                    if (at >= next)
                    {
                        next = text[at] == '\r' && at + 1 < text.Length && text[at + 1] == '\n' ? at + 2 : at + 1;
                        buffer[count++] = next;
                    }
                }
            }

            starts.Commit(count, next);
            delimiters += (int)Vector128.Sum(Vector128.WidenLower(lanes) + Vector128.WidenUpper(lanes));
            pipeSeen |= (seen & Vector128.Create((byte)0x04)) != Vector128<byte>.Zero;
        }

        hasPipe = pipeSeen;
        for (; i < text.Length; i++)
        {
            char c = text[i];
            delimiters += IsInlineDelimiter(c) ? 1 : 0;
            hasPipe |= c == '|';
            if (c == '\r' || c == '\n')
            {
                starts.AddBreak(text, i);
            }
        }

        inlineDelimiters = delimiters;
    }

    /// <summary>Each byte's class: 0x80 for CR and LF, 0x01 for <c>*</c>, 0x02 for <c>[ ] _</c>, 0x04 for <c>|</c>, else 0.</summary>
    private interface IByteClasses
    {
        static abstract Vector128<byte> Classify(Vector128<byte> bytes);
    }

    /// <summary>Two table lookups (SSSE3), by the low and the high half of each byte, ANDed: each class is one bit of
    /// one high-half row, so only its own bytes keep it.</summary>
    private readonly struct ByLookup : IByteClasses
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<byte> Classify(Vector128<byte> bytes)
        {
            // By low half: A is * (row 2) and LF (row 0), B is [, C is |, D is ] and CR, F is _.
            Vector128<byte> byLow = Vector128.Create((byte)0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x81, 0x02, 0x04, 0x82, 0, 0x02);
            Vector128<byte> byHigh = Vector128.Create((byte)0x80, 0, 0x01, 0, 0, 0x02, 0, 0x04, 0, 0, 0, 0, 0, 0, 0, 0);
            Vector128<byte> nibble = Vector128.Create((byte)0x0F);
            Vector128<byte> low = bytes & nibble;
            Vector128<byte> high = Vector128.ShiftRightLogical(bytes.AsUInt16(), 4).AsByte() & nibble;
            return Ssse3.Shuffle(byLow, low) & Ssse3.Shuffle(byHigh, high);
        }
    }

    /// <summary>A compare per character (SSE2).</summary>
    private readonly struct ByCompare : IByteClasses
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static Vector128<byte> Classify(Vector128<byte> bytes)
        {
            Vector128<byte> lineBreak = Vector128.Equals(bytes, Vector128.Create((byte)'\r')) | Vector128.Equals(bytes, Vector128.Create((byte)'\n'));
            Vector128<byte> star = Vector128.Equals(bytes, Vector128.Create((byte)'*'));
            Vector128<byte> bracketOrUnderscore = Vector128.Equals(bytes, Vector128.Create((byte)'[')) | Vector128.Equals(bytes, Vector128.Create((byte)']')) | Vector128.Equals(bytes, Vector128.Create((byte)'_'));
            Vector128<byte> pipe = Vector128.Equals(bytes, Vector128.Create((byte)'|'));
            return (lineBreak & Vector128.Create((byte)0x80)) | (star & Vector128.Create((byte)0x01)) | (bracketOrUnderscore & Vector128.Create((byte)0x02)) | (pipe & Vector128.Create((byte)0x04));
        }
    }
#endif

    /// <summary>For tests: the first byte value whose class the table lookup and the compares disagree on, or -1 (also
    /// where there is no lookup to check: the netstandard2.0 build, a machine without SSSE3).</summary>
    internal static int FirstClassifierDisagreement()
    {
#if NET
        if (Ssse3.IsSupported)
        {
            for (int value = 0; value < 256; value += 16)
            {
                Vector128<byte> bytes = Vector128.Create((byte)value) + Vector128.Create((byte)0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
                Vector128<byte> byLookup = ByLookup.Classify(bytes);
                Vector128<byte> byCompare = ByCompare.Classify(bytes);
                for (int lane = 0; lane < 16; lane++)
                {
                    if (byLookup.GetElement(lane) != byCompare.GetElement(lane))
                    {
                        return value + lane;
                    }
                }
            }
        }
#endif
        return -1;
    }

    /// <summary>Without byte packing: line breaks found from break to break, the counts a vector of characters at a time.</summary>
    private static void ScanPortable(string text, ref LineStarts starts, out int inlineDelimiters, out bool hasPipe)
    {
        ReadOnlySpan<char> span = text.AsSpan();
        int at = 0;
        while (true)
        {
            int found = span.Slice(at).IndexOfAny('\r', '\n');
            if (found < 0)
            {
                break;
            }

            starts.AddBreak(text, at + found);
            at = starts.Next;
        }

        ReadOnlySpan<Vector<ushort>> vectors = MemoryMarshal.Cast<char, Vector<ushort>>(span);
        var star = new Vector<ushort>('*');
        var underscore = new Vector<ushort>('_');
        var open = new Vector<ushort>('[');
        var close = new Vector<ushort>(']');
        var pipe = new Vector<ushort>('|');
        Vector<ushort> pipes = Vector<ushort>.Zero;
        int count = 0;
        int v = 0;
        while (v < vectors.Length)
        {
            // A lane counts at most one per vector; summed every 4,096 vectors, it cannot overflow its 16 bits.
            int stop = Math.Min(vectors.Length, v + 4096);
            Vector<ushort> lanes = Vector<ushort>.Zero;
            for (; v < stop; v++)
            {
                Vector<ushort> chars = vectors[v];
                lanes -= Vector.Equals(chars, star) | Vector.Equals(chars, underscore) | Vector.Equals(chars, open) | Vector.Equals(chars, close);
                pipes |= Vector.Equals(chars, pipe);
            }

            for (int lane = 0; lane < Vector<ushort>.Count; lane++)
            {
                count += lanes[lane];
            }
        }

        hasPipe = !Vector.EqualsAll(pipes, Vector<ushort>.Zero);
        for (int i = vectors.Length * Vector<ushort>.Count; i < span.Length; i++)
        {
            count += IsInlineDelimiter(span[i]) ? 1 : 0;
            hasPipe |= span[i] == '|';
        }

        inlineDelimiters = count;
    }

    /// <summary>Line starts gathered in the per-thread buffer.</summary>
    private struct LineStarts
    {
        private int[] _buffer;
        private int _count;

        public LineStarts(int[] buffer)
        {
            _buffer = buffer;
            _buffer[0] = 0;
            _count = 1;
            Next = 0;
        }

        /// <summary>The start of the last line found so far.</summary>
        public int Next { get; private set; }

        /// <summary>A line break at <paramref name="at"/>; the LF of a CRLF (before <see cref="Next"/>) is no new line.</summary>
        public void AddBreak(string text, int at)
        {
            if (at < Next)
            {
                return;
            }

            Next = text[at] == '\r' && at + 1 < text.Length && text[at + 1] == '\n' ? at + 2 : at + 1;
            if (_count == _buffer.Length)
            {
                Array.Resize(ref _buffer, _buffer.Length * 2);
                LineStartBuffer = _buffer;
            }

            _buffer[_count++] = Next;
        }

        public int Count => _count;

        /// <summary>The buffer, with room for <paramref name="more"/> starts after <see cref="Count"/>.</summary>
        public int[] Reserve(int more)
        {
            if (_count + more > _buffer.Length)
            {
                Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _count + more));
                LineStartBuffer = _buffer;
            }

            return _buffer;
        }

        /// <summary>Takes the starts a caller wrote into the <see cref="Reserve"/>d buffer.</summary>
        public void Commit(int count, int next)
        {
            _count = count;
            Next = next;
        }

        public int[] ToArray()
        {
            var starts = new int[_count];
            Array.Copy(_buffer, starts, _count);
            return starts;
        }
    }
}
