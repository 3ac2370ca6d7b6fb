using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using NewsLint.Language;

namespace NewsLint.Canon;

/// <summary>
/// The clause index's numbered words (folded), looked up from a word of a text without cutting it out or folding it: a
/// word whose characters fold one by one (ASCII and typographic quotes and dashes, no white space) is folded four
/// characters at a time into 64-bit chunks as it is hashed (<see cref="Chunks"/>; four printable ASCII characters with a
/// few operations on one 64-bit read), and compared with the words of its hash by its first and last chunks (all of a
/// word of up to 8 characters) or in full; only another word is folded whole. Such a word folds to the same number of
/// characters, so it can only be a word of the index folded that way. Immutable after building.
/// </summary>
internal sealed class FoldedWordIds
{
    private const ulong Seed = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    /// <summary>No chunk of folded characters: a lane of 0xFFFF is no character that folds alone.</summary>
    private const ulong Failed = ulong.MaxValue;

    /// <summary>Lanes holding a character past ASCII.</summary>
    private const ulong NotAscii = 0xFF80_FF80_FF80_FF80UL;

    /// <summary>Added to an ASCII lane, sets its bit 15 when the lane is past the space (0x21 and up).</summary>
    private const ulong PastSpace = 0x7FDF_7FDF_7FDF_7FDFUL;

    /// <summary>Added to an ASCII lane, sets its bit 15 when the lane is 'A' or past it.</summary>
    private const ulong AtLeastUpperA = 0x7FBF_7FBF_7FBF_7FBFUL;

    /// <summary>Added to an ASCII lane, sets its bit 15 when the lane is past 'Z'.</summary>
    private const ulong PastUpperZ = 0x7FA5_7FA5_7FA5_7FA5UL;

    private const ulong LaneTops = 0x8000_8000_8000_8000UL;

    private readonly Dictionary<string, int> _ids;
    private readonly string[] _words;

    /// <summary>Each word's <see cref="Chunks"/>, the words one after another from <see cref="_firstChunk"/>.</summary>
    private readonly ulong[] _chunks;
    private readonly int[] _firstChunk;

    // An open-addressing table of the words by their hash (linear probing, at most half full): one probe for most
    // words, no dictionary entry or list to go through. A slot's id is -1 when it is empty.
    private readonly Slot[] _slots;
    private readonly int _mask;

    /// <summary>Which words of ASCII letters the table may hold, by their first two letters and length (<see cref="AsciiLetterWords"/>).</summary>
    private readonly AsciiLetterWords _asciiLetterWords;

    /// <param name="ids">Folded words numbered from 0 without gaps.</param>
    public FoldedWordIds(Dictionary<string, int> ids)
    {
        _ids = ids;
        _words = new string[ids.Count];
        _firstChunk = new int[ids.Count + 1];
        int size = 16;
        while (size < 2 * ids.Count)
        {
            size *= 2;
        }

        _mask = size - 1;
        _slots = new Slot[size];
        for (int i = 0; i < size; i++)
        {
            _slots[i].Id = -1;
        }

        foreach (KeyValuePair<string, int> word in ids)
        {
            _words[word.Value] = word.Key;
        }

        _asciiLetterWords = new AsciiLetterWords(_words);

        for (int id = 0; id < _words.Length; id++)
        {
            _firstChunk[id + 1] = _firstChunk[id] + Chunks(_words[id].Length);
        }

        _chunks = new ulong[_firstChunk[_words.Length]];
        for (int id = 0; id < _words.Length; id++)
        {
            string key = _words[id];
            ulong hash = Seed ^ (ulong)key.Length;
            for (int k = 0; k < Chunks(key.Length); k++)
            {
                ulong chunk = 0;
                int at = ChunkAt(k, key.Length);
                for (int lane = 0; lane < 4 && at + lane < key.Length; lane++)
                {
                    chunk |= (ulong)key[at + lane] << (16 * lane);
                }

                _chunks[_firstChunk[id] + k] = chunk;
                hash = (hash ^ chunk) * Prime;
            }

            int mixed = Mix(hash);
            int slot = mixed & _mask;
            while (_slots[slot].Id >= 0)
            {
                slot = (slot + 1) & _mask;
            }

            int chunks = Chunks(key.Length);
            _slots[slot] = new Slot { Hash = mixed, Id = id, Length = key.Length, First = _chunks[_firstChunk[id]], Last = _chunks[_firstChunk[id] + chunks - 1] };
        }
    }

