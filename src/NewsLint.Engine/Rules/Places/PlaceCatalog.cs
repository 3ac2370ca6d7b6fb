using System.Collections.Generic;
using System.Collections.Immutable;
using NewsLint.Language;

namespace NewsLint.Rules.Places;

/// <summary>Places by id and by every folded spelling, so "Kiev" and "Kyiv" find the same entry.</summary>
public sealed class PlaceCatalog
{
    private readonly ImmutableDictionary<string, Place> _byFoldedName;

    /// <summary>Hashes of the folded names, so scanning every word of an article need not cut out and fold each one.</summary>
    private readonly HashSet<int> _nameHashes = new();

    /// <summary>Hashes of the first word of every folded name: most words of an article start no name.</summary>
    private readonly HashSet<int> _firstWordHashes = new();

    public PlaceCatalog(ImmutableArray<Place> places, ImmutableDictionary<string, Place> byFoldedName)
    {
        Places = places;
        _byFoldedName = byFoldedName;
        foreach (string key in byFoldedName.Keys)
        {
            // A range that hashes folds like itself, so a key that does not hash (it needed normalizing) is never asked for.
            if (FoldedHash.TrySimple(key, 0, key.Length, out int hash))
            {
                _nameHashes.Add(hash);
            }

            int space = key.IndexOf(' ');
            if (FoldedHash.TrySimple(key, 0, space < 0 ? key.Length : space, out int firstWord))
            {
                _firstWordHashes.Add(firstWord);
            }
        }
    }

    public ImmutableArray<Place> Places { get; }

    /// <summary>The longest name, in words, of any place; recognizers look no further ahead than this.</summary>
    public int MaxNameWords { get; internal set; } = 1;

    /// <summary>
    /// False when <see cref="Find"/> is sure to find nothing for text[start..start+length): the range needs no
    /// normalizing and no name folds like it. True otherwise, then call <see cref="Find"/>. Does not allocate.
    /// </summary>
    public bool MayFind(string text, int start, int length) =>
        !FoldedHash.TrySimple(text, start, length, out int hash) || _nameHashes.Contains(hash);

    /// <summary>
    /// False when no name folds with text[start..start+length) as its first word (the range holds no white space), so
    /// no name starts there. Does not allocate.
    /// </summary>
    public bool MayStartName(string text, int start, int length) =>
        !FoldedHash.TrySimple(text, start, length, out int hash) || _firstWordHashes.Contains(hash);

    public Place? Find(string name) => _byFoldedName.TryGetValue(TextFolding.Fold(name), out Place? place) ? place : null;

    /// <summary>A key under which all spellings of one place compare equal; other text is just folded.</summary>
    public string IdentityKey(string name)
    {
        string folded = TextFolding.Fold(name);
        return _byFoldedName.TryGetValue(folded, out Place? place) ? "place:" + place.Id : folded;
    }
}
