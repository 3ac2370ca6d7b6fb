using NewsLint.Language;
using NewsLint.Rules.Places;

namespace NewsLint.Recognizers.Enumerations;

/// <summary>One item of an enumeration: its text range in the block and the key it compares by.</summary>
public sealed class EnumerationItem
{
    /// <summary>The block text the item is cut from when <see cref="Text"/> is first asked for.</summary>
    private readonly string? _source;

    /// <summary>The catalog <see cref="Key"/> is looked up in when it is first asked for.</summary>
    private readonly PlaceCatalog? _places;

    private string? _text;
    private string? _key;

    public EnumerationItem(int start, int length, string text, string key)
    {
        Start = start;
        Length = length;
        _text = text;
        _key = key;
        KeyHash = FoldedHash.OfFolded(key);
    }

    /// <summary>
    /// An item of source[start..start+length) whose text and key are made only when asked for: most enumerations
    /// repeat no item, which <see cref="KeyHash"/> tells without them.
    /// </summary>
    internal EnumerationItem(string source, int start, int length, PlaceCatalog places)
    {
        Start = start;
        Length = length;
        _source = source;
        _places = places;
        KeyHash = places.IdentityKeyHash(source, start, length);
    }

    public int Start { get; }

    public int Length { get; }

    public string Text => _text ??= _source!.Substring(Start, Length);

    /// <summary>Folded text, or the place id when the item is a known place (so Kyiv and Kiev compare equal).</summary>
    public string Key => _key ??= _places!.IdentityKey(Text);

    /// <summary><see cref="FoldedHash.OfFolded"/> of <see cref="Key"/>: items with different hashes have different keys.</summary>
    internal int KeyHash { get; }

    public override string ToString() => Text;
}
