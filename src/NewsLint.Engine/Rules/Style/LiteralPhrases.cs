using NewsLint.Language;

namespace NewsLint.Rules.Style;

/// <summary>
/// The phrases a pattern's matches begin with (<see cref="PatternLiterals.Phrases"/>), checked where a leading literal
/// occurs before the regex is tried there: "could" is common, "could of" is not, and each regex attempt costs thousands
/// of instructions where this check costs a few comparisons. Like every literal shortcut, exact for text without the
/// characters whose case a regex folds to an ASCII letter (<see cref="BlockPrefixes.CaseOddities"/>); white space
/// other than a plain space, and anything else not printable ASCII, is left to the regex.
/// </summary>
internal sealed class LiteralPhrases
{
    private readonly string[][] _phrases;

    /// <summary>Characters that may not follow a whole phrase, or null.</summary>
    private readonly CharTest? _end;

    private readonly bool _ignoreCase;

    public LiteralPhrases(string[][] phrases, CharTest? end, bool ignoreCase)
    {
        _phrases = phrases;
        _end = end;
        _ignoreCase = ignoreCase;
    }

    /// <summary>False when no match can start at <paramref name="at"/> of a unit ending at <paramref name="end"/>.</summary>
    public bool MayMatchAt(string text, int at, int end)
    {
        foreach (string[] words in _phrases)
        {
            string first = words[0];
            if (first.Length <= end - at
                && Begins(text, at, first)
                && TokenAlternatives.MayContinue(text, at + first.Length, end, words, out int after)
                && (after < 0 || after >= end || _end is null || !_end.Contains(text[after])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the ASCII <paramref name="word"/> is at <paramref name="at"/> (ignoring the case of ASCII letters when the
    /// pattern does): what <c>OrdinalIgnoreCase</c> says on text without case oddities, without its call.
    /// </summary>
    private bool Begins(string text, int at, string word)
    {
        for (int i = 0; i < word.Length; i++)
        {
            char t = text[at + i];
            char w = word[i];
            if (t != w && (!_ignoreCase || (t | 0x20) != (w | 0x20) || !Ascii.IsLetter(w)))
            {
                return false;
            }
        }

        return true;
    }
}
