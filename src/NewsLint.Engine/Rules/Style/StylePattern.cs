using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using NewsLint.Language;
using NewsLint.Markdown;

namespace NewsLint.Rules.Style;

/// <summary>
/// A compiled pattern of a style rule: a regular expression from the rule file, or a plain token list turned into one
/// (whole words, any case). Compiled once at load with a match time limit, and remembered by where it was written so a
/// timeout can name the rule file and line (NL0002).
/// </summary>
public sealed class StylePattern
{
    /// <summary>
    /// Match time limit when a rule sets none. The limit is wall-clock time, so it is a safety net against
    /// catastrophic backtracking (which takes seconds to years), not a speed budget: a busy build machine must not
    /// turn a sound pattern into NL0002.
    /// </summary>
    public const int DefaultTimeoutMilliseconds = 1000;

    private static readonly ConcurrentDictionary<string, Regex> Cache = new(StringComparer.Ordinal);

    /// <summary>A unit holding one of these (<see cref="BlockPrefixes.CaseOddities"/>) is matched the plain way.</summary>
    private static readonly char[] CaseOddities = BlockPrefixes.CaseOddities.ToCharArray();

    private readonly PatternLiterals _literals;

    /// <summary>Finds the literals every match starts with, or null.</summary>
    private readonly LiteralSearch? _leading;

    /// <summary>Finds the literals every match contains, or null.</summary>
    private readonly LiteralSearch? _required;

    /// <summary>Finds the literals of each of <see cref="PatternLiterals.Requirements"/>.</summary>
    private readonly LiteralSearch[] _requirements;

    /// <summary>The regex that scans a unit position after position; built with <see cref="Regex"/>.</summary>
    private TieredRegex? _scan;

    /// <summary>
    /// The compiled pattern. A token list's is built on first use: its matches are found by its
    /// <see cref="TokenAlternatives"/>, and the regex is asked for only by a unit with a case oddity or by a finding,
    /// while the 28 token lists of the default rules took 1.6 of the 33 million instructions of a one-file run to
    /// compile at load (docs/performance.md, fifteenth round). A pattern from a rule file is compiled at load, which
    /// is where a broken one must be reported.
    /// </summary>
    private Regex? _regex;

    private readonly string _source;
    private readonly RegexOptions _options;

    /// <summary>
    /// Whether matches are sought from the leading literals, or else from where the leading run of a class
    /// (<see cref="PatternLiterals.Run"/>) begins, with the pattern anchored there (<see cref="Anchored"/>).
    /// </summary>
    private readonly bool _literalLed;

    /// <summary>Built on first use (<see cref="Anchored"/>).</summary>
    private TieredRegex? _anchored;

    /// <summary>Whether the leading look-behind (<see cref="PatternLiterals.Guard"/>) rules out every ASCII letter and digit.</summary>
    private readonly bool _guardsWordStart;

    /// <summary>
    /// The word prefixes of the leading literals (<see cref="LiteralSearch.WordPrefixes"/>) when every match must
    /// begin a word, else null.
    /// </summary>
    private readonly int[]? _wordPrefixes;

    /// <summary>The last <see cref="MaskFor"/> made.</summary>
    private BlockPrefixes.PrefixMask? _blockMask;

    /// <summary>Whether this is the built-in word pattern (<c>words: true</c>), counted by <see cref="WordCounter"/>.</summary>
    private bool _countsWords;

    /// <summary>The phrases every match begins with (<see cref="PatternLiterals.Phrases"/>), checked at a literal hit, or null.</summary>
    private readonly LiteralPhrases? _phrases;

    /// <summary>For a token list: its tokens, so that a literal hit tries only those that begin there (or null).</summary>
    private TokenAlternatives? _tokens;

    /// <summary>
    /// For a token list: the keys of each token's words that are runs of ASCII letters and digits
    /// (<see cref="BlockPrefixes.TryWordKey"/>), each followed by its start (<see cref="BlockPrefixes.StartOf"/>), or
    /// null when a token has none. A match of a token holds each such word
    /// as a whole run: the pattern puts no letter or digit right before or after a word. The same for a pattern whose
    /// every match is one whole word of <see cref="PatternLiterals.WholeMatches"/>, each a token of one word.
    /// </summary>
    private uint[][]? _tokenWordKeys;

