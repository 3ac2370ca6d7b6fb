namespace NewsLint.Text;

/// <summary>Where lines end and begin: CRLF, CR and LF each end one line. Vectorized, since every line is walked.</summary>
internal static class LineBreaks
{
    private static readonly char[] Chars = { '\r', '\n' };

    /// <summary>The first line break at or after <paramref name="from"/>, or the text's length when there is none.</summary>
    public static int EndOfLine(string text, int from)
    {
        int i = from < text.Length ? text.IndexOfAny(Chars, from) : -1;
        return i < 0 ? text.Length : i;
    }

    /// <summary>The start of the line after the first break at or after <paramref name="from"/>; -1 when there is none.</summary>
    public static int NextLineStart(string text, int from)
    {
        int i = EndOfLine(text, from);
        if (i == text.Length)
        {
            return -1;
        }

        return text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? i + 2 : i + 1;
    }
}
