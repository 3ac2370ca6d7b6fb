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

    private readonly bool _ignoreCase;

    // Bit filters: most words of a text have a length no word of the set has, or a length and first two characters no
    // word has (a cue word shares its length and first letter with many words, rarely its first two letters), and are
    // turned away without a probe.
    private readonly ulong _lengths;
    private readonly ulong[] _starts = new ulong[(MaxStartLength + 1) << 4];

    // The same by length, third and last characters: where a language's words share their first two letters with
    // many of its words ("me" of Indonesian verbs, 27k of 37k words the first filter lets through), they seldom share these.
    private readonly ulong[] _ends = new ulong[(MaxStartLength + 1) << 4];

    // The words by length and first character, in an open-addressing table (a key is never 0, which marks a free slot).
    private readonly int[] _keys;
    private readonly string[][] _buckets;

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
            AddEnd(word);
            if (!buckets.TryGetValue(key, out List<string>? bucket))
            {
                buckets[key] = bucket = new List<string>();
            }

            bucket.Add(word);
        }

        int size = 1;
        while (size < buckets.Count * 2)
        {
            size <<= 1;
        }

        _keys = new int[size];
        _buckets = new string[size][];
        foreach (KeyValuePair<int, List<string>> bucket in buckets)
        {
            int slot = Home(bucket.Key);
            while (_keys[slot] != 0)
            {
                slot = (slot + 1) & (size - 1);
            }

            _keys[slot] = bucket.Key;
            _buckets[slot] = bucket.Value.ToArray();
        }
    }

    /// <summary>Whether text[start..start+length) is one of the words (ordinal, or ordinal ignoring case).</summary>
    public bool Contains(string text, int start, int length) => Find(text, start, length) is not null;

    /// <summary>The word of the set text[start..start+length) is (as the set spells it), or null.</summary>
    public string? Find(string text, int start, int length)
    {
        if (!MayContain(text, start, length))
        {
            return null;
        }

        int key = Key(length, text[start]);
        for (int slot = Home(key); _keys[slot] != 0; slot = (slot + 1) & (_keys.Length - 1))
        {
            if (_keys[slot] != key)
            {
                continue;
            }

            foreach (string word in _buckets[slot])
            {
                if (word.Length == length && Equal(text, start, word))
                {
                    return word;
                }
            }

            return null;
        }

        return null;
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

    /// <summary>
    /// A second filter, for a caller whose words often pass <see cref="MayContain"/>: false when the length and the
    /// third and last characters of text[start..start+length) (when both are ASCII) are no word's. Apart, so that
    /// <see cref="MayContain"/>, inlined in many loops, stays short.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayEndAs(string text, int start, int length)
    {
        char third = length > 2 ? text[start + 2] : '\0';
        char last = text[start + length - 1];
        if ((third | last) >= 128)
        {
            return true;
        }

        int slot = Slot(length, third & 31, last & 31);
        return (_ends[slot >> 6] & (1UL << slot)) != 0;
    }

    /// <summary>One bit per length up to 62; every longer length shares the last bit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong LengthBit(int length) => 1UL << Math.Min(length, 63);

    /// <summary>
    /// A bit per length (longer ones share the last) and pair of first characters, each by its low five bits: an ASCII
    /// letter has the same code in either case, and equal ASCII characters equal codes.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Slot(int length, int first, int second) => (Math.Min(length, MaxStartLength) << 10) | (first << 5) | second;

    private void AddStart(string word) =>
        AddCodes(_starts, word.Length, word[0], word.Length == 1 ? '\0' : word[1]);

    private void AddEnd(string word) =>
        AddCodes(_ends, word.Length, word.Length > 2 ? word[2] : '\0', word[word.Length - 1]);

    private static void AddCodes(ulong[] bits, int length, char a, char b)
    {
        // A character past ASCII may equal an ASCII one ignoring case ("\u017F" and "s"): it stands for every code.
        int firstCode = a < 128 ? a & 31 : -1;
        int secondCode = b < 128 ? b & 31 : -1;
        if (firstCode >= 0 && secondCode >= 0)
        {
            // The usual word: one bit, not a pass over all 1,024 pairs (a pack's sets are built at every run).
            int only = Slot(length, firstCode, secondCode);
            bits[only >> 6] |= 1UL << only;
            return;
        }

        for (int first = 0; first < 32; first++)
        {
            for (int second = 0; second < 32; second++)
            {
                if ((firstCode < 0 || firstCode == first) && (secondCode < 0 || secondCode == second))
                {
                    int slot = Slot(length, first, second);
                    bits[slot >> 6] |= 1UL << slot;
                }
            }
        }
    }

    /// <summary>
    /// <c>string.Compare(text, start, word, 0, word.Length, ordinal or ordinal ignoring case) == 0</c>, which it calls
    /// only when two characters differ and one is past ASCII: ASCII characters are equal ignoring case when they are
    /// equal, or the same letter.
    /// </summary>
    private bool Equal(string text, int start, string word)
    {
        for (int i = 0; i < word.Length; i++)
        {
            char a = text[start + i];
            char b = word[i];
            if (a == b)
            {
                continue;
            }

            if (!_ignoreCase)
            {
                return false;
            }

            if ((a | b) >= 128)
            {
                return string.Compare(text, start, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0;
            }

            int lower = a | 0x20;
            if (lower != (b | 0x20) || lower < 'a' || lower > 'z')
            {
                return false;
            }
        }

        return true;
    }

    private int Home(int key) => (int)(((uint)key * 2654435769u) >> 16) & (_keys.Length - 1);

    /// <summary>The bucket key: ToUpperInvariant of an ASCII character only changes a-z, so ASCII needs no call.</summary>
    private int Key(int length, char first) =>
        (length << 16) | (!_ignoreCase ? first : first >= 'a' && first <= 'z' ? first - 32 : first < 128 ? first : char.ToUpperInvariant(first));
}
