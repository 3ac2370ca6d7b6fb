using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using NewsLint.Language;

namespace NewsLint.Rules.Places;

/// <summary>Places by id and by every folded spelling, so "Kiev" and "Kyiv" find the same entry.</summary>
public sealed class PlaceCatalog
{
    private readonly ImmutableDictionary<string, Place> _byFoldedName;

    /// <summary>Folded names by the hash of their key, so a range of an article is looked up without being cut out.</summary>
    private readonly Dictionary<int, FoldedName[]> _byHash = new();

    // The first words of the folded names that are written with a capital (index 1) and otherwise (index 0): a name is
    // found only where it is written as the place writes it, so a lower-case word is held only against "the Ukraine".

    /// <summary>The length of the longest folded name.</summary>
    private readonly int _longestKey;

    /// <summary>
    /// Hashes of the first word of every folded name, each with the lengths in words of the names it starts (see
    /// <see cref="NameLengthsFrom"/>): most words of an article start no name, and "the" starts none of one word.
    /// </summary>
    private readonly Dictionary<int, int>[] _firstWordHashes = { new(), new() };

    /// <summary>The same first words by their first three letters: cheaper than a hash, and enough for most words.</summary>
    private readonly WordStartFilter[] _firstWordStarts;

    /// <summary>
    /// A bit per pair of ASCII characters (<see cref="PairIndex"/>) a first word may start with written so (the first
    /// one's case picks the names, as above): one load turns away most words of an article ("the" and "to" too, where
    /// "the Ukraine" is listed). Two ASCII characters at the start of a word fold to themselves, lower-cased, whatever
    /// follows; a first word of one letter may be followed by a possessive <c>'s</c>.
    /// </summary>
    private readonly ulong[] _asciiStartPairs = new ulong[(128 * 128) / 64];

    /// <summary>
    /// A bit per ASCII character c that some pair of <see cref="_asciiStartPairs"/> starts with, at c % 64: one register
    /// and one test in the walk over every token. A superset that the exact pair test after it settles (with 't' listed,
    /// a word starting with '4', 64 apart, goes on to it too).
    /// </summary>
    private readonly ulong _asciiFirstCharsModulo64;

    /// <summary>What may follow a first word by its pair of <see cref="_asciiStartPairs"/>: "the" only "the Ukraine".</summary>
    private readonly SecondWordStarts _secondWordStarts;

    /// <summary>Every word of every folded name by its first three letters ("the" in "the Ukraine" is not enough).</summary>
    private readonly WordStartFilter _nameWordStarts;

    /// <summary>The folded names of one word, by their first three letters, as <see cref="_firstWordStarts"/> (see <see cref="MayBeOneWordName"/>).</summary>
    private readonly WordStartFilter[] _oneWordStarts;

    public PlaceCatalog(ImmutableArray<Place> places, ImmutableDictionary<string, Place> byFoldedName)
    {
        Places = places;
        _byFoldedName = byFoldedName;
        var firstWords = new[] { new List<string>(), new List<string>() };
        var fullNames = new[] { new List<string>(), new List<string>() };
        var oneWordNames = new[] { new List<string>(), new List<string>() };
        var words = new List<string>();
        foreach (KeyValuePair<string, Place> pair in byFoldedName)
        {
            int hash = FoldedHash.OfFolded(pair.Key);
            _longestKey = Math.Max(_longestKey, pair.Key.Length);
            FoldedName name = Folded(pair.Key, pair.Value);
            _byHash[hash] = _byHash.TryGetValue(hash, out FoldedName[]? others) ? Append(others, name) : new[] { name };

            string[] nameWords = NameWords.Of(pair.Key);
            if (nameWords.Length == 0)
            {
                continue;
            }

            words.AddRange(nameWords);
            for (int upper = 0; upper < 2; upper++)
            {
                if (upper == 1 ? !name.WrittenUpper : !name.WrittenOtherwise)
                {
                    continue;
                }

                firstWords[upper].Add(nameWords[0]);
                fullNames[upper].Add(pair.Key);
                if (nameWords.Length == 1)
                {
                    oneWordNames[upper].Add(pair.Key);
                }

                if (FoldedHash.TrySimple(nameWords[0], 0, nameWords[0].Length, out int firstWord))
                {
                    _firstWordHashes[upper][firstWord] = _firstWordHashes[upper].TryGetValue(firstWord, out int lengths)
                        ? lengths | LengthBit(nameWords.Length)
                        : LengthBit(nameWords.Length);
                }
            }
        }

        _firstWordStarts = new[] { new WordStartFilter(firstWords[0]), new WordStartFilter(firstWords[1]) };
        _oneWordStarts = new[] { new WordStartFilter(oneWordNames[0]), new WordStartFilter(oneWordNames[1]) };
        var namesStartedBy = new Dictionary<int, List<string>>();
        for (char first = '\0'; first < 128; first++)
        {
            // firstWords and fullNames were filled together: the k-th first word is the k-th name's.
            int upperIndex = char.IsUpper(first) ? 1 : 0;
            List<string> names = fullNames[upperIndex];
            for (int k = 0; k < names.Count; k++)
            {
                string name = names[k];
                string word = firstWords[upperIndex][k];
                if (word.Length > 0 && word[0] == TextFolding.FoldChar(first))
                {
                    for (char second = '\0'; second < 128; second++)
                    {
                        bool starts = word.Length == 1 ? second == '\0' || second == '\'' : word[1] == TextFolding.FoldChar(second) && second != '\0';
                        int pair = PairIndex(first, second);
                        _asciiStartPairs[pair >> 6] |= starts ? 1UL << pair : 0;
                        _asciiFirstCharsModulo64 |= starts ? 1UL << (first & 63) : 0;
                        if (starts)
                        {
                            (namesStartedBy.TryGetValue(pair, out List<string>? started) ? started : namesStartedBy[pair] = new List<string>()).Add(name);
                        }
                    }
                }
            }
        }

        _secondWordStarts = new SecondWordStarts(128 * 128, namesStartedBy);

        _nameWordStarts = new WordStartFilter(words);
    }

