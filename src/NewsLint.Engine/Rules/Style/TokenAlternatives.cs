using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;
using NewsLint.Language;

namespace NewsLint.Rules.Style;

/// <summary>
/// The tokens of a token-list pattern (<see cref="StylePattern.FromTokens"/>), so that where a leading literal occurs
/// only the tokens whose first word is there are tried. The interpreter tries a pattern's alternatives one after
/// another, so with fifteen tokens a literal hit on a common word such as "end" cost fifteen attempts; the others
/// cannot match there (their first word is not there), so the regex of the rest, in the same order, gives the same
/// match.
/// </summary>
internal sealed class TokenAlternatives
{
    /// <summary>The look-ahead after a token (<see cref="StylePattern.FromTokens"/>): no letter, digit or underscore.</summary>
    internal const string WordEnd = @"(?![\p{L}\p{N}_])";

    /// <summary>Most tokens a pattern may have to be tried this way (one bit each in the cache key).</summary>
    private const int MaxTokens = 64;

    private readonly string[] _firstWords;

    /// <summary>Each token's words, to rule a token out where the text surely does not continue as it does.</summary>
    private readonly string[][] _words;
    private readonly string[] _alternatives;
    private readonly string _before;
    private readonly string _after;
    private readonly RegexOptions _options;
    private readonly TimeSpan _timeout;
    private readonly ConcurrentDictionary<ulong, Regex> _anchored = new();

    /// <summary>Whether the pattern ends with the token pattern's <c>(?![\p{L}\p{N}_])</c>.</summary>
    private readonly bool _wordEnd;

    /// <summary>The anchored regex of each token alone, the usual case, found without hashing.</summary>
    private readonly Regex?[] _single;

    private TokenAlternatives(string[][] words, string[] firstWords, string[] alternatives, string before, string after, RegexOptions options, TimeSpan timeout)
    {
        _words = words;
        _firstWords = firstWords;
        _alternatives = alternatives;
        _before = before;
        _after = after;
        _wordEnd = after == WordEnd;
        _options = options;
        _timeout = timeout;
        _single = new Regex?[firstWords.Length];
    }

    /// <summary>
    /// The tokens of a pattern <c>before(?:alternative|...)after</c>, in its order, or null when they cannot be told
    /// apart by their first word: too many, or a first word with a character that is not ASCII (whose case a regex
    /// and an ordinal comparison may fold differently).
    /// </summary>
    public static TokenAlternatives? Of(IReadOnlyList<string[]> tokens, string before, string after, RegexOptions options, TimeSpan timeout)
    {
        if (tokens.Count > MaxTokens)
        {
            return null;
        }

        var words = new string[tokens.Count][];
        var firstWords = new string[tokens.Count];
        var alternatives = new string[tokens.Count];
        for (int i = 0; i < tokens.Count; i++)
        {
            words[i] = tokens[i];
            if (words[i].Length == 0 || !Ascii.IsAll(words[i][0]))
            {
                return null;
            }

            firstWords[i] = words[i][0];
            alternatives[i] = Alternative(words[i]);
        }

        return new TokenAlternatives(words, firstWords, alternatives, before, after, options, timeout);
    }

    /// <summary>One token as the pattern writes it: its words escaped, any run of white space between them.</summary>
    public static string Alternative(string[] words)
    {
        var alternative = new StringBuilder();
        for (int w = 0; w < words.Length; w++)
        {
            alternative.Append(w > 0 ? @"\s+" : string.Empty).Append(Regex.Escape(words[w]));
        }

        return alternative.ToString();
    }

    /// <summary>
    /// The pattern anchored at <paramref name="index"/> (<c>\G</c>) with only the tokens whose first word occurs there
    /// (ignoring the case of ASCII letters), or null when none does. Exact for a text without the characters whose
    /// case a regex folds to an ASCII letter (<see cref="BlockPrefixes.CaseOddities"/>), as every literal search is.
    /// </summary>
    public Regex? AnchoredAt(string text, int index, int end)
    {
        // An ASCII letter equals the other case of itself with bit 0x20 flipped; the first character settles most tokens.
        char first = text[index];
        ulong present = 0;
        int only = -1;
        for (int i = 0; i < _firstWords.Length; i++)
        {
            string word = _firstWords[i];
            char expected = word[0];
            if ((first == expected || (Ascii.IsLetter(expected) && first == (expected ^ 0x20)))
                && word.Length <= end - index
                && string.Compare(text, index, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0
                && MayContinue(text, index + word.Length, end, _words[i], _wordEnd))
            {
                only = present == 0 ? i : -1;
                present |= 1UL << i;
            }
        }

        if (present == 0)
        {
            return null;
        }

        return only >= 0 ? _single[only] ??= Build(present) : _anchored.GetOrAdd(present, Build);
    }

    /// <summary>
    /// False when the token whose first word ends at <paramref name="at"/> surely does not match there: its next word
    /// does not follow after spaces, or (with <paramref name="wordEnd"/>, the token pattern's <c>(?![\p{L}\p{N}_])</c>)
    /// an ASCII letter, digit or underscore follows its last. Only ASCII text and words are judged; anything else,
    /// which <c>\s</c> or a case-insensitive comparison may read otherwise, is left to the regex.
    /// </summary>
    internal static bool MayContinue(string text, int at, int end, string[] words, bool wordEnd) =>
        MayContinue(text, at, end, words, out int after) && (!wordEnd || after < 0 || after >= end || !IsAsciiWordCharacter(text[after]));

    /// <summary>
    /// <see cref="MayContinue(string, int, int, string[], bool)"/> without the end: false when the words after the first
    /// surely do not follow at <paramref name="at"/>; <paramref name="after"/> is where the last of them ends, or -1 when
    /// the text was left to the regex before it.
    /// </summary>
    internal static bool MayContinue(string text, int at, int end, string[] words, out int after)
    {
        after = -1;
        for (int w = 1; w < words.Length; w++)
        {
            int next = at;
            while (next < end && text[next] == ' ')
            {
                next++;
            }

            if (next < end && !IsPrintableAscii(text[next]))
            {
                return true;
            }

            // The words are joined by \s+: at least one space, then the word (a word is never empty).
            string word = words[w];
            if (!Ascii.IsAll(word))
            {
                return true;
            }

            // The first characters compared before the call: a printable ASCII character equals another ignoring case
            // only if they agree but for bit 0x20.
            if (next == at || next + word.Length > end || (text[next] | 0x20) != (word[0] | 0x20)
                || string.Compare(text, next, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) != 0)
            {
                return false;
            }

            at = next + word.Length;
        }

        after = at;
        return true;
    }

    /// <summary>An ASCII character that is neither white space nor a control character.</summary>
    private static bool IsPrintableAscii(char c) => c > ' ' && c < 127;

    private static bool IsAsciiWordCharacter(char c) => c < 128 && (Ascii.IsLetter(c) || (c >= '0' && c <= '9') || c == '_');

    private Regex Build(ulong present)
    {
        var pattern = new StringBuilder(@"\G(?:").Append(_before).Append("(?:");
        bool first = true;
        for (int i = 0; i < _alternatives.Length; i++)
        {
            if ((present & (1UL << i)) != 0)
            {
                pattern.Append(first ? string.Empty : "|").Append(_alternatives[i]);
                first = false;
            }
        }

        return new Regex(pattern.Append(')').Append(_after).Append(')').ToString(), _options, _timeout);
    }
}
