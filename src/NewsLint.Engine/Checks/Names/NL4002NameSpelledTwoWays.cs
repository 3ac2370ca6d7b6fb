using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using NewsLint.Analysis;
using NewsLint.Diagnostics;
using NewsLint.Language;
using NewsLint.Markdown;
using NewsLint.Rules.Places;

namespace NewsLint.Checks.Names;

/// <summary>
/// NL4002: one place or person spelled two ways in one article (<c>Kyiv</c> and <c>Kiev</c>; <c>Moskow</c> and
/// <c>Moscow</c> in Indonesian copy). Every use of a form other than the preferred one for the article's language
/// is reported (without a preferred form, every form other than the first used).
/// </summary>
public sealed class NL4002NameSpelledTwoWays : ArticleRule
{
    /// <summary>Diagnostic property carrying the spelling to use.</summary>
    public const string ReplacementProperty = "replacement";

    public static readonly RuleDescriptor Descriptor = new(
        id: "NL4002",
        title: "Name spelled two ways",
        messageFormat: "'{0}' and '{1}' name the same {2} in this article; write '{3}'{4}",
        category: NL4001DuplicateEnumerationItem.Category,
        defaultSeverity: Severity.Warning,
        description: "An article uses two spellings listed for one entry of rules/places (a place or a person). The preferred form per language comes from the entry's 'preferred' map.");

    /// <summary>The slow path the filters must agree with: a name looked up at every word, of every length (for tests).</summary>
    internal static readonly NL4002NameSpelledTwoWays TryingEveryWord = new(tryEveryWord: true);

    private readonly bool _tryEveryWord;

    public NL4002NameSpelledTwoWays()
        : this(tryEveryWord: false)
    {
    }

    private NL4002NameSpelledTwoWays(bool tryEveryWord)
    {
        _tryEveryWord = tryEveryWord;
    }

    public override ImmutableArray<RuleDescriptor> Descriptors { get; } = ImmutableArray.Create(Descriptor);

    public override void Analyze(ArticleContext context)
    {
        var catalog = context.Rules.Get<PlaceCatalog>();
        if (catalog.Places.IsEmpty)
        {
            return;
        }

        Uses uses = _uses ??= new Uses();
        try
        {
            foreach (ProseBlock block in context.Document.Blocks)
            {
                FindNames(block, context.TokensOf(block), catalog, uses, _tryEveryWord);
            }

            string? language = context.Language?.Code;
            for (int i = 0; i < uses.Count; i++)
            {
                Report(context, uses.PlaceAt(i), uses.At(i), language);
            }
        }
        finally
        {
            uses.Clear();
        }
    }

    /// <summary>Per-thread uses of each place, emptied after each article (rules are shared by threads).</summary>
    [ThreadStatic]
    private static Uses? _uses;

    private static void Report(ArticleContext context, Place place, List<Use> uses, string? language)
    {
        string firstKey = uses[0].Key;
        bool twoWays = false;
        foreach (Use use in uses)
        {
            twoWays |= use.Key != firstKey;
        }

        if (!twoWays)
        {
            return;
        }

        string? preferred = language is null ? null : place.PreferredFor(language);
        string target = preferred ?? uses[0].Text;
        string targetKey = TextFolding.Fold(target);
        foreach (Use use in uses)
        {
            if (use.Key == targetKey)
            {
                continue;
            }

            string other = OtherSpelling(uses, use.Key, targetKey);
            string why = preferred is null ? ", the spelling it uses first" : $", the preferred form in '{language}' ({place.SourcePath})";
            context.Report(
                Descriptor,
                use.Block.ToSource(use.Start, use.Length),
                ImmutableDictionary<string, string>.Empty.Add(ReplacementProperty, target),
                use.Text,
                other,
                place.Kind ?? "place",
                target,
                why);
        }
    }

    /// <summary>The preferred form when the article uses it, else the first other spelling it uses.</summary>
    private static string OtherSpelling(List<Use> uses, string key, string targetKey)
    {
        string? other = null;
        foreach (Use use in uses)
        {
            if (use.Key == targetKey)
            {
                return use.Text;
            }

            other ??= use.Key != key ? use.Text : null;
        }

        return other!;
    }

