using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace NewsLint.Language;

/// <summary>
/// Words looked up by a slice of a text without cutting the slice out: for hot loops that would otherwise allocate a
/// string per token only to find most tokens are not in the set. Immutable after construction, thread-safe.
/// </summary>
internal sealed class WordSet
{
    private const int MaxStartLength = 15;

    private readonly Dictionary<int, string[]> _byLengthAndFirst = new();
    private readonly bool _ignoreCase;

    // Bit filters: most words of a text have a length no word of the set has, or a length and first two characters no
    // word has (a cue word shares its length and first letter with many words, rarely its first two letters), and are
    // turned away without a dictionary probe.
    private readonly ulong _lengths;
    private readonly ulong[] _starts = new ulong[(MaxStartLength + 1) << 4];

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
            AddStart(word);
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
        if (!MayContain(text, start, length) || !_byLengthAndFirst.TryGetValue(Key(length, text[start]), out string[]? words))
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

    /// <summary>
    /// False when text[start..start+length) is surely none of the words: its length, or its length and first two
    /// characters (when both are ASCII), are no word's. Does not compare.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayContain(string text, int start, int length)
    {
        if (length == 0 || (_lengths & LengthBit(length)) == 0)
        {
            return false;
        }

        char first = text[start];
        char second = length > 1 ? text[start + 1] : '\0';
        if ((first | second) >= 128)
        {
            return true;
        }

        int slot = Slot(length, first & 31, second & 31);
        return (_starts[slot >> 6] & (1UL << slot)) != 0;
    }

    /// <summary>One bit per length up to 62; every longer length shares the last bit.</summary>
    private static ulong LengthBit(int length) => 1UL << Math.Min(length, 63);

    /// <summary>
    /// A bit per length (longer ones share the last) and pair of first characters, each by its low five bits: an ASCII
    /// letter has the same code in either case, and equal ASCII characters equal codes.
    /// </summary>
    private static int Slot(int length, int first, int second) => (Math.Min(length, MaxStartLength) << 10) | (first << 5) | second;

    private void AddStart(string word)
    {
        // A character past ASCII may equal an ASCII one ignoring case ("\u017F" and "s"): it stands for every code.
        int firstCode = word[0] < 128 ? word[0] & 31 : -1;
        int secondCode = word.Length == 1 ? 0 : word[1] < 128 ? word[1] & 31 : -1;
        for (int first = 0; first < 32; first++)
        {
            for (int second = 0; second < 32; second++)
            {
                if ((firstCode < 0 || firstCode == first) && (secondCode < 0 || secondCode == second))
                {
                    int slot = Slot(word.Length, first, second);
                    _starts[slot >> 6] |= 1UL << slot;
                }
            }
        }
    }

    private int Key(int length, char first) => (length << 16) | (_ignoreCase ? char.ToUpperInvariant(first) : first);
}
