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
    private readonly Dictionary<int, List<KeyValuePair<string, int>>> _byHash = new();

    /// <param name="ids">Folded words numbered from 0 without gaps.</param>
    public FoldedWordIds(Dictionary<string, int> ids)
    {
        _ids = ids;
        _words = new string[ids.Count];
        foreach (KeyValuePair<string, int> word in ids)
        {
            _words[word.Value] = word.Key;
            if (FoldedHash.TrySimple(word.Key, 0, word.Key.Length, out int hash))
            {
                if (!_byHash.TryGetValue(hash, out List<KeyValuePair<string, int>>? words))
                {
                    _byHash[hash] = words = new List<KeyValuePair<string, int>>(1);
                }

                words.Add(word);
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

        if (_byHash.TryGetValue(hash, out List<KeyValuePair<string, int>>? words))
        {
            foreach (KeyValuePair<string, int> known in words)
            {
                if (FoldedHash.SimpleRangeFoldsTo(text, word.Start, word.Length, known.Key))
                {
                    return known.Value;
                }
            }
        }

        return -1;
    }

    /// <summary>The folded word numbered <paramref name="id"/>.</summary>
    public string WordOf(int id) => _words[id];

    /// <summary>Each token's id, -1 for a word the index lacks (<see cref="QuotationWords.Ids"/>).</summary>
    public int[] Of(IReadOnlyList<CanonToken> tokens) => QuotationWords.Ids(tokens, _ids);
}
