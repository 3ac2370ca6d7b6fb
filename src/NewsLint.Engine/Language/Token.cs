namespace NewsLint.Language;

/// <summary>What a token is made of.</summary>
public enum TokenKind
{
    /// <summary>Letters, with inner apostrophes or hyphens (<c>Russia's</c>, <c>negara-negara</c>).</summary>
    Word,

    /// <summary>Digits, with inner separators (<c>3.380</c>, <c>16/5/2022</c> is three numbers and two symbols).</summary>
    Number,

    /// <summary>Any other single visible character.</summary>
    Symbol,
}

/// <summary>A token in a block's plain text.</summary>
public readonly struct Token
{
    public Token(int start, int length, TokenKind kind)
    {
        Start = start;
        Length = length;
        Kind = kind;
    }

    public int Start { get; }

    public int Length { get; }

    public int End => Start + Length;

    public TokenKind Kind { get; }

    public string GetText(string text) => text.Substring(Start, Length);

    public override string ToString() => $"{Kind}[{Start},{End})";
}