    /// <summary>The id of <c>Fold(text.Substring(word.Start, word.Length))</c>, or -1.</summary>
    /// <remarks>No filter here: a quotation's words are mostly words of the index or share their first letters and length.</remarks>
    public int Of(string text, Token word)
    {
        int length = word.Length;
        ReadOnlySpan<char> chars = text.AsSpan(word.Start, length);
        ref char first = ref MemoryMarshal.GetReference(chars);
        ulong hash = Seed ^ (ulong)length;
        ulong head;
        ulong last;
        if (length >= 4)
        {
            last = head = FoldFour(ref first);
            if (head == Failed)
            {
                return Folded(text, word);
            }

            hash = (hash ^ head) * Prime;
            for (int at = 4; at < length; at += 4)
            {
                // The last chunk ends with the word, overlapping the one before when the length is no multiple of 4.
                last = FoldFour(ref Unsafe.Add(ref first, Math.Min(at, length - 4)));
                if (last == Failed)
                {
                    return Folded(text, word);
                }

                hash = (hash ^ last) * Prime;
            }
        }
        else
        {
            // The characters after a short word are read with it (and masked off) when the text has them.
            last = head = word.Start + 4 <= text.Length ? FoldShort(ref first, length) : FoldAlone(ref first, length);
            if (head == Failed)
            {
                return Folded(text, word);
            }

            hash = (hash ^ head) * Prime;
        }

        int mixed = Mix(hash);
        for (int slot = mixed & _mask; _slots[slot].Id >= 0; slot = (slot + 1) & _mask)
        {
            // A word of up to 8 characters is its first and last chunks; a longer one is compared in full.
            ref Slot known = ref _slots[slot];
            if (known.Hash == mixed && known.First == head && known.Last == last && known.Length == length && (length <= 8 || FoldsTo(chars, known.Id)))
            {
                return known.Id;
            }
        }

        return -1;
    }

    /// <summary>
    /// As <see cref="Of"/>, for a table that lacks most words asked about (the material phrases' words the index lacks):
    /// a word of ASCII letters whose first two letters and length no word of the table has is turned away unhashed.
    /// </summary>
    public int OfFiltered(string text, Token word) =>
        word.IsAsciiLetters && !_asciiLetterWords.MayHold(text, word.Start, word.Length) ? -1 : Of(text, word);

    /// <summary>The id of a folded word, or -1.</summary>
    public int IdOf(string folded) => _ids.TryGetValue(folded, out int id) ? id : -1;

    /// <summary>The folded word numbered <paramref name="id"/>.</summary>
    public string WordOf(int id) => _words[id];

    /// <summary>Each token's id, -1 for a word the index lacks (<see cref="QuotationWords.Ids"/>).</summary>
    public int[] Of(IReadOnlyList<CanonToken> tokens) => QuotationWords.Ids(tokens, _ids);

    /// <summary>
    /// How many chunks of four characters (the first in the low 16 bits) a word of <paramref name="length"/> characters
    /// is read as: from every fourth character, the last one ending with the word (so it may overlap the one before);
    /// a word shorter than four is one chunk padded with zeros.
    /// </summary>
    private static int Chunks(int length) => length < 4 ? 1 : (length + 3) / 4;

    /// <summary>Where chunk <paramref name="k"/> of a word of <paramref name="length"/> characters starts (<see cref="Chunks"/>).</summary>
    private static int ChunkAt(int k, int length) => length < 4 ? 0 : Math.Min(4 * k, length - 4);