    private static void FindNames(ProseBlock block, ImmutableArray<Token> tokens, PlaceCatalog catalog, Uses uses, bool tryEveryWord)
    {
        string text = block.Text;
        for (int i = Next(text, tokens, 0, catalog, tryEveryWord); i < tokens.Length; i = Next(text, tokens, i + 1, catalog, tryEveryWord))
        {
            Token word = tokens[i];
            if (!tryEveryWord && !MayStartNameHere(text, tokens, i, catalog))
            {
                continue;
            }

            int? wordHash = null;
            int lengths = tryEveryWord ? ~0 : NameLengthsFrom(text, word, catalog, out wordHash);
            if (lengths == 0)
            {
                continue;
            }

            int longest = Math.Min(catalog.MaxNameWords, tokens.Length - i);
            for (int n = longest; n >= 1; n--)
            {
                // A range of n words folds to n words when each later word starts with an ASCII character (one that
                // folds to itself): then only a name of n words can match it.
                if (((lengths & PlaceCatalog.LengthBit(n)) == 0 && LaterWordsStartAscii(text, tokens, i, n))
                    || !AreTokensWithSpaces(text, tokens, i, n) || (!tryEveryWord && !LaterWordsMayBeInName(text, tokens, i, n, catalog)))
                {
                    continue;
                }

                int start = tokens[i].Start;
                int length = tokens[i + n - 1].End - start;
                // A name of one word is the word just hashed for its lengths.
                if (Match(text, start, length, n == 1 ? wordHash : null, catalog, out FoldedName? name, out int matched))
                {
                    uses.Add(name!.Place, new Use(block, start, matched, name.Key));
                    i += n - 1;
                    break;
                }
            }
        }
    }

    /// <summary>The next word at or after <paramref name="from"/> that may start a name (any word on the slow path).</summary>
    private static int Next(string text, ImmutableArray<Token> tokens, int from, PlaceCatalog catalog, bool tryEveryWord)
    {
        if (!tryEveryWord)
        {
            return catalog.NextWordThatMayStartName(text, tokens, from);
        }

        while (from < tokens.Length && tokens[from].Kind != TokenKind.Word)
        {
            from++;
        }

        return from;
    }

    /// <summary>
    /// False when the word starts no name here: it is no name of one word (with or without a possessive 's), and the
    /// word after it is in no name, which is all a longer name is looked up for (<see cref="LaterWordsMayBeInName"/>).
    /// Cheaper than <see cref="NameLengthsFrom"/>; the walk already turns away "the" but before a word that may continue "the Ukraine".
    /// </summary>
    private static bool MayStartNameHere(string text, ImmutableArray<Token> tokens, int i, PlaceCatalog catalog)
    {
        Token word = tokens[i];
        if (catalog.MayBeOneWordName(text, word.Start, word.Length)
            || (HasPossessive(text, word.Start, word.Length) && catalog.MayBeOneWordName(text, word.Start, word.Length - 2)))
        {
            return true;
        }

        if (catalog.MaxNameWords < 2 || i + 1 >= tokens.Length)
        {
            return false;
        }

        Token next = tokens[i + 1];
        return catalog.MayBeInName(text, next.Start, next.Length)
            || (HasPossessive(text, next.Start, next.Length) && catalog.MayBeInName(text, next.Start, next.Length - 2));
    }

    /// <summary>
    /// The lengths in words of the names that may start with this word (<see cref="PlaceCatalog.NameLengthsFrom"/>);
    /// without its possessive <c>'s</c> it may only be a name of one word. None for most words of an article.
    /// </summary>
    private static int NameLengthsFrom(string text, Token word, PlaceCatalog catalog, out int? wordHash)
    {
        int lengths = catalog.NameLengthsFrom(text, word, out wordHash);
        if (HasPossessive(text, word.Start, word.Length))
        {
            lengths |= catalog.NameLengthsFrom(text, word.Start, word.Length - 2) & PlaceCatalog.LengthBit(1);
        }

        return lengths;
    }

