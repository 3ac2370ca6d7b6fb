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
        if (length == 0 || !_byLengthAndFirst.TryGetValue(Key(length, text[start]), out string[]? words))
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

    private int Key(int length, char first) => (length << 16) | (_ignoreCase ? char.ToUpperInvariant(first) : first);
}
