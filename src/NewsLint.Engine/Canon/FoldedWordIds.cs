using System.Collections.Generic;
using NewsLint.Language;

namespace NewsLint.Canon;

/// <summary>
/// The clause index's numbered words (folded), looked up from a word of a text without cutting it out or folding it: a
/// word of simple characters (<see cref="FoldedHash.TrySimple"/>) is compared with the words of its fold's hash as it is
/// folded; only another word is folded. A simple word folds to simple characters, so it can only be a simple word of
/// the index. Immutable after building.
/// </summary>
internal sealed class FoldedWordIds
{
    private readonly Dictionary<string, int> _ids;
    private readonly string[] _words;

    // An open-addressing table of the simple words by their fold's hash (linear probing, at most half full): one probe
    // for most words, no dictionary entry or list to go through. A slot's id is -1 when it is empty.
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
            if (FoldedHash.TrySimple(word.Key, 0, word.Key.Length, out int hash))
            {
                int slot = hash & _mask;
                while (_slotIds[slot] >= 0)
                {
                    slot = (slot + 1) & _mask;
                }

                _slotHashes[slot] = hash;
                _slotIds[slot] = word.Value;
            }
        }
    }

    /// <summary>The id of <c>Fold(text.Substring(word.Start, word.Length))</c>, or -1.</summary>
    public int Of(string text, Token word)
    {
        if (!FoldedHash.TrySimple(text, word.Start, word.Length, out int hash))
        {
            return _ids.TryGetValue(TextFolding.Fold(word.GetText(text)), out int id) ? id : -1;
        }

        for (int slot = hash & _mask; _slotIds[slot] >= 0; slot = (slot + 1) & _mask)
        {
            if (_slotHashes[slot] == hash && FoldedHash.SimpleRangeFoldsTo(text, word.Start, word.Length, _words[_slotIds[slot]]))
            {
                return _slotIds[slot];
            }
        }

        return -1;
    }

    /// <summary>The folded word numbered <paramref name="id"/>.</summary>
    public string WordOf(int id) => _words[id];

    /// <summary>Each token's id, -1 for a word the index lacks (<see cref="QuotationWords.Ids"/>).</summary>
    public int[] Of(IReadOnlyList<CanonToken> tokens) => QuotationWords.Ids(tokens, _ids);
}
