using System.Collections.Immutable;
using NewsLint.Language;

namespace NewsLint.Rules.Places;

/// <summary>Places by id and by every folded spelling, so "Kiev" and "Kyiv" find the same entry.</summary>
public sealed class PlaceCatalog
{
    private readonly ImmutableDictionary<string, Place> _byFoldedName;

    public PlaceCatalog(ImmutableArray<Place> places, ImmutableDictionary<string, Place> byFoldedName)
    {
        Places = places;
        _byFoldedName = byFoldedName;
    }

    public ImmutableArray<Place> Places { get; }

    /// <summary>The longest name, in words, of any place; recognizers look no further ahead than this.</summary>
    public int MaxNameWords { get; internal set; } = 1;

    public Place? Find(string name) => _byFoldedName.TryGetValue(TextFolding.Fold(name), out Place? place) ? place : null;

    /// <summary>A key under which all spellings of one place compare equal; other text is just folded.</summary>
    public string IdentityKey(string name)
    {
        string folded = TextFolding.Fold(name);
        return _byFoldedName.TryGetValue(folded, out Place? place) ? "place:" + place.Id : folded;
    }
}
