namespace NewsLint.Recognizers.Enumerations;

/// <summary>One item of an enumeration: its text range in the block and the key it compares by.</summary>
public sealed class EnumerationItem
{
    public EnumerationItem(int start, int length, string text, string key)
    {
        Start = start;
        Length = length;
        Text = text;
        Key = key;
    }

    public int Start { get; }

    public int Length { get; }

    public string Text { get; }

    /// <summary>Folded text, or the place id when the item is a known place (so Kyiv and Kiev compare equal).</summary>
    public string Key { get; }

    public override string ToString() => Text;
}
