namespace NewsLint.Rules.Style;

/// <summary>
/// A run of characters of one class that every match of a pattern starts with, such as the capitals of
/// <c>([A-Z]{2,6})</c>, read from the pattern (<see cref="PatternLiterals.Run"/>). A pattern with no leading literal is
/// then still tried only where such a run begins: in news prose two capitals in a row are rare, while the regex
/// interpreter would be started at every capital letter.
/// </summary>
internal sealed class LeadingRun
{
    private readonly CharTest _class;
    private readonly bool[] _ascii = new bool[128];
    private readonly bool _asciiOnly;

    /// <param name="exact">The class's characters exactly (not a subset): a character outside it can start no match.</param>
    /// <param name="length">How many characters of the class every match starts with (at least 1).</param>
    public LeadingRun(CharTest exact, int length, bool asciiOnly)
    {
        _class = exact;
        Length = length;
        _asciiOnly = asciiOnly;
        for (char c = '\0'; c < 128; c++)
        {
            _ascii[c] = exact.Contains(c);
        }
    }

    public int Length { get; }

    /// <summary>The first position in [<paramref name="from"/>, <paramref name="end"/>) where <see cref="Length"/> characters of the class begin, or -1.</summary>
    public int Next(string text, int from, int end)
    {
        for (int i = from; i + Length <= end; i++)
        {
            if (!Contains(text[i]))
            {
                continue;
            }

            int k = 1;
            while (k < Length && Contains(text[i + k]))
            {
                k++;
            }

            if (k == Length)
            {
                return i;
            }

            // Every run starting before i + k would include the character at i + k, which is outside the class.
            i += k;
        }

        return -1;
    }

    private bool Contains(char c) => c < 128 ? _ascii[c] : !_asciiOnly && _class.Contains(c);
}