    /// <summary>A pattern whose regex, <paramref name="regex"/>, is compiled now, or (null) on first use.</summary>
    private StylePattern(Regex? regex, string source, RegexOptions options, int timeoutMilliseconds, bool hasKeyGroup, string text, string path, int line)
    {
        _regex = regex;
        _source = source;
        _options = options;
        TimeoutMilliseconds = timeoutMilliseconds;
        Text = text;
        Path = path;
        Line = line;
        HasKeyGroup = hasKeyGroup;
        _literals = PatternLiterals.Of(source, options);
        _guardsWordStart = _literals.Guard is { } guard && GuardsAsciiWordCharacters(guard);
        _required = _literals.Required is null ? null : new LiteralSearch(_literals.Required, _literals.IgnoreCase);
        _requirements = new LiteralSearch[_literals.Requirements.Length];
        for (int i = 0; i < _requirements.Length; i++)
        {
            _requirements[i] = new LiteralSearch(_literals.Requirements[i], _literals.IgnoreCase);
        }
        if (_literals.Leading is not null)
        {
            _leading = new LiteralSearch(_literals.Leading, _literals.IgnoreCase);
        }

        // Only for the leading literals' search, which AtWordStart may narrow to word starts.
        _wordPrefixes = _guardsWordStart ? _leading?.WordPrefixes : null;

        // A match that begins a word and is one of these literals up to the end of its word is a whole word: the
        // article-wide test asks for them as a token list's words (most leading prefixes of such patterns, "dibe" of
        // "dibelakang", begin common words).
        if (_guardsWordStart && _literals.WholeMatches is { } whole)
        {
            var words = new List<string[]>(whole.Length);
            foreach (string literal in whole)
            {
                words.Add(new[] { literal });
            }

            _tokenWordKeys = WordKeysOf(words);
            ShortWordLengths = _tokenWordKeys is null ? 0 : ShortLengthsOf(words);
        }

        if (_leading is not null && _literals.Phrases is { } phrases)
        {
            _phrases = new LiteralPhrases(phrases, _literals.PhraseEnd, _literals.IgnoreCase);
        }

        _literalLed = _leading is not null || _literals.Run is not null;
    }

    /// <summary>
    /// The pattern anchored where a scan starts (<c>\G</c>), tried only where a leading literal occurs or a leading run
    /// begins. Built on first use, and never for a token list, whose alternatives anchor themselves
    /// (<see cref="TokenAlternatives"/>): most patterns of a short run never meet their literal, and every process of a
    /// run pays its own loading (docs/performance.md, fourteenth round).
    /// </summary>
    private TieredRegex Anchored => Once(ref _anchored, static p => new TieredRegex(Compile(@"\G(?:" + p.Regex + ")", p.Regex.Options, p.TimeoutMilliseconds, out _)!));

    public Regex Regex => Once(ref _regex, static p => Compile(p._source, p._options, p.TimeoutMilliseconds, out _)!); // a token list's: always valid

    /// <summary>For tests: whether the regex has been built (a token list's is built on first use).</summary>
    internal bool IsRegexBuilt => Volatile.Read(ref _regex) is not null;

    private TieredRegex Scan => Once(ref _scan, static p => new TieredRegex(p.Regex));

    /// <summary>The value in <paramref name="field"/>, built by <paramref name="build"/> on first use; when two threads
    /// build it at once, both keep the first one stored.</summary>
    private T Once<T>(ref T? field, Func<StylePattern, T> build)
        where T : class
    {
        T? value = Volatile.Read(ref field);
        if (value is null)
        {
            T built = build(this);
            value = Interlocked.CompareExchange(ref field, built, null) ?? built;
        }

        return value;
    }

    /// <summary>The pattern as the rule file wrote it (a token list is shown joined by " | ").</summary>
    public string Text { get; }

    /// <summary>The rule file the pattern was read from.</summary>
    public string Path { get; }

    /// <summary>1-based line of the pattern in that file.</summary>
    public int Line { get; }

    /// <summary>Whether the pattern captures a group 1, used as the key of conditional rules.</summary>
    public bool HasKeyGroup { get; }

    public int TimeoutMilliseconds { get; }

    /// <summary>
    /// The most matches a unit of <paramref name="length"/> characters can hold, when known without matching: words
    /// (<c>words: true</c>) take a character each and need one between two of them, so at most (length + 1) / 2.
    /// </summary>
    public int? MostMatchesIn(int length) => _countsWords ? (length + 1) / 2 : null;

