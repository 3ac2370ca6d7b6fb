using System;
using System.Collections.Generic;

namespace NewsLint.Language;

/// <summary>
/// Words looked up by a slice of a text without cutting the slice out: for hot loops that would otherwise allocate a
/// string per token only to find most tokens are not in the set. Immutable after construction, thread-safe.
/// </summary>
internal sealed class WordSet
{
    private readonly Dictionary<int, string[]> _byLengthAndFirst = new();
    private readonly bool _ignoreCase;

    // Bit filters over the buckets' keys: most words of a text have a length or an ASCII first letter no word of the
    // set has, and are turned away without a dictionary probe.
    private readonly ulong _lengths;
    private readonly ulong _asciiFirstLow;
    private readonly ulong _asciiFirstHigh;

    public WordSet(IEnumerable<string> words, bool ignoreCase)
    {
        _ignoreCase = ignoreCase;
        var buckets = new Dictionary<int, List<string>>();
        foreach (string word in words)
        {
            if (word.Length == 0)
            {
                continue;
            }

            int key = Key(word.Length, word[0]);
            _lengths |= LengthBit(word.Length);
            char first = _ignoreCase ? char.ToUpperInvariant(word[0]) : word[0];
            if (first < 64)
            {
                _asciiFirstLow |= 1UL << first;
            }
            else if (first < 128)
            {
                _asciiFirstHigh |= 1UL << (first - 64);
            }

            if (!buckets.TryGetValue(key, out List<string>? bucket))
            {
                buckets[key] = bucket = new List<string>();
            }

            bucket.Add(word);
        }

        foreach (KeyValuePair<int, List<string>> bucket in buckets)
        {
            _byLengthAndFirst[bucket.Key] = bucket.Value.ToArray();
        }
    }

    /// <summary>Whether text[start..start+length) is one of the words (ordinal, or ordinal ignoring case).</summary>
    public bool Contains(string text, int start, int length)
    {
        if (length == 0 || (_lengths & LengthBit(length)) == 0 || !MayStartWith(text[start])
            || !_byLengthAndFirst.TryGetValue(Key(length, text[start]), out string[]? words))
        {
            return false;
        }

        StringComparison comparison = _ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        foreach (string word in words)
        {
            if (string.Compare(text, start, word, 0, length, comparison) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>One bit per length up to 62; every longer length shares the last bit.</summary>
    private static ulong LengthBit(int length) => 1UL << Math.Min(length, 63);

    /// <summary>False when no bucket can hold a word starting with <paramref name="c"/>; characters past ASCII are not filtered.</summary>
    private bool MayStartWith(char c)
    {
        if (c >= 128)
        {
            return true;
        }

        // ToUpperInvariant of an ASCII character is ASCII: the same key the buckets were made with.
        char first = _ignoreCase && c >= 'a' && c <= 'z' ? (char)(c - 32) : c;
        return first < 64 ? (_asciiFirstLow & (1UL << first)) != 0 : (_asciiFirstHigh & (1UL << (first - 64))) != 0;
    }

    private int Key(int length, char first) => (length << 16) | (_ignoreCase ? char.ToUpperInvariant(first) : first);
}
