using NewsLint.Language;

namespace NewsLint.Rules.Places;

/// <summary>One folded spelling in a <see cref="PlaceCatalog"/>: the place it names and how the place writes it.</summary>
internal sealed class FoldedName
{
    public FoldedName(string key, Place place, bool writtenUpper, bool writtenOtherwise)
    {
        Key = key;
        Place = place;
        WrittenUpper = writtenUpper;
        WrittenOtherwise = writtenOtherwise;
        IdentityKey = "place:" + place.Id;
        IdentityKeyHash = FoldedHash.OfFolded(IdentityKey);
    }

    /// <summary>The folded spelling.</summary>
    public string Key { get; }

    public Place Place { get; }

    /// <summary>Some spelling of the place that folds to <see cref="Key"/> starts with an upper-case letter ("Nice").</summary>
    public bool WrittenUpper { get; }

    /// <summary>Some spelling of the place that folds to <see cref="Key"/> does not ("the Ukraine").</summary>
    public bool WrittenOtherwise { get; }

    /// <summary>The key under which every spelling of the place compares equal.</summary>
    public string IdentityKey { get; }

    /// <summary><see cref="FoldedHash.OfFolded"/> of <see cref="IdentityKey"/>.</summary>
    public int IdentityKeyHash { get; }

    /// <summary>Whether a text starting with <paramref name="first"/> is written as the place writes this name.</summary>
    public bool IsWrittenLike(char first) => char.IsUpper(first) ? WrittenUpper : WrittenOtherwise;
}
