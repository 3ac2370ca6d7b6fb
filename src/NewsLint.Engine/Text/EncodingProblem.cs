namespace NewsLint.Text;

/// <summary>What kind of bytes could not be read as text.</summary>
public enum EncodingProblemKind
{
    /// <summary>A byte sequence that is not well-formed UTF-8 (often a Windows-1252 or Latin-1 character).</summary>
    InvalidUtf8,

    /// <summary>An unpaired surrogate or a lone last byte in UTF-16.</summary>
    InvalidUtf16,

    /// <summary>A value that is not a Unicode scalar value, or a short last unit, in UTF-32.</summary>
    InvalidUtf32,

    /// <summary>A NUL character: valid in every encoding, but never in an article (a binary file or a broken save).</summary>
    NulCharacter,

    /// <summary>U+FFFD in text a host already decoded: the host replaced bytes it could not read.</summary>
    ReplacementCharacter,
}

/// <summary>The first occurrence of one kind of encoding problem in a file.</summary>
public sealed class EncodingProblem
{
    public EncodingProblem(EncodingProblemKind kind, int byteOffset, int charOffset, int count)
    {
        Kind = kind;
        ByteOffset = byteOffset;
        CharOffset = charOffset;
        Count = count;
    }

    public EncodingProblemKind Kind { get; }

    /// <summary>0-based offset in the file's bytes (BOM included) of the first occurrence.</summary>
    public int ByteOffset { get; }

    /// <summary>0-based offset in the decoded text (BOM excluded), where the replacement character stands.</summary>
    public int CharOffset { get; }

    /// <summary>How many occurrences the file has in all.</summary>
    public int Count { get; }

    internal string Describe(string encoding) => Kind switch
    {
        EncodingProblemKind.InvalidUtf8 => "a byte sequence that is not valid UTF-8",
        EncodingProblemKind.InvalidUtf16 => "a code unit that is not valid " + encoding.ToUpperInvariant(),
        EncodingProblemKind.InvalidUtf32 => "a value that is not valid " + encoding.ToUpperInvariant(),
        EncodingProblemKind.NulCharacter => "a NUL character",
        _ => "a replacement character U+FFFD (the host could not decode the bytes there)",
    };

    public override string ToString() => $"{Kind} at byte {ByteOffset} (char {CharOffset}), {Count} in all";
}