    public ImmutableArray<Place> Places { get; }

    /// <summary>The longest name, in words, of any place; recognizers look no further ahead than this.</summary>
    public int MaxNameWords { get; internal set; } = 1;

    /// <summary>
    /// False when no name folds with text[start..start+length) as its first word (the range holds no white space) and
    /// is written as the text is, with a capital or not (<see cref="FoldedName.IsWrittenLike"/>), so no name is found
    /// there. Does not allocate.
    /// </summary>
    public bool MayStartName(string text, int start, int length) => NameLengthsFrom(text, start, length) != 0;

    /// <summary>
    /// The lengths in words of the names that may start with text[start..start+length) as <see cref="MayStartName"/>
    /// tells, as bits (<see cref="LengthBit"/>): no bit for a length means no name of that many words folds with this
    /// first word. Every bit for a word that is not hashed.
    /// </summary>
    public int NameLengthsFrom(string text, int start, int length) => NameLengthsFrom(text, start, length, out _);

    /// <summary>
    /// As <see cref="NameLengthsFrom(string, int, int)"/>, with the word's hash when it was taken (<see
    /// cref="FoldedHash.TrySimple"/>; else null), so a name of this one word is looked up without hashing it again
    /// (<see cref="FindFolded(string, int, int, int?)"/>).
    /// </summary>
    internal int NameLengthsFrom(string text, int start, int length, out int? hash) =>
        NameLengthsFrom(text, new Token(start, length, TokenKind.Word), out hash);

    /// <summary>
    /// As <see cref="NameLengthsFrom(string, int, int, out int?)"/> for a word token: one of ASCII letters only is
    /// hashed with no test of a character (<see cref="FoldedHash.TrySimple(string, Token, out int)"/>).
    /// </summary>
    internal int NameLengthsFrom(string text, Token word, out int? hash)
    {
        hash = null;
        int start = word.Start;
        int length = word.Length;
        if (!MayStartNameWith(text, start, length))
        {
            return 0;
        }

        int upper = char.IsUpper(text[start]) ? 1 : 0;
        if (!_firstWordStarts[upper].MayBeOneOf(text, word))
        {
            return 0;
        }

        if (!FoldedHash.TrySimple(text, word, out int simple))
        {
            return ~0;
        }

        hash = simple;
        return _firstWordHashes[upper].TryGetValue(simple, out int lengths) ? lengths : 0;
    }

    /// <summary>The bit of a name of <paramref name="words"/> words; names of 31 words or more share the last.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int LengthBit(int words) => 1 << Math.Min(words, 31);

    /// <summary>False when no name starts with a word whose first two characters are those of text[start..start+length) (see <see cref="MayStartName"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayStartNameWith(string text, int start, int length)
    {
        char first = text[start];
        char second = length > 1 ? text[start + 1] : '\0';
        int pair = PairIndex(first, second);
        return (first | second) >= 128 || (_asciiStartPairs[pair >> 6] & (1UL << pair)) != 0;
    }

    /// <summary>The bit of two ASCII characters in <see cref="_asciiStartPairs"/>; the second is \0 past a word's end.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int PairIndex(char first, char second) => ((first & 127) << 7) | (second & 127);

