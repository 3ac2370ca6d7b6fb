using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

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
    /// <summary>Most tokens a pattern may have to be tried this way (one bit each in the cache key).</summary>
    private const int MaxTokens = 64;

    private readonly string[] _firstWords;
    private readonly string[] _alternatives;
    private readonly string _before;
    private readonly string _after;
    private readonly RegexOptions _options;
    private readonly TimeSpan _timeout;
    private readonly ConcurrentDictionary<ulong, Regex> _anchored = new();

    /// <summary>The anchored regex of each token alone, the usual case, found without hashing.</summary>
    private readonly Regex?[] _single;

    private TokenAlternatives(string[] firstWords, string[] alternatives, string before, string after, RegexOptions options, TimeSpan timeout)
    {
        _firstWords = firstWords;
        _alternatives = alternatives;
        _before = before;
        _after = after;
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

        var firstWords = new string[tokens.Count];
        var alternatives = new string[tokens.Count];
        for (int i = 0; i < tokens.Count; i++)
        {
            string[] words = tokens[i];
            if (words.Length == 0 || !IsAscii(words[0]))
            {
                return null;
            }

            firstWords[i] = words[0];
            alternatives[i] = Alternative(words);
        }

        return new TokenAlternatives(firstWords, alternatives, before, after, options, timeout);
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
    /// case a regex folds to an ASCII letter (<see cref="Bigrams.CaseOddities"/>), as every literal search is.
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
            if ((first == expected || (IsAsciiLetter(expected) && first == (expected ^ 0x20)))
                && word.Length <= end - index
                && string.Compare(text, index, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0)
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

    private static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    private static bool IsAscii(string word)
    {
        foreach (char c in word)
        {
            if (c >= 128)
            {
                return false;
            }
        }

        return true;
    }
}