    /// <summary>
    /// The longest unit that <see cref="MostMatchesIn(int)"/> proves to hold at most <paramref name="limit"/> matches
    /// (no longer unit is proven so), or -1 when none is: a caller walking many units settles most by their length.
    /// </summary>
    public int LongestWithin(int limit) => _countsWords && limit >= 0 ? (int)Math.Min(2L * limit, int.MaxValue) : -1;

    /// <summary>
    /// For words (<c>words: true</c>): at least the matches of a unit of <paramref name="block"/>, read from its tokens
    /// (<see cref="WordCounter.MostIn"/>) and stopping once over <paramref name="limit"/>; null when not known that way.
    /// </summary>
    internal int? MostMatchesIn(ProseBlock block, int start, int length, StyleText text, int limit) =>
        _countsWords && text.TryTokensOf(block, out ImmutableArray<Token> tokens)
            ? WordCounter.MostIn(block.Text, tokens.AsSpan(), start, start + length, limit)
            : null;

    /// <summary>Compiles <paramref name="pattern"/>; on an invalid pattern returns null and the reason.</summary>
    public static StylePattern? FromRegex(string pattern, bool ignoreCase, int timeoutMilliseconds, string path, int line, out string? problem)
    {
        RegexOptions options = RegexOptions.CultureInvariant | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);
        Regex? regex = Compile(pattern, options, timeoutMilliseconds, out problem);
        return regex is null ? null : new StylePattern(regex, pattern, options, timeoutMilliseconds, regex.GetGroupNumbers().Length > 1, pattern, path, line);
    }

    /// <summary>Words as <see cref="WordCounter.Pattern"/> defines them: counted without the regex.</summary>
    public static StylePattern Words(int timeoutMilliseconds, string path, int line)
    {
        StylePattern pattern = FromRegex(WordCounter.Pattern, ignoreCase: false, timeoutMilliseconds, path, line, out _)!;
        pattern._countsWords = true;
        return pattern;
    }

    /// <summary>Whole-word, case-insensitive alternatives; a space inside a token matches any run of white space.</summary>
    public static StylePattern FromTokens(IReadOnlyList<string> tokens, int timeoutMilliseconds, string path, int line)
    {
        var ordered = new List<string>(tokens);
        ordered.Sort((a, b) => b.Length != a.Length ? b.Length.CompareTo(a.Length) : string.CompareOrdinal(a, b));
        const string before = @"(?<![\p{L}\p{N}_])";
        const string after = TokenAlternatives.WordEnd;
        var words = new List<string[]>(ordered.Count);
        var pattern = new StringBuilder(before).Append("(?:");
        for (int i = 0; i < ordered.Count; i++)
        {
            words.Add(ordered[i].Trim().Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries));
            pattern.Append(i > 0 ? "|" : string.Empty).Append(TokenAlternatives.Alternative(words[i]));
        }

        pattern.Append(')').Append(after);

        // Escaped words, white space, a non-capturing group and look-arounds: valid, and no group to key on.
        const RegexOptions options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;
        var style = new StylePattern(null, pattern.ToString(), options, timeoutMilliseconds, hasKeyGroup: false, string.Join(" | ", tokens), path, line)
        {
            _tokenWordKeys = WordKeysOf(words),
            ShortWordLengths = ShortLengthsOf(words),
        };
        if (style._literalLed && style._leading is not null)
        {
            style._tokens = TokenAlternatives.Of(words, before, after, options, TimeSpan.FromMilliseconds(timeoutMilliseconds));
        }

        return style;
    }

    /// <summary>
    /// False when the unit surely holds no match: it lacks the literals every match starts with or contains. Cheap and
    /// allocation-free, for callers that walk many units with many patterns.
    /// </summary>
    public bool MayMatch(in StyleSpan unit) => MayMatch(unit, null);

    /// <summary>
    /// <see cref="MayMatch(in StyleSpan)"/>; when true and the matches are led by literals, <paramref name="cursor"/>
    /// (of <see cref="NewCursorBuffer"/>) holds what the literal search learnt, for <see cref="AddMatchesOnceChecked"/>.
    /// </summary>
    internal bool MayMatch(in StyleSpan unit, int[]? cursor)
    {
        // Most units of a rule with many swaps (NL5004 has 22) begin no word with a swap's literal: settled from the
        // block's word prefixes alone, as the search below would settle them (no case oddities: not the plain way).
        if (_wordPrefixes is not null && unit.Prefixes is { HasCaseOddities: false } blockPrefixes && AtWordStart(unit) && !blockPrefixes.MayBeginAnyWord(MaskFor(blockPrefixes)))
        {
            return false;
        }

        string text = unit.Block.Text;
        int end = unit.Start + unit.Length;
        bool plain = _literals.IgnoreCase && HasCaseOddities(unit);
        if (plain)
        {
            return true;
        }

        // Every requirement first: the leading search, which fills the cursor, is then run only for a unit to match.
        for (int i = 0; i < _requirements.Length; i++)
        {
            if (!_requirements[i].Occurs(text, unit.Start, end, unit.Prefixes))
            {
                return false;
            }
        }

        return _literalLed
            ? _leading is null || _leading.Occurs(text, unit.Start, end, unit.Prefixes, AtWordStart(unit), cursor)
            : _required is null || _required.Occurs(text, unit.Start, end, unit.Prefixes);
    }

    /// <summary>
    /// <see cref="_wordPrefixes"/> as a mask for blocks of <paramref name="block"/>'s vocabulary, made once per
    /// vocabulary (a process has one catalog, so once); replaced whole, so threads that share the pattern see one
    /// mask or the other.
    /// </summary>
    private BlockPrefixes.PrefixMask MaskFor(BlockPrefixes block)
    {
        BlockPrefixes.PrefixMask? mask = _blockMask;
        if (mask is null || mask.Known != block.KnownStarts)
        {
            _blockMask = mask = new BlockPrefixes.PrefixMask(_wordPrefixes!, block.KnownStarts);
        }

        return mask;
    }

    /// <summary>
    /// False when no unit of <paramref name="scope"/> in the article can hold a match: every match must begin a word
    /// (<see cref="_wordPrefixes"/>) and no word of the article begins with a leading literal. Settles most patterns of
    /// a rule with many swaps with one test per article instead of one per unit.
    /// </summary>
    internal bool MayMatchIn(StyleText text, StyleScope scope) =>
        (_wordPrefixes is null || !text.UnitsBeginWords(scope) || text.WordPrefixes() is not { } prefixes || prefixes.MayBeginAnyWord(_wordPrefixes))
        && (_tokenWordKeys is null || !text.UnitsBoundWords(scope) || text.WordPrefixes() is not { } words || words.MayHoldAllOfAny(_tokenWordKeys))
        && MayHoldLiteralsIn(text.Filters());

    /// <summary>
    /// False when the article lacks a character other than a letter or digit that each literal of a set every match
    /// needs holds (as <see cref="MayMatch(in StyleSpan, int[])"/> needs them): the parenthesis of <c>\(([A-Z]{2,6})\)</c>,
    /// the percent sign of <c>\s?%</c>. Case oddities do not matter here: no case folding reaches such a character.
    /// </summary>
    private bool MayHoldLiteralsIn(ArticlePrefixes article)
    {
        for (int i = 0; i < _requirements.Length; i++)
        {
            if (!_requirements[i].MayOccurIn(article))
            {
                return false;
            }
        }

        return _literalLed
            ? _leading is null || _leading.MayOccurIn(article)
            : _required is null || _required.MayOccurIn(article);
    }

    /// <summary>
    /// The word starts the filters must record for this pattern's article-wide and per-block tests
    /// (<see cref="StyleVocabulary"/>): its leading literals' prefixes and its token words' starts.
    /// </summary>
    internal IEnumerable<int> WordStarts()
    {
        if (_leading is not null)
        {
            foreach (int prefix in _leading.Prefixes)
            {
                if (prefix >= 0)
                {
                    yield return prefix;
                }
            }
        }

        if (_tokenWordKeys is not null)
        {
            foreach (uint[] keys in _tokenWordKeys)
            {
                for (int i = 1; i < keys.Length; i += 2)
                {
                    yield return (int)keys[i];
                }
            }
        }
    }

    /// <summary>
    /// Bit n set when a token word of n characters (1 to 3) is a start of <see cref="WordStarts"/> (every other start
    /// has four).
    /// </summary>
    internal int ShortWordLengths { get; private set; }

    private static int ShortLengthsOf(List<string[]> tokens)
    {
        int lengths = 0;
        foreach (string[] words in tokens)
        {
            foreach (string word in words)
            {
                if (word.Length < 4)
                {
                    lengths |= 1 << word.Length;
                }
            }
        }

        return lengths;
    }

    /// <summary>The <see cref="_tokenWordKeys"/> of a token list's words, or null.</summary>
    private static uint[][]? WordKeysOf(List<string[]> tokens)
    {
        var keySets = new uint[tokens.Count][];
        var keys = new List<uint>();
        for (int i = 0; i < tokens.Count; i++)
        {
            keys.Clear();
            foreach (string word in tokens[i])
            {
                if (BlockPrefixes.TryWordKey(word, out uint key))
                {
                    keys.Add(key);
                    keys.Add((uint)BlockPrefixes.StartOf(word));
                }
            }

            if (keys.Count == 0)
            {
                return null;
            }

            keySets[i] = keys.ToArray();
        }

        return keySets;
    }

    /// <summary>The matches in a unit of a block's text, which the pattern sees as its whole input.</summary>
    public IEnumerable<StyleMatch> Matches(StyleSpan unit)
    {
        // Most units hold none of a rule's literals: settle them before any list.
        int[]? cursor = NewCursorBuffer();
        return MayMatch(unit, cursor) ? MatchesOnceChecked(unit, cursor) : Array.Empty<StyleMatch>();
    }

    /// <summary>As <see cref="Matches"/>, for a caller that has just seen <see cref="MayMatch(in StyleSpan, int[])"/> say true.</summary>
    private List<StyleMatch> MatchesOnceChecked(StyleSpan unit, int[]? cursor)
    {
        var matches = new List<StyleMatch>();
        AddMatchesOnceChecked(unit, matches, cursor);
        return matches;
    }

    /// <summary>A cursor for <see cref="MayMatch(in StyleSpan, int[])"/> to fill, or null; reusable from unit to unit.</summary>
    internal int[]? NewCursorBuffer() => _leading?.NewCursorBuffer();

    /// <summary>
    /// The matches of a unit for which <see cref="MayMatch(in StyleSpan, int[])"/> has just said true with
    /// <paramref name="cursor"/>, added to a caller's list: a caller walking many units reuses one list, not an
    /// iterator object per unit (the collector's cost grows with the objects allocated).
    /// </summary>
    internal void AddMatchesOnceChecked(StyleSpan unit, List<StyleMatch> matches, int[]? cursor)
    {
        if (UsesLeadingLiterals(unit))
        {
            AddLiteralLedMatches(unit, matches, cursor);
        }
        else
        {
            AddScannedMatches(unit, matches);
        }
    }

    /// <summary>The number of matches in a unit (as <see cref="Matches"/> would give, empty ones included).</summary>
    public int Count(StyleSpan unit)
    {
        if (_countsWords)
        {
            return WordCounter.Count(unit.Block.Text, unit.Start, unit.Start + unit.Length);
        }

        if (UsesLeadingLiterals(unit))
        {
            int count = 0;
            foreach (StyleMatch _ in Matches(unit))
            {
                count++;
            }

            return count;
        }

        if (!MayMatch(unit))
        {
            return 0;
        }

        try
        {
            return Scan.Count(unit.Block.Text, unit.Start, unit.Length);
        }
        catch (RegexMatchTimeoutException ex)
        {
            throw new StylePatternTimeoutException(this, unit, ex);
        }
    }

    public override string ToString() => Text;

    private static bool GuardsAsciiWordCharacters(CharTest guard)
    {
        for (char c = '0'; c <= 'z'; c++)
        {
            if (BlockPrefixes.IsWordChar(c) && !guard.Contains(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The regex run over the whole unit, position after position.</summary>
    private void AddScannedMatches(StyleSpan unit, List<StyleMatch> matches)
    {
        Match match;
        try
        {
            TieredRegex scan = Scan;
            scan.Record(unit.Length);
            match = scan.Current.Match(unit.Block.Text, unit.Start, unit.Length);
        }
        catch (RegexMatchTimeoutException ex)
        {
            throw new StylePatternTimeoutException(this, unit, ex);
        }

        while (match.Success)
        {
            matches.Add(new StyleMatch(match, 0));
            try
            {
                match = match.NextMatch();
            }
            catch (RegexMatchTimeoutException ex)
            {
                throw new StylePatternTimeoutException(this, unit, ex);
            }
        }
    }

    /// <summary>
    /// The same matches as <see cref="AddScannedMatches"/>, found by trying the anchored pattern only where a leading
    /// literal occurs (or a leading run begins), leftmost first. Every match starts at such a place, so the first success at or after the scan
    /// position is the match a scan would find. The unit's text is the input, so look-behinds see what they saw.
    /// </summary>
    private void AddLiteralLedMatches(StyleSpan unit, List<StyleMatch> matches, int[]? filled)
    {
        string text = unit.Block.Text;
        int start = unit.Start;
        int end = unit.Start + unit.Length;
        int[]? cursor = filled ?? _leading?.NewCursor(unit.Prefixes, AtWordStart(unit));
        string? input = null;
        TieredRegex? anchoredTier = _tokens is null ? Anchored : null;
        Regex? anchored = anchoredTier?.Current;
        int resume = start;
        while (true)
        {
            int at = _leading is not null ? _leading.Next(text, cursor, resume, end) : _literals.Run!.Next(text, resume, end);
            if (at < 0)
            {
                return;
            }

            // The leading look-behind, settled without the regex: most literal hits inside a longer word end here.
            if (at > start && _literals.Guard is { } guard && guard.Contains(text[at - 1]))
            {
                resume = at + 1;
                continue;
            }

            // A phrase's later words, settled without the regex: "could" without " of" after it ends here.
            if (_phrases is not null && !_phrases.MayMatchAt(text, at, end))
            {
                resume = at + 1;
                continue;
            }

            if (input is null)
            {
                input = start == 0 && end == text.Length ? text : text.Substring(start, end - start);
                anchoredTier?.Record(input.Length);
            }

            Regex? regex = anchored ?? _tokens!.AnchoredAt(text, at, end);
            if (regex is null)
            {
                resume = at + 1;
                continue;
            }

            Match match;
            try
            {
                match = regex.Match(input, at - start);
            }
            catch (RegexMatchTimeoutException ex)
            {
                throw new StylePatternTimeoutException(this, unit, ex);
            }

            resume = at + 1;
            if (match.Success)
            {
                resume = at + Math.Max(match.Length, 1);
                matches.Add(new StyleMatch(match, start));
            }
        }
    }

    /// <summary>
    /// Whether every match must begin a word of the block: the leading look-behind rules out an ASCII letter or digit
    /// before it, and the unit does not start right after one (where the look-behind sees nothing before the match).
    /// </summary>
    private bool AtWordStart(in StyleSpan unit) =>
        _guardsWordStart && (unit.Start == 0 || !BlockPrefixes.IsWordChar(unit.Block.Text[unit.Start - 1]));

    private bool UsesLeadingLiterals(StyleSpan unit) =>
        _literalLed && !(_literals.IgnoreCase && HasCaseOddities(unit));

    /// <summary>From the block's <see cref="BlockPrefixes"/> when the unit carries them (a block-wide answer, which only
    /// sends more units the plain way), otherwise by scanning the unit.</summary>
    private static bool HasCaseOddities(StyleSpan unit) =>
        unit.Prefixes?.HasCaseOddities ?? unit.Block.Text.AsSpan(unit.Start, unit.Length).IndexOfAny(CaseOddities) >= 0;

    private static Regex? Compile(string pattern, RegexOptions options, int timeoutMilliseconds, out string? problem)
    {
        problem = null;
        string key = ((int)options).ToString(System.Globalization.CultureInfo.InvariantCulture) + "|" + timeoutMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture) + "|" + pattern;
        if (Cache.TryGetValue(key, out Regex? cached))
        {
            return cached;
        }

        try
        {
            // Interpreted, not RegexOptions.Compiled: a compiled pattern is JIT-compiled during its first matches, inside
            // the wall-clock time limit, which made small limits fire on innocent text (seen with a 20 ms limit).
            var regex = new Regex(pattern, options, TimeSpan.FromMilliseconds(timeoutMilliseconds));
            return Cache.GetOrAdd(key, regex);
        }
        catch (ArgumentException ex)
        {
            problem = ex.Message;
            return null;
        }
    }
}

/// <summary><c>Regex.Count(ReadOnlySpan&lt;char&gt;)</c> bound to one regex.</summary>
internal delegate int SpanCounter(ReadOnlySpan<char> input);

/// <summary>A style rule's pattern ran out of time on an article; reported as NL0002, never thrown past the rule.</summary>
public sealed class StylePatternTimeoutException : Exception
{
    public StylePatternTimeoutException(StylePattern pattern, StyleSpan unit, RegexMatchTimeoutException inner)
        : base($"Pattern '{pattern.Text}' ({pattern.Path}, line {pattern.Line}) timed out", inner)
    {
        Pattern = pattern;
        Unit = unit;
    }

    public StylePattern Pattern { get; }

    /// <summary>The text the pattern was running on: NL0002 points at its start.</summary>
    public StyleSpan Unit { get; }
}
