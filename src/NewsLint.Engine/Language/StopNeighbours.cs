namespace NewsLint.Language;

/// <summary>
/// The few characters that may open a sentence or close one at a stop (brackets and a language's quotation marks): a
/// table for ASCII and a short string for the rest, read after every stop for less than a hash set.
/// </summary>
internal sealed class StopNeighbours
{
    private readonly bool[] _ascii = new bool[128];
    private string _others = string.Empty;

    public StopNeighbours(string characters)
    {
        foreach (char c in characters)
        {
            Add(c);
        }
    }

    /// <summary>Adds a character (once: a set, though quotation marks may repeat across pairs).</summary>
    public void Add(char c)
    {
        if (c < 128)
        {
            _ascii[c] = true;
        }
        else if (_others.IndexOf(c) < 0)
        {
            _others += c;
        }
    }

    public bool Contains(char c) => c < 128 ? _ascii[c] : _others.IndexOf(c) >= 0;
}
