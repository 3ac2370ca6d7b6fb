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
    // Length and kind share one int (8 bytes a token, not 12): an article's token arrays are a large part of what
    // the engine allocates. A token is never longer than 2^29 characters (articles are far shorter).
    private readonly int _lengthAndKind;

    public Token(int start, int length, TokenKind kind)
    {
        Start = start;
        _lengthAndKind = (length << 2) | (int)kind;
    }

    public int Start { get; }

    public int Length => _lengthAndKind >> 2;

    public int End => Start + Length;

    public TokenKind Kind => (TokenKind)(_lengthAndKind & 3);

    public string GetText(string text) => text.Substring(Start, Length);

    public override string ToString() => $"{Kind}[{Start},{End})";
}