    private static bool LaterWordsStartAscii(string text, ImmutableArray<Token> tokens, int first, int count)
    {
        for (int k = first + 1; k < first + count; k++)
        {
            if (text[tokens[k].Start] >= 128)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>False when a word after the first is surely in no name: "the minister" is not looked up for "the Ukraine".</summary>
    private static bool LaterWordsMayBeInName(string text, ImmutableArray<Token> tokens, int first, int count, PlaceCatalog catalog)
    {
        for (int k = first + 1; k < first + count; k++)
        {
            Token word = tokens[k];
            bool mayBe = catalog.MayBeInName(text, word.Start, word.Length)
                || (k == first + count - 1 && HasPossessive(text, word.Start, word.Length) && catalog.MayBeInName(text, word.Start, word.Length - 2));
            if (!mayBe)
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasPossessive(string text, int start, int length) =>
        length > 2 && text[start + length - 1] == 's' && (text[start + length - 2] == '\'' || text[start + length - 2] == '\u2019');

    /// <summary>
    /// A catalog name at text[start..start+length), or the same without a possessive <c>'s</c>; written with the name's
    /// capitalization. <paramref name="simpleHash"/> is the range's <see cref="FoldedHash.TrySimple"/> hash, if taken.
    /// </summary>
    private static bool Match(string text, int start, int length, int? simpleHash, PlaceCatalog catalog, out FoldedName? name, out int matched)
    {
        matched = length;
        name = catalog.FindFolded(text, start, length, simpleHash);
        if (name is null && HasPossessive(text, start, length))
        {
            matched = length - 2;
            name = catalog.FindFolded(text, start, matched);
        }

        // Proper names only: "Nice" the city, not "nice"; "the Ukraine" is listed with its lower-case article.
        return name is not null && name.IsWrittenLike(text[start]);
    }

    /// <summary>
    /// True when the tokens after the first (a word) are apart from each other by white space at most: a name's words
    /// are its tokens (<see cref="NameWords"/>), so "St. Petersburg" and "Route 66" span a symbol or a number.
    /// </summary>
    private static bool AreTokensWithSpaces(string text, ImmutableArray<Token> tokens, int first, int count)
    {
        for (int k = first + 1; k < first + count; k++)
        {
            for (int c = tokens[k - 1].End; c < tokens[k].Start; c++)
            {
                if (text[c] != ' ' && text[c] != '\u00A0' && text[c] != '\n')
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>The name as written with each run of spaces, no-break spaces and line breaks made one space.</summary>
    private static string Collapse(string text, int start, int length)
    {
        // Names are almost always written with single spaces: then the text is already collapsed.
        for (int i = start; i < start + length; i++)
        {
            char c = text[i];
            if (c == '\u00A0' || c == '\n' || (c == ' ' && (i == start || i + 1 == start + length || text[i + 1] == ' ')))
            {
                return Collapse(text.Substring(start, length));
            }
        }

        return text.Substring(start, length);
    }

    private static string Collapse(string text) => string.Join(" ", text.Split(new[] { ' ', '\u00A0', '\n' }, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>
    /// The uses of each place named, places in the order of their first use; its lists are kept from article to article
    /// (a hostile article's thousands are not).
    /// </summary>
    private sealed class Uses
    {
        private const int MaxKept = 1024;

        /// <summary>Places found by a scan of <see cref="_places"/>; later ones by <see cref="_slots"/>.</summary>
        private const int MaxScanned = 16;
        private readonly Dictionary<Place, int> _slots = new();
        private readonly List<Place> _places = new();
        private readonly List<List<Use>> _lists = new();

        public int Count => _places.Count;

        public Place PlaceAt(int i) => _places[i];

        public List<Use> At(int i) => _lists[i];

        public void Add(Place place, Use use)
        {
            int slot = SlotOf(place);
            if (slot < 0)
            {
                slot = _places.Count;
                if (slot >= MaxScanned)
                {
                    _slots[place] = slot;
                }

                _places.Add(place);
                if (slot == _lists.Count)
                {
                    _lists.Add(new List<Use>());
                }
            }

            _lists[slot].Add(use);
        }

        /// <summary>The slot of the place, or -1: the first places of an article (most articles name fewer) are found by a scan.</summary>
        private int SlotOf(Place place)
        {
            int scanned = Math.Min(_places.Count, MaxScanned);
            for (int i = 0; i < scanned; i++)
            {
                if (ReferenceEquals(_places[i], place))
                {
                    return i;
                }
            }

            return _places.Count > MaxScanned && _slots.TryGetValue(place, out int slot) ? slot : -1;
        }

        /// <summary>Forgets the article (its blocks stay reachable from no list).</summary>
        public void Clear()
        {
            for (int i = 0; i < _places.Count; i++)
            {
                _lists[i].Clear();
                if (_lists[i].Capacity > MaxKept)
                {
                    _lists[i] = new List<Use>();
                }
            }

            if (_lists.Count > MaxKept)
            {
                _lists.RemoveRange(MaxKept, _lists.Count - MaxKept);
            }

            _places.Clear();
            _slots.Clear();
        }
    }

    /// <summary>A name as written; a struct, and its text is cut out only for a finding (most names are spelled one way).</summary>
    private readonly struct Use
    {
        public Use(ProseBlock block, int start, int length, string key)
        {
            Block = block;
            Start = start;
            Length = length;
            Key = key;
        }

        public ProseBlock Block { get; }

        public int Start { get; }

        public int Length { get; }

        /// <summary>The spelling as written; it folds to <see cref="Key"/>: Collapse only merges white space, as folding does.</summary>
        public string Text => Collapse(Block.Text, Start, Length);

        public string Key { get; }
    }
}
