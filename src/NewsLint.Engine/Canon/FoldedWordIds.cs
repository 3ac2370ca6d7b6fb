using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using NewsLint.Language;

namespace NewsLint.Canon;

/// <summary>
/// The clause index's numbered words (folded), looked up from a word of a text without cutting it out or folding it: a
/// word whose characters fold one by one (ASCII and typographic quotes and dashes, no white space) is hashed and compared
/// with the words of its hash as it is folded; only another word is folded whole. Such a word folds to the same number
/// of characters, so it can only be a word of the index folded that way. Immutable after building.
/// </summary>
internal sealed class FoldedWordIds
{
    private const uint Seed = 2166136261;
    private const uint Prime = 16777619;

    private readonly Dictionary<string, int> _ids;
    private readonly string[] _words;

    // An open-addressing table of the words by their hash (linear probing, at most half full): one probe for most
    // words, no dictionary entry or list to go through. A slot's id is -1 when it is empty.
    private readonly int[] _slotHashes;
    private readonly int[] _slotIds;
    private readonly int _mask;

    /// <param name="ids">Folded words numbered from 0 without gaps.</param>
    public FoldedWordIds(Dictionary<string, int> ids)
    {
        _ids = ids;
        _words = new string[ids.Count];
        int size = 16;
        while (size < 2 * ids.Count)
        {
            size *= 2;
        }

        _mask = size - 1;
        _slotHashes = new int[size];
        _slotIds = new int[size];
        for (int i = 0; i < size; i++)
        {
            _slotIds[i] = -1;
        }

        foreach (KeyValuePair<string, int> word in ids)
        {
            _words[word.Value] = word.Key;
            uint hash = Seed;
            foreach (char c in word.Key)
            {
                hash = (hash ^ c) * Prime;
            }

            int slot = (int)hash & _mask;
            while (_slotIds[slot] >= 0)
            {
                slot = (slot + 1) & _mask;
            }

            _slotHashes[slot] = (int)hash;
            _slotIds[slot] = word.Value;
        }
    }

    /// <summary>The id of <c>Fold(text.Substring(word.Start, word.Length))</c>, or -1.</summary>
    public int Of(string text, Token word)
    {
        uint hash = Seed;
        ReadOnlySpan<char> chars = text.AsSpan(word.Start, word.Length);
        int at = 0;

        // Printable ASCII (most words whole) in a loop of its own: lower case, no other fold, no white space.
        for (; at < chars.Length; at++)
        {
            uint c = chars[at];
            if (c - '!' > (uint)('~' - '!'))
            {
                break;
            }

            hash = (hash ^ (c - 'A' <= (uint)('Z' - 'A') ? c | 0x20 : c)) * Prime;
        }

        for (; at < chars.Length; at++)
        {
            int folded = FoldedAlone(chars[at]);
            if (folded < 0)
            {
                return _ids.TryGetValue(TextFolding.Fold(word.GetText(text)), out int id) ? id : -1;
            }

            hash = (hash ^ (uint)folded) * Prime;
        }

        for (int slot = (int)hash & _mask; _slotIds[slot] >= 0; slot = (slot + 1) & _mask)
        {
            if (_slotHashes[slot] == (int)hash && FoldsTo(text, word.Start, word.Length, _words[_slotIds[slot]]))
            {
                return _slotIds[slot];
            }
        }

        return -1;
    }

    /// <summary>
    /// What the character folds to within a word that <see cref="TextFolding.IsSimple"/> (one character in, one out);
    /// -1 for white space (folding joins or drops it) and for characters folding must normalize with their neighbours.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int FoldedAlone(char c) =>
        c < 0x80 ? (c <= ' ' ? -1 : c >= 'A' && c <= 'Z' ? c | 0x20 : c)
        : c != '\u00A0' && TextFolding.IsSimple(c) ? TextFolding.FoldChar(c) : -1;

    /// <summary>Whether the word (every character of which folds alone) folds to <paramref name="key"/>.</summary>
    private static bool FoldsTo(string text, int start, int length, string key)
    {
        if (key.Length != length)
        {
            return false;
        }

        ReadOnlySpan<char> chars = text.AsSpan(start, length);
        for (int k = 0; k < chars.Length; k++)
        {
            uint c = chars[k];
            int folded = c - '!' <= (uint)('~' - '!') ? (int)(c - 'A' <= (uint)('Z' - 'A') ? c | 0x20 : c) : FoldedAlone((char)c);
            if (folded != key[k])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The folded word numbered <paramref name="id"/>.</summary>
    public string WordOf(int id) => _words[id];

    /// <summary>Each token's id, -1 for a word the index lacks (<see cref="QuotationWords.Ids"/>).</summary>
    public int[] Of(IReadOnlyList<CanonToken> tokens) => QuotationWords.Ids(tokens, _ids);
}