    /// <summary>All bits of the hash mixed into the low ones, which choose the slot.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Mix(ulong hash)
    {
        hash ^= hash >> 33;
        hash *= 0xFF51AFD7ED558CCDUL;
        hash ^= hash >> 33;
        return (int)hash;
    }

    /// <summary>The word folded whole, for a word with a character that does not fold alone.</summary>
    private int Folded(string text, Token word) => _ids.TryGetValue(TextFolding.Fold(word.GetText(text)), out int id) ? id : -1;

    /// <summary>Whether the characters (at least four, each of which folds alone) fold to word <paramref name="id"/> of their length: chunk by chunk, folded again.</summary>
    private bool FoldsTo(ReadOnlySpan<char> chars, int id)
    {
        int length = chars.Length;
        int chunk = _firstChunk[id];
        ref char first = ref MemoryMarshal.GetReference(chars);
        for (int at = 0; ; at += 4, chunk++)
        {
            at = Math.Min(at, length - 4);
            if (FoldFour(ref Unsafe.Add(ref first, at)) != _chunks[chunk])
            {
                return false;
            }

            if (at == length - 4)
            {
                return true;
            }
        }
    }

    /// <summary>
    /// The four characters from <paramref name="at"/>, folded: four printable ASCII characters (most of a word) at once,
    /// upper-case letters getting bit 5; others one by one; <see cref="Failed"/> when one does not fold alone.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong FoldFour(ref char at)
    {
        ulong raw = Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<char, byte>(ref at));
        if ((raw & NotAscii) == 0 && ((raw + PastSpace) & LaneTops) == LaneTops)
        {
            return raw | ((((raw + AtLeastUpperA) & ~(raw + PastUpperZ)) & LaneTops) >> 10);
        }

        return FoldAlone(ref at, 4);
    }

    /// <summary>
    /// A word of fewer than four characters as one chunk, read with the characters after it (which must be there) and
    /// those masked off; <see cref="Failed"/> as <see cref="FoldFour"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong FoldShort(ref char at, int length)
    {
        ulong lanes = (1UL << (16 * length)) - 1;
        ulong raw = Unsafe.ReadUnaligned<ulong>(ref Unsafe.As<char, byte>(ref at)) & lanes;
        if ((raw & NotAscii) == 0 && ((raw + PastSpace) & LaneTops & lanes) == (LaneTops & lanes))
        {
            return raw | ((((raw + AtLeastUpperA) & ~(raw + PastUpperZ)) & LaneTops) >> 10);
        }

        return FoldAlone(ref at, length);
    }

    /// <summary>Up to four characters folded one by one into a chunk; <see cref="Failed"/> when one does not fold alone.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ulong FoldAlone(ref char at, int count)
    {
        ulong chunk = 0;
        for (int k = 0; k < count; k++)
        {
            int folded = FoldedAlone(Unsafe.Add(ref at, k));
            if (folded < 0)
            {
                return Failed;
            }

            chunk |= (ulong)folded << (16 * k);
        }

        return chunk;
    }

    /// <summary>
    /// What the character folds to within a word that <see cref="TextFolding.IsSimple"/> (one character in, one out);
    /// -1 for white space (folding joins or drops it) and for characters folding must normalize with their neighbours.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int FoldedAlone(char c) =>
        c < 0x80 ? (c <= ' ' ? -1 : c >= 'A' && c <= 'Z' ? c | 0x20 : c)
        : c != '\u00A0' && TextFolding.IsSimple(c) ? TextFolding.FoldChar(c) : -1;

    /// <summary>A word of the table: its mixed hash, id and length, and its first and last chunks (all of a word of up to 8 characters).</summary>
    private struct Slot
    {
        public int Hash;
        public int Id;
        public int Length;
        public ulong First;
        public ulong Last;
    }
}
