using System.Collections.Generic;
using System.Collections.Immutable;
using NewsLint.Language;

namespace NewsLint.Rules.Places;

/// <summary>Places by id and by every folded spelling, so "Kiev" and "Kyiv" find the same entry.</summary>
public sealed class PlaceCatalog
{
    private readonly ImmutableDictionary<string, Place> _byFoldedName;

    /// <summary>Hashes of the ASCII folded names, so scanning every word of an article need not cut out and fold each one.</summary>
    private readonly HashSet<int> _asciiNameHashes = new();

    public PlaceCatalog(ImmutableArray<Place> places, ImmutableDictionary<string, Place> byFoldedName)
    {
        Places = places;
        _byFoldedName = byFoldedName;
        foreach (string key in byFoldedName.Keys)
        {
            if (TextFolding.TryHashAscii(key, 0, key.Length, out int hash))
            {
                _asciiNameHashes.Add(hash);
            }
        }
    }

    public ImmutableArray<Place> Places { get; }

    /// <summary>The longest name, in words, of any place; recognizers look no further ahead than this.</summary>
    public int MaxNameWords { get; internal set; } = 1;

    /// <summary>
    /// False when <see cref="Find"/> is sure to find nothing for text[start..start+length): the range is ASCII and no
    /// name folds like it. True otherwise, then call <see cref="Find"/>. Does not allocate.
    /// </summary>
    public bool MayFind(string text, int start, int length) =>
        !TextFolding.TryHashAscii(text, start, length, out int hash) || _asciiNameHashes.Contains(hash);

    public Place? Find(string name) => _byFoldedName.TryGetValue(TextFolding.Fold(name), out Place? place) ? place : null;

    /// <summary>A key under which all spellings of one place compare equal; other text is just folded.</summary>
    public string IdentityKey(string name)
    {
        string folded = TextFolding.Fold(name);
        return _byFoldedName.TryGetValue(folded, out Place? place) ? "place:" + place.Id : folded;
    }
}