    /// <summary>
    /// The index of the first word at or after <paramref name="from"/> that may start a name by its first characters
    /// (<see cref="MayStartNameWith"/>) and the word after it (<see cref="SecondWordStarts"/>), or the number of tokens:
    /// a tight loop over the many words that start none. Internal: it reads first characters with no bounds check,
    /// trusting the tokens to be the tokenizer's, in text order (only the last token's end is checked).
    /// </summary>
    internal int NextWordThatMayStartName(string text, ImmutableArray<Token> tokens, int from)
    {
        ulong firstChars = _asciiFirstCharsModulo64;
        ulong[] startPairs = _asciiStartPairs;
        ReadOnlySpan<Token> span = tokens.AsSpan();

        // Tokens are in text order, so the last one's end bounds every token's start: the first characters are read
        // with no bounds check, in a loop run once a token.
        if (span.Length > 0 && span[span.Length - 1].End > text.Length)
        {
            throw new ArgumentException("The tokens are not the text's.", nameof(tokens));
        }

        ref char chars = ref MemoryMarshal.GetReference(text.AsSpan());
        for (int i = from; (uint)i < (uint)span.Length; i++)
        {
            // The first character alone turns away most words, with one test of a register.
            Token token = span[i];
            if (token.Kind != TokenKind.Word)
            {
                continue;
            }

            // A shift of a ulong takes its count modulo 64.
            char first = Unsafe.Add(ref chars, token.Start);
            if (first < 128 && ((firstChars >> first) & 1) == 0)
            {
                continue;
            }

            // MayStartNameWith, written out, then the word after: the pair is made once.
            char second = token.Length > 1 ? text[token.Start + 1] : '\0';
            if ((first | second) >= 128)
            {
                return i;
            }

            int pair = PairIndex(first, second);
            if ((startPairs[pair >> 6] & (1UL << pair)) != 0 && _secondWordStarts.MayContinue(pair, text, span, i + 1))
            {
                return i;
            }
        }

        return span.Length;
    }

    /// <summary>
    /// False when no name of one word folds with text[start..start+length) (no white space) and is written as the text
    /// is, with a capital or not: "the" is only the start of "the Ukraine". Does not allocate.
    /// </summary>
    public bool MayBeOneWordName(string text, int start, int length) =>
        _oneWordStarts[char.IsUpper(text[start]) ? 1 : 0].MayBeOneOf(text, start, length);

    /// <summary>False when text[start..start+length) (no white space) is surely no word of any name. Does not allocate.</summary>
    public bool MayBeInName(string text, int start, int length) => _nameWordStarts.MayBeOneOf(text, start, length);

    public Place? Find(string name) => _byFoldedName.TryGetValue(TextFolding.Fold(name), out Place? place) ? place : null;

    /// <summary>The name that text[start..start+length) folds to, or null; allocates only for a range that needs normalizing.</summary>
    internal FoldedName? FindFolded(string text, int start, int length) => FindFolded(text, start, length, simpleHash: null);

    /// <summary>
    /// As <see cref="FindFolded(string, int, int)"/>; <paramref name="simpleHash"/>, when given, is what <see
    /// cref="FoldedHash.TrySimple"/> gave for the range, which is then not hashed again.
    /// </summary>
    internal FoldedName? FindFolded(string text, int start, int length, int? simpleHash)
    {
        string? folded = null;
        int hash;
        if (simpleHash is { } known)
        {
            hash = known;
        }
        else if (!FoldedHash.TrySimple(text, start, length, out hash))
        {
            folded = TextFolding.Fold(text.Substring(start, length));
            hash = FoldedHash.OfFolded(folded);
        }

        if (!_byHash.TryGetValue(hash, out FoldedName[]? names))
        {
            return null;
        }

        foreach (FoldedName name in names)
        {
            if (folded is null ? FoldedHash.SimpleRangeFoldsTo(text, start, length, name.Key) : folded == name.Key)
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>A key under which all spellings of one place compare equal; other text is just folded.</summary>
    public string IdentityKey(string name)
    {
        // Folded once and looked up by the fold: an enumeration item (a list item's whole paragraph) is mostly no name.
        string folded = TextFolding.Fold(name);
        if (folded.Length <= _longestKey && _byHash.TryGetValue(FoldedHash.OfFolded(folded), out FoldedName[]? names))
        {
            foreach (FoldedName each in names)
            {
                if (each.Key == folded)
                {
                    return each.IdentityKey;
                }
            }
        }

        return folded;
    }

    /// <summary>
    /// <see cref="FoldedHash.OfFolded"/> of <c>IdentityKey(text.Substring(start, length))</c>; a simple range (the usual
    /// one) is neither cut out nor folded.
    /// </summary>
    internal int IdentityKeyHash(string text, int start, int length)
    {
        if (!FoldedHash.TrySimple(text, start, length, out int hash))
        {
            return FoldedHash.OfFolded(IdentityKey(text.Substring(start, length)));
        }

        if (_byHash.TryGetValue(hash, out FoldedName[]? names))
        {
            foreach (FoldedName each in names)
            {
                if (FoldedHash.SimpleRangeFoldsTo(text, start, length, each.Key))
                {
                    return each.IdentityKeyHash;
                }
            }
        }

        return hash;
    }

    private static FoldedName Folded(string key, Place place)
    {
        bool upper = false;
        bool otherwise = false;
        foreach (string name in place.Names)
        {
            if (name.Length > 0 && TextFolding.Fold(name) == key)
            {
                upper |= char.IsUpper(name[0]);
                otherwise |= !char.IsUpper(name[0]);
            }
        }

        return new FoldedName(key, place, upper, otherwise);
    }

    private static FoldedName[] Append(FoldedName[] names, FoldedName name)
    {
        var all = new FoldedName[names.Length + 1];
        names.CopyTo(all, 0);
        all[names.Length] = name;
        return all;
    }
}
