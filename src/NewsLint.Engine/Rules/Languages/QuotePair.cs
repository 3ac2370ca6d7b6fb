namespace NewsLint.Rules.Languages;

/// <summary>An opening and a closing quotation mark, each one or more characters (e.g. <c>‘’</c> … <c>’’</c>).</summary>
public sealed class QuotePair
{
    public QuotePair(string open, string close)
    {
        Open = open;
        Close = close;
    }

    public string Open { get; }

    public string Close { get; }

    public override string ToString() => Open + "…" + Close;
}
