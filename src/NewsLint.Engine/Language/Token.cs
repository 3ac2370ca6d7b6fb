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
    // Length, kind and the ASCII-letters bit share one int (8 bytes a token, not 12): an article's token arrays are a
    // large part of what the engine allocates. A token is never longer than 2^28 characters (articles are far shorter).
    private readonly int _lengthAndKind;

    /// <summary>
    /// Above the kind's two bits, set in every token but a word made only of ASCII letters: the tokenizer's most common
    /// token is then written as before, with no bit to add.
    /// </summary>
    private const int NotAsciiLettersBit = 4;

    private const int LengthShift = 3;

    public Token(int start, int length, TokenKind kind)
    {
        Start = start;
        _lengthAndKind = (length << LengthShift) | NotAsciiLettersBit | (int)kind;
    }

    private Token(int start, int lengthAndKind)
    {
        Start = start;
        _lengthAndKind = lengthAndKind;
    }

    /// <summary>A word of ASCII letters only (<see cref="IsAsciiLetters"/>), which the tokenizer knows as it reads it.</summary>
    internal static Token AsciiWord(int start, int length) =>
        new(start, (length << LengthShift) | (int)TokenKind.Word);

    public int Start { get; }

    public int Length => _lengthAndKind >> LengthShift;

    public int End => Start + Length;

    public TokenKind Kind => (TokenKind)(_lengthAndKind & 3);

    /// <summary>
    /// Whether the token is a word made only of ASCII letters (no apostrophe, hyphen or character above ASCII): set by
    /// <see cref="Tokenizer"/>, so a pass that looks only for those characters can pass the word over.
    /// </summary>
    public bool IsAsciiLetters => (_lengthAndKind & (NotAsciiLettersBit | 3)) == (int)TokenKind.Word;

    /// <summary>
    /// Whether <see cref="Length"/> is below <paramref name="length"/>: one compare of the packed value, whose kind bits
    /// lie below the length's, with no shift to unpack it.
    /// </summary>
    internal bool IsShorterThan(int length) => _lengthAndKind < (length << LengthShift);

    public string GetText(string text) => text.Substring(Start, Length);

    public override string ToString() => $"{Kind}[{Start},{End})";
}
