using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NewsLint.Language;

/// <summary>
/// Hashes of <see cref="TextFolding.Fold"/> keys taken from a range of a text without cutting it out or folding it
/// first, so hot loops can reject the many ranges that match nothing and fold only the few that may. Equal folds give
/// equal hashes; unequal folds may collide, so a hash match must be confirmed on the folded strings.
/// </summary>
internal static class FoldedHash
{
    private const uint Seed = 2166136261;

    /// <summary>
    /// The hash of <c>Fold(text.Substring(start, length))</c> when that range needs no normalization (ASCII plus
    /// typographic quotes, dashes and spaces); false, without a hash, for any other range.
    /// </summary>
    public static bool TrySimple(string text, int start, int length, out int hash)
    {
        // FNV-1a over the folded characters: each run of white space one space, none at either end.
        uint h = Seed;
        bool pendingSpace = false;
        int count = 0;
        for (int i = start; i < start + length; i++)
        {
            i = HashPlainRun(text, i, start + length, int.MaxValue, ref h, ref pendingSpace, ref count);
            if (i == start + length)
            {
                break;
            }

            char c = text[i];
            if (!TextFolding.IsSimple(c))
            {
                hash = 0;
                return false;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = count > 0;
                continue;
            }

            if (pendingSpace)
            {
                h = Step(h, ' ');
                pendingSpace = false;
            }

            h = Step(h, TextFolding.FoldChar(c));
            count++;
        }

        hash = (int)h;
        return true;
    }

    /// <summary>
    /// <see cref="TrySimple(string, int, int, out int)"/> of a token's range. A word of ASCII letters only (<see
    /// cref="Token.IsAsciiLetters"/>, most words) folds to itself lower-cased, so it is hashed with no test of a character.
    /// </summary>
    public static bool TrySimple(string text, Token token, out int hash)
    {
        if (!token.IsAsciiLetters)
        {
            return TrySimple(text, token.Start, token.Length, out hash);
        }

        uint h = Seed;
        foreach (char c in text.AsSpan(token.Start, token.Length))
        {
            h = Step(h, (char)(c | 0x20));
        }

        hash = (int)h;
        return true;
    }

    /// <summary>
    /// Whether <c>Fold(text.Substring(start, length)) == key</c>, for a range <see cref="TrySimple(string, int, int, out int)"/>
    /// hashed: it is folded character by character as it is compared.
    /// </summary>
    public static bool SimpleRangeFoldsTo(string text, int start, int length, string key)
    {
        int k = AsciiLettersMatched(text, start, length, key);
        return k >= 0 && SimpleRestFoldsTo(text, start + k, start + length, key, k);
    }

    /// <summary>
    /// <see cref="SimpleRangeFoldsTo"/> of text[i..end) against the rest of the key, from <paramref name="k"/>: the
    /// characters before <paramref name="i"/> were ASCII letters, which matched the key's first k one for one.
    /// </summary>
    private static bool SimpleRestFoldsTo(string text, int i, int end, string key, int k)
    {
        bool pendingSpace = false;
        for (; i < end; i++)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = k > 0;
                continue;
            }

            if (pendingSpace)
            {
                if (k == key.Length || key[k++] != ' ')
                {
                    return false;
                }

                pendingSpace = false;
            }

            if (k == key.Length || key[k++] != TextFolding.FoldChar(c))
            {
                return false;
            }
        }

        return k == key.Length;
    }

    /// <summary>Whether <c>Fold(text.Substring(start, length)) == key</c>; allocates only for a range that needs normalizing.</summary>
    public static bool RangeFoldsTo(string text, int start, int length, string key)
    {
        // Normalizing leaves ASCII letters at the start of a range as they are: a start that differs from the key's
        // settles the answer whatever follows.
        int k = AsciiLettersMatched(text, start, length, key);
        if (k < 0)
        {
            return false;
        }

        for (int i = start + k; i < start + length; i++)
        {
            if (!TextFolding.IsSimple(text[i]))
            {
                return TextFolding.Fold(text.Substring(start, length)) == key;
            }
        }

        return SimpleRestFoldsTo(text, start + k, start + length, key, k);
    }

    /// <summary>
    /// How many ASCII letters at the start of text[start..start+length) fold to the start of <paramref name="key"/>, read
    /// up to the first other character or the key's end; -1 when one folds to another character of the key. A letter
    /// folds to itself lower-cased (<c>| 0x20</c>), one character for one, so the letters need neither the white space
    /// nor the folding tests of the general comparison, which goes on after them.
    /// </summary>
    private static int AsciiLettersMatched(string text, int start, int length, string key)
    {
        ReadOnlySpan<char> range = text.AsSpan(start, length);
        ReadOnlySpan<char> folded = key.AsSpan(0, Math.Min(length, key.Length));

        // Four characters in one 64-bit compare while all four are letters equal to the key's: the key's lanes are
        // small letters, so the text's are letters of either case. The loop below settles the first other four.
        ref byte rangeBytes = ref Unsafe.As<char, byte>(ref MemoryMarshal.GetReference(range));
        ref byte foldedBytes = ref Unsafe.As<char, byte>(ref MemoryMarshal.GetReference(folded));
        int k = 0;
        for (; k + 4 <= folded.Length; k += 4)
        {
            ulong lower = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref rangeBytes, 2 * k)) | 0x0020002000200020UL;
            ulong keyChars = Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref foldedBytes, 2 * k));
            if (lower != keyChars || !AreSmallLetters(keyChars))
            {
                break;
            }
        }

        for (; k < folded.Length; k++)
        {
            char c = range[k];
            if (!Ascii.IsLetter(c))
            {
                break;
            }

            if ((char)(c | 0x20) != folded[k])
            {
                return -1;
            }
        }

        return k;
    }

    /// <summary>Whether each of four 16-bit lanes holds one of 'a' to 'z'.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool AreSmallLetters(ulong lanes)
    {
        // Below 0x80, a lane plus 0x1F reaches bit 0x80 from 'a' on, and plus 0x05 from past 'z' on, carrying into no
        // other lane: the two differ in that bit from 'a' to 'z' only.
        const ulong High = 0x0080008000800080UL;
        ulong fromA = lanes + 0x001F001F001F001FUL;
        ulong pastZ = lanes + 0x0005000500050005UL;
        return (lanes & 0xFF80FF80FF80FF80UL) == 0 && ((fromA ^ pastZ) & High) == High;
    }

    /// <summary>The hash of <c>Fold(text.Substring(start, length))</c>; allocates only for a range that needs normalizing.</summary>
    public static int Of(string text, int start, int length) =>
        TrySimple(text, start, length, out int hash) ? hash : OfFolded(TextFolding.Fold(text.Substring(start, length)));

    /// <summary>
    /// The hash of the first <paramref name="maxChars"/> characters of <c>Fold(text)</c> (all of it when shorter): a key
    /// that reads only the start of a long text when that start needs no normalizing.
    /// </summary>
    public static int OfPrefix(string text, int maxChars)
    {
        PrefixProgress progress = PrefixProgress.Start;
        return OfPrefix(text, maxChars, ref progress);
    }

    /// <summary>
    /// As <see cref="OfPrefix(string, int)"/>, going on from where an earlier call on the same text stopped
    /// (<paramref name="progress"/>, <see cref="PrefixProgress.Start"/> at first), so a longer prefix reads only its new part.
    /// </summary>
    public static int OfPrefix(string text, int maxChars, ref PrefixProgress progress)
    {
        if (progress.Index < 0)
        {
            return OfFolded(TextFolding.Fold(text), maxChars);
        }

        uint h = progress.Hash;
        int count = progress.Count;
        bool pendingSpace = progress.PendingSpace;
        int i = progress.Index;
        for (; i < text.Length && count < maxChars; i++)
        {
            i = HashPlainRun(text, i, text.Length, maxChars, ref h, ref pendingSpace, ref count);
            if (i == text.Length || count == maxChars)
            {
                break;
            }

            char c = text[i];
            if (!TextFolding.IsSimple(c))
            {
                // Normalizing works on the whole text, but leaves a start of simple characters as it is: fold it all.
                progress = PrefixProgress.Folded;
                return OfFolded(TextFolding.Fold(text), maxChars);
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = count > 0;
                continue;
            }

            if (pendingSpace)
            {
                h = Step(h, ' ');
                pendingSpace = false;
                if (++count == maxChars)
                {
                    break;
                }
            }

            h = Step(h, TextFolding.FoldChar(c));
            count++;
        }

        progress = new PrefixProgress(h, i, count, pendingSpace);
        return (int)h;
    }

    /// <summary>Where <see cref="OfPrefix(string, int, ref PrefixProgress)"/> stopped in a text: its state at that index.</summary>
    public readonly struct PrefixProgress
    {
        public static readonly PrefixProgress Start = new(Seed, 0, 0, false);

        /// <summary>The text needs normalizing: a longer prefix folds it whole.</summary>
        public static readonly PrefixProgress Folded = new(0, -1, 0, false);

        public PrefixProgress(uint hash, int index, int count, bool pendingSpace)
        {
            Hash = hash;
            Index = index;
            Count = count;
            PendingSpace = pendingSpace;
        }

        public uint Hash { get; }

        /// <summary>The first character not read; -1 for <see cref="Folded"/>.</summary>
        public int Index { get; }

        /// <summary>Folded characters hashed.</summary>
        public int Count { get; }

        /// <summary>White space read after the last hashed character, which becomes one space before the next.</summary>
        public bool PendingSpace { get; }
    }

    /// <summary>The hash of a key that is already folded.</summary>
    public static int OfFolded(string key) => OfFolded(key, key.Length);

    private static int OfFolded(string key, int maxChars)
    {
        uint h = Seed;
        for (int i = 0; i < key.Length && i < maxChars; i++)
        {
            h = Step(h, key[i]);
        }

        return (int)h;
    }

    /// <summary>
    /// Hashes text[i..end) as the loops above do while it holds printable ASCII and spaces, most of any text, and at most
    /// until <paramref name="maxChars"/> folded characters are hashed; returns the index of the first character it left. A
    /// loop without calls, so its state stays in registers.
    /// </summary>
    private static int HashPlainRun(string text, int i, int end, int maxChars, ref uint hash, ref bool pendingSpace, ref int count)
    {
        if ((uint)end > (uint)text.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(end));
        }

        uint h = hash;
        bool pending = pendingSpace;
        int n = count;
        ref char first = ref MemoryMarshal.GetReference(text.AsSpan());
        ref byte folded = ref MemoryMarshal.GetReference(FoldedPrintable);
        while (i < end && n < maxChars)
        {
            char c = Unsafe.Add(ref first, i);
            if ((uint)(c - '!') <= '~' - '!')
            {
                if (pending)
                {
                    h = Step(h, ' ');
                    pending = false;
                    if (++n == maxChars)
                    {
                        break;
                    }
                }

                // Each printable character adds one to the count, and so does a single space between two of them (it
                // folds to itself): one bound for the text's end and the count's limit (maxChars may be int.MaxValue),
                // and one test a character. Words and the single spaces between them stay in this loop; anything
                // else, and a space the bound cuts from the character after it, goes back to the loop around.
                int runStart = i;
                int stop = maxChars - n < end - i ? i + (maxChars - n) : end;
                while (true)
                {
                    h = (h ^ Unsafe.Add(ref folded, (nuint)(uint)(c - '!'))) * Prime;
                    if (++i >= stop)
                    {
                        break;
                    }

                    c = Unsafe.Add(ref first, i);
                    if ((uint)(c - '!') <= '~' - '!')
                    {
                        continue;
                    }

                    if (c != ' ' || i + 1 >= stop || (uint)((c = Unsafe.Add(ref first, i + 1)) - '!') > '~' - '!')
                    {
                        break;
                    }

                    h = (h ^ ' ') * Prime;
                    i++;
                }

                n += i - runStart;
            }
            else if (c == ' ')
            {
                pending = n > 0;
                i++;
            }
            else
            {
                break;
            }
        }

        hash = h;
        pendingSpace = pending;
        count = n;
        return i;
    }

    private const uint Prime = 16777619;

    /// <summary>'!' to '~' as they fold (A-Z lowercased), indexed from '!'.</summary>
    private static ReadOnlySpan<byte> FoldedPrintable => "!\"#$%&'()*+,-./0123456789:;<=>?@abcdefghijklmnopqrstuvwxyz[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~"u8;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Step(uint h, char c) => (h ^ c) * Prime;
}
