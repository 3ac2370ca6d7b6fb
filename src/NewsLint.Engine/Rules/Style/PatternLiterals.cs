using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace NewsLint.Rules.Style;

/// <summary>
/// Literal text that every match of a rule's regular expression starts with, or contains, read from the pattern
/// itself. A style rule then searches for those literals (vectorized <c>IndexOf</c>) and runs the regex only where one
/// occurs, instead of at every position of every block: the interpreter costs about a tenth of a microsecond per
/// position, and most rules match nowhere. The reader understands a conservative subset of .NET syntax; anything else
/// (inline options, conditionals, <c>\G</c>, right-to-left, ...) gives <see cref="Unknown"/>, and the rule is run the
/// plain way.
/// </summary>
internal sealed class PatternLiterals
{
    public static readonly PatternLiterals Unknown = new(null, null, false, null, null);

    /// <summary>Most strings a literal set may grow to before it stops being a useful prefilter.</summary>
    private const int MaxStrings = 32;

    /// <summary>Longest leading run checked before the regex; a longer quantifier only makes the check end sooner.</summary>
    private const int MaxRun = 8;

    private PatternLiterals(string[]? leading, string[]? required, bool ignoreCase, CharTest? guard, LeadingRun? run)
    {
        Run = run;
        Leading = leading;
        Required = required;
        IgnoreCase = ignoreCase;
        Guard = guard;
    }

    /// <summary>Every match starts with one of these (never an empty string), or null when not known.</summary>
    public string[]? Leading { get; }

    /// <summary>Every match contains one of these (never an empty string), or null when not known.</summary>
    public string[]? Required { get; }

    /// <summary>
    /// Characters that cannot come right before a match: the pattern starts with a negative look-behind of one class,
    /// such as <c>(?&lt;![\p{L}\p{N}_])</c> (a subset of that class, or null).
    /// </summary>
    public CharTest? Guard { get; }

    /// <summary>
    /// Other sets of literals every match contains one of (from the pattern's one alternative; empty when not known):
    /// a unit must hold one of each, as well as a leading or required literal.
    /// </summary>
    public string[][] Requirements { get; init; } = Array.Empty<string[]>();

    /// <summary>
    /// The strings every match is exactly one of, when the pattern's one alternative is literals only and ends with a
    /// negative look-ahead ruling out every ASCII letter and digit after them (<c>(di)(mana|sana)(?![\p{L}\p{N}_-])</c>);
    /// otherwise null.
    /// </summary>
    public string[]? WholeMatches { get; init; }

    /// <summary>
    /// The words every match begins with, in order, one run of white space (<c>\s+</c>) between two of them, when the one
    /// alternative starts with literals and <c>\s+</c> up to a second word: <c>(could|would)\s+of</c> gives
    /// [could, of] and [would, of]. Otherwise null. Only ASCII words (compared as the literals are).
    /// </summary>
    public string[][]? Phrases { get; init; }

    /// <summary>
    /// When <see cref="Phrases"/> make up the whole match: the characters a closing negative look-ahead rules out right
    /// after it (<c>(?![\p{L}\p{N}_])</c>), or null.
    /// </summary>
    public CharTest? PhraseEnd { get; init; }

    /// <summary>
    /// When no literal is known: the run of one character class every match starts with (<c>[A-Z]{2,6}</c>), or null.
    /// </summary>
    public LeadingRun? Run { get; }

    /// <summary>Whether the literals are compared ignoring case (ASCII letters only: see <see cref="Of"/>).</summary>
    public bool IgnoreCase { get; }

    public static PatternLiterals Of(string pattern, RegexOptions options)
    {
        if ((options & (RegexOptions.RightToLeft | RegexOptions.IgnorePatternWhitespace | RegexOptions.ECMAScript)) != 0)
        {
            return Unknown;
        }

        bool ignoreCase = (options & RegexOptions.IgnoreCase) != 0;
        try
        {
            var reader = new Reader(pattern, ignoreCase);
            List<List<Node>> alternatives = reader.ReadAlternation(0);
            if (reader.Position != pattern.Length)
            {
                return Unknown;
            }

            string[]? leading = LeadingOfAll(alternatives);
            string[]? required = RequiredOfAll(alternatives);
            string[][]? phrases = PhrasesOf(alternatives, out CharTest? phraseEnd);
            return new PatternLiterals(leading, required, ignoreCase, GuardOf(alternatives), leading is null ? RunOf(alternatives) : null)
            {
                Requirements = RequirementsOf(alternatives, leading, required),
                WholeMatches = leading is null ? null : WholeMatchesOf(alternatives),
                Phrases = phrases,
                PhraseEnd = phrases is null ? null : phraseEnd,
            };
        }
        catch (NotSupportedException)
        {
            return Unknown;
        }
    }

    /// <summary>
    /// <see cref="WholeMatches"/>: the product of the one alternative's literals when nothing else consumes text and a
    /// look-ahead after the last of them rules out every ASCII letter and digit.
    /// </summary>
    private static string[]? WholeMatchesOf(List<List<Node>> alternatives)
    {
        if (alternatives.Count != 1)
        {
            return null;
        }

        var strings = new List<string> { string.Empty };
        bool endsWord = false;
        foreach (Node node in alternatives[0])
        {
            if (node.Kind == NodeKind.ZeroWidth)
            {
                endsWord |= node.AheadGuard is { } ahead && HoldsAsciiLettersAndDigits(ahead);
                continue;
            }

            List<string>? own = node.Min == 1 && node.Max == 1 ? StringsOf(node) : null;
            List<string>? product = own is null ? null : Product(strings, own);
            if (product is null)
            {
                return null;
            }

            strings = product;
            endsWord = false; // a look-ahead before this atom says nothing about the match's end
        }

        return endsWord && Usable(strings) ? Distinct(strings) : null;
    }

    /// <summary>
    /// <see cref="Phrases"/> and <see cref="PhraseEnd"/>: the one alternative's literals taken in order, <c>\s+</c> read
    /// as a break between words (written as a NUL while the product is built), up to the first other atom.
    /// </summary>
    private static string[][]? PhrasesOf(List<List<Node>> alternatives, out CharTest? end)
    {
        end = null;
        if (alternatives.Count != 1 || !alternatives[0].Exists(node => node.IsSpace && node.Min >= 1))
        {
            return null; // no break between two words at the top: no phrase of two words (token lists, most patterns)
        }

        const char Break = '\0';
        var strings = new List<string> { string.Empty };
        bool complete = true;
        foreach (Node node in alternatives[0])
        {
            if (node.Kind == NodeKind.ZeroWidth)
            {
                end = node.AheadGuard;
                continue;
            }

            end = null; // a look-ahead before this atom says nothing about the match's end
            List<string>? product = node.IsSpace && node.Min >= 1 ? Product(strings, new List<string> { Break.ToString() })
                : node.Min == 1 && node.Max == 1 && StringsOf(node) is { } own && !own.Exists(s => s.IndexOf(Break) >= 0) ? Product(strings, own)
                : null;
            if (product is null)
            {
                complete = false;
                break;
            }

            strings = product;
        }

        var phrases = new string[strings.Count][];
        for (int i = 0; i < strings.Count; i++)
        {
            // A break that ends what was read says only that white space follows: left out, with any end.
            string phrase = strings[i];
            if (phrase.EndsWith(Break.ToString(), StringComparison.Ordinal))
            {
                phrase = phrase.TrimEnd(Break);
                complete = false;
            }

            phrases[i] = phrase.Split(Break);
            if (phrases[i].Length < 2 || Array.Exists(phrases[i], word => word.Length == 0 || !NewsLint.Language.Ascii.IsAll(word)))
            {
                return null;
            }
        }

        end = complete ? end : null;
        return phrases;
    }

    private static bool HoldsAsciiLettersAndDigits(CharTest test)
    {
        for (char c = '0'; c <= 'z'; c++)
        {
            if (char.IsLetterOrDigit(c) && !test.Contains(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The first look-behind guard among the assertions before anything is consumed, with one alternative.</summary>
    private static CharTest? GuardOf(List<List<Node>> alternatives)
    {
        if (alternatives.Count != 1)
        {
            return null;
        }

        foreach (Node node in alternatives[0])
        {
            if (node.Kind != NodeKind.ZeroWidth)
            {
                break;
            }

            if (node.Guard is not null)
            {
                return node.Guard;
            }
        }

        return null;
    }

    /// <summary>
    /// The class whose characters every match starts with: the first consuming atom of the one alternative, or of the
    /// one alternative of a group there (<c>([A-Z]{2,6})</c>). Only a run of two or more characters of a class without
    /// lowercase letters is worth it: prose is mostly lowercase letters, and a regex started at each of them costs more
    /// than the interpreter's own scan.
    /// </summary>
    private static LeadingRun? RunOf(List<List<Node>> alternatives)
    {
        if (alternatives.Count != 1)
        {
            return null;
        }

        foreach (Node node in alternatives[0])
        {
            if (node.Kind == NodeKind.ZeroWidth)
            {
                continue;
            }

            if (node.Min < 1)
            {
                return null;
            }

            return node.Kind == NodeKind.Group ? RunOf(node.Alternatives!)
                : node is { Kind: NodeKind.Chars, Exact: { } exact, Min: >= 2 } && !HoldsLowercase(exact) ? new LeadingRun(exact, Math.Min(node.Min, MaxRun), node.AsciiOnly)
                : null;
        }

        return null;
    }

    private static bool HoldsLowercase(CharTest test)
    {
        for (char c = 'a'; c <= 'z'; c++)
        {
            if (test.Contains(c))
            {
                return true;
            }
        }

        return false;
    }

    private static string[]? LeadingOfAll(List<List<Node>> alternatives) => Union(alternatives, LeadingOf);

    private static string[]? RequiredOfAll(List<List<Node>> alternatives) => Union(alternatives, RequiredOf);

    /// <summary>What each alternative gives, together; unknown when any alternative's is.</summary>
    private static string[]? Union(List<List<Node>> alternatives, Func<List<Node>, List<string>?> of)
    {
        var all = new List<string>();
        foreach (List<Node> sequence in alternatives)
        {
            List<string>? strings = of(sequence);
            if (strings is null)
            {
                return null;
            }

            all.AddRange(strings);
        }

        return Distinct(all);
    }

    /// <summary>The literal prefixes of a sequence: literal atoms taken while each occurs exactly once.</summary>
    private static List<string>? LeadingOf(List<Node> sequence)
    {
        var prefixes = new List<string> { string.Empty };
        foreach (Node node in sequence)
        {
            if (node.Kind == NodeKind.ZeroWidth)
            {
                continue;
            }

            if (node.Min == 0)
            {
                break;
            }

            List<string>? whole = StringsOf(node);
            List<string>? strings = whole ?? (node.Kind == NodeKind.Group ? ToList(LeadingOfAll(node.Alternatives!)) : null);
            List<string>? product = strings is null ? null : Product(prefixes, strings);
            if (product is null)
            {
                break;
            }

            prefixes = product;
            if (node.Max != 1 || whole is null)
            {
                break;
            }
        }

        return prefixes.Contains(string.Empty) ? null : prefixes;
    }

    /// <summary>The most selective run of mandatory literals in a sequence (longest shortest string, then fewest).</summary>
    private static List<string>? RequiredOf(List<Node> sequence) => RequiredOf(sequence, null);

    /// <summary>As <see cref="RequiredOf(List{Node})"/>, adding every run of mandatory literals to <paramref name="all"/>.</summary>
    private static List<string>? RequiredOf(List<Node> sequence, List<string[]>? all)
    {
        List<string>? best = null;
        var run = new List<string> { string.Empty };
        foreach (Node node in sequence)
        {
            if (node.Kind == NodeKind.ZeroWidth)
            {
                continue;
            }

            List<string>? strings = node.Min == 0 ? null : StringsOf(node);
            List<string>? product = strings is null ? null : Product(run, strings);
            if (product is not null && node.Max == 1)
            {
                run = product;
                continue;
            }

            best = Keep(best, product ?? run, all);
            if (strings is null && node.Min > 0 && node.Kind == NodeKind.Group)
            {
                best = Keep(best, ToList(RequiredOfAll(node.Alternatives!)), all);
            }

            run = new List<string> { string.Empty };
        }

        return Keep(best, run, all);
    }

    private static List<string>? Keep(List<string>? best, List<string>? candidate, List<string[]>? all)
    {
        if (all is not null && Usable(candidate))
        {
            all.Add(candidate!.ToArray());
        }

        return Better(best, candidate);
    }

    /// <summary>
    /// Every set of literals a match must contain one of, besides <paramref name="leading"/> and <paramref name="required"/> (the one alternative's
    /// runs of mandatory literals): each rules out units on its own, e.g. the hyphen of
    /// <c>(para|beberapa)\s+(\p{L}+)-\2</c> in a block that has <c>para</c> but no hyphen.
    /// </summary>
    private static string[][] RequirementsOf(List<List<Node>> alternatives, string[]? leading, string[]? required)
    {
        if (alternatives.Count != 1)
        {
            return Array.Empty<string[]>();
        }

        var all = new List<string[]>();
        RequiredOf(alternatives[0], all);
        var others = new List<string[]>();
        foreach (string[] strings in all)
        {
            string[]? distinct = Distinct(new List<string>(strings));
            if (distinct is not null && !SameStrings(distinct, leading) && !SameStrings(distinct, required) && !Listed(others, distinct))
            {
                others.Add(distinct);
            }
        }

        return others.ToArray();
    }

    private static bool SameStrings(string[] a, string[]? b) => b is not null && new HashSet<string>(a, StringComparer.Ordinal).SetEquals(b);

    private static bool Listed(List<string[]> sets, string[] strings)
    {
        foreach (string[] set in sets)
        {
            if (SameStrings(strings, set))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A literal set that can filter: some strings, none of them empty.</summary>
    private static bool Usable(List<string>? strings) => strings is { Count: > 0 } && !strings.Contains(string.Empty);

    private static List<string>? Better(List<string>? best, List<string>? candidate)
    {
        if (candidate is null || !Usable(candidate))
        {
            return best;
        }

        if (best is null)
        {
            return candidate;
        }

        int bestShortest = Shortest(best);
        int candidateShortest = Shortest(candidate);
        return candidateShortest > bestShortest || (candidateShortest == bestShortest && candidate.Count < best.Count) ? candidate : best;
    }

    private static int Shortest(List<string> strings)
    {
        int shortest = int.MaxValue;
        foreach (string s in strings)
        {
            shortest = Math.Min(shortest, s.Length);
        }

        return shortest;
    }

    /// <summary>The whole strings one occurrence of <paramref name="node"/> can match, when they are few and literal.</summary>
    private static List<string>? StringsOf(Node node)
    {
        if (node.Kind == NodeKind.Chars)
        {
            return node.Chars is null ? null : new List<string>(node.Chars);
        }

        if (node.Kind != NodeKind.Group)
        {
            return null;
        }

        var all = new List<string>();
        foreach (List<Node> sequence in node.Alternatives!)
        {
            List<string>? strings = new() { string.Empty };
            foreach (Node inner in sequence)
            {
                List<string>? own = inner.Kind == NodeKind.ZeroWidth || inner.Min != 1 || inner.Max != 1 ? null : StringsOf(inner);
                strings = own is null ? null : Product(strings, own);
                if (strings is null)
                {
                    return null;
                }
            }

            all.AddRange(strings);
            if (all.Count > MaxStrings)
            {
                return null;
            }
        }

        return all;
    }

    private static List<string>? Product(List<string> heads, List<string> tails)
    {
        if (heads.Count * tails.Count > MaxStrings)
        {
            return null;
        }

        var product = new List<string>(heads.Count * tails.Count);
        foreach (string head in heads)
        {
            foreach (string tail in tails)
            {
                product.Add(head + tail);
            }
        }

        return product;
    }

    private static List<string>? ToList(string[]? strings) => strings is null ? null : new List<string>(strings);

    private static string[]? Distinct(List<string> strings)
    {
        if (strings.Count == 0)
        {
            return null;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var distinct = new List<string>();
        foreach (string s in strings)
        {
            if (s.Length == 0)
            {
                return null;
            }

            if (seen.Add(s))
            {
                distinct.Add(s);
            }
        }

        return distinct.ToArray();
    }

    private enum NodeKind
    {
        /// <summary>One character: from a small literal set (<see cref="Node.Chars"/>), or any of a class (null).</summary>
        Chars,

        /// <summary>A group of alternatives (capturing or not, atomic or not).</summary>
        Group,

        /// <summary>Consumes nothing: anchors, <c>\b</c>, look-arounds.</summary>
        ZeroWidth,

        /// <summary>A back-reference: consumes text not known here (possibly none).</summary>
        Backreference,
    }

    private sealed class Node
    {
        public Node(NodeKind kind, string[]? chars = null, List<List<Node>>? alternatives = null)
        {
            Kind = kind;
            Chars = chars;
            Alternatives = alternatives;
        }

        public NodeKind Kind { get; }

        public string[]? Chars { get; }

        public List<List<Node>>? Alternatives { get; }

        /// <summary>For a class: characters it surely matches, or null.</summary>
        public CharTest? Test { get; set; }

        /// <summary>For a class of listed characters and ranges only, matched case-sensitively: exactly its characters.</summary>
        public CharTest? Exact { get; set; }

        /// <summary>Whether every character of <see cref="Exact"/> is ASCII.</summary>
        public bool AsciiOnly { get; set; }

        /// <summary>Whether the atom is <c>\s</c>: any white space character.</summary>
        public bool IsSpace { get; init; }

        /// <summary>For a negative look-behind of one class: the characters that may not come before.</summary>
        public CharTest? Guard { get; set; }

        /// <summary>For a negative look-ahead of one class: the characters that may not come after.</summary>
        public CharTest? AheadGuard { get; set; }

        public int Min { get; set; } = 1;

        /// <summary>-1 for unbounded.</summary>
        public int Max { get; set; } = 1;
    }

    /// <summary>A recursive-descent reader of the supported subset; throws <see cref="NotSupportedException"/> on the rest.</summary>
    private sealed class Reader
    {
        private const int MaxDepth = 32;
        private const int MaxClassChars = 8;

        /// <summary><c>\t</c>, <c>\n</c>, ... and the characters they stand for.</summary>
        private const string ControlEscapes = "tnrfvea";
        private const string ControlCharacters = "\t\n\r\f\v\u001B\u0007";
        private readonly string _p;
        private readonly bool _ignoreCase;

        public Reader(string pattern, bool ignoreCase)
        {
            _p = pattern;
            _ignoreCase = ignoreCase;
        }

        public int Position { get; private set; }

        public List<List<Node>> ReadAlternation(int depth)
        {
            if (depth > MaxDepth)
            {
                throw new NotSupportedException();
            }

            var alternatives = new List<List<Node>> { new() };
            while (Position < _p.Length)
            {
                char c = _p[Position];
                if (c == ')')
                {
                    break;
                }

                if (c == '|')
                {
                    Position++;
                    alternatives.Add(new List<Node>());
                    continue;
                }

                Node? atom = ReadAtom(depth);
                if (atom is not null)
                {
                    ReadQuantifier(atom);
                    alternatives[alternatives.Count - 1].Add(atom);
                }
            }

            return alternatives;
        }

        private Node? ReadAtom(int depth)
        {
            char c = _p[Position++];
            switch (c)
            {
                case '(':
                    return ReadGroup(depth);
                case '[':
                    return ReadClass();
                case '\\':
                    return ReadEscape();
                case '.':
                    return new Node(NodeKind.Chars);
                case '^':
                case '$':
                    return new Node(NodeKind.ZeroWidth);
                case '*':
                case '+':
                case '?':
                    throw new NotSupportedException();
                default:
                    return Literal(c);
            }
        }

        private Node Literal(char c)
        {
            if (!_ignoreCase || !char.IsLetter(c))
            {
                return new Node(NodeKind.Chars, new[] { c.ToString() });
            }

            // Case-insensitive literals are searched with OrdinalIgnoreCase, which agrees with the regex's case
            // equivalences for ASCII letters only; a non-ASCII letter is any character here.
            return c < 128 ? new Node(NodeKind.Chars, new[] { c.ToString() }) : new Node(NodeKind.Chars);
        }

        private Node? ReadGroup(int depth)
        {
            bool zeroWidth = false;
            bool negativeLookBehind = false;
            bool negativeLookAhead = false;
            if (Peek(0) == '?')
            {
                char kind = Peek(1);
                if (kind == ':' || kind == '>')
                {
                    Position += 2;
                }
                else if (kind == '=' || kind == '!')
                {
                    negativeLookAhead = kind == '!';
                    Position += 2;
                    zeroWidth = true;
                }
                else if (kind == '<' && (Peek(2) == '=' || Peek(2) == '!'))
                {
                    negativeLookBehind = Peek(2) == '!';
                    Position += 3;
                    zeroWidth = true;
                }
                else if (kind == '<' || kind == '\'')
                {
                    SkipGroupName(kind == '<' ? '>' : '\'');
                }
                else if (kind == '#')
                {
                    int close = _p.IndexOf(')', Position);
                    Position = close < 0 ? throw new NotSupportedException() : close + 1;
                    return null;
                }
                else
                {
                    // Inline options, conditionals and anything newer: not read here.
                    throw new NotSupportedException();
                }
            }

            List<List<Node>> alternatives = ReadAlternation(depth + 1);
            if (Position >= _p.Length || _p[Position] != ')')
            {
                throw new NotSupportedException();
            }

            Position++;
            if (!zeroWidth)
            {
                return new Node(NodeKind.Group, alternatives: alternatives);
            }

            bool oneClass = alternatives.Count == 1 && alternatives[0].Count == 1 && alternatives[0][0] is { Min: 1, Max: 1 };
            return new Node(NodeKind.ZeroWidth)
            {
                Guard = oneClass && negativeLookBehind ? alternatives[0][0].Test : null,
                AheadGuard = oneClass && negativeLookAhead ? alternatives[0][0].Test : null,
            };
        }

        private void SkipGroupName(char close)
        {
            int start = Position + 2;
            int end = _p.IndexOf(close, start);
            if (end < 0)
            {
                throw new NotSupportedException();
            }

            for (int i = start; i < end; i++)
            {
                if (!char.IsLetterOrDigit(_p[i]) && _p[i] != '_')
                {
                    throw new NotSupportedException(); // balancing groups (?<a-b>...)
                }
            }

            Position = end + 1;
        }

        private Node ReadEscape()
        {
            if (Position >= _p.Length)
            {
                throw new NotSupportedException();
            }

            char c = _p[Position++];
            switch (c)
            {
                case 'd':
                case 'D':
                case 'w':
                case 'W':
                case 'S':
                    return new Node(NodeKind.Chars);
                case 's':
                    return new Node(NodeKind.Chars) { IsSpace = true };
                case 'p':
                case 'P':
                    SkipBraces();
                    return new Node(NodeKind.Chars);
                case 'b':
                case 'B':
                case 'A':
                case 'z':
                case 'Z':
                    return new Node(NodeKind.ZeroWidth);
                case 'k':
                    SkipReferenceName();
                    return new Node(NodeKind.Backreference) { Min = 0 };
                default:
                    int control = ControlEscapes.IndexOf(c);
                    if (control >= 0)
                    {
                        return Literal(ControlCharacters[control]);
                    }

                    if (c >= '1' && c <= '9')
                    {
                        while (Position < _p.Length && char.IsDigit(_p[Position]))
                        {
                            Position++;
                        }

                        return new Node(NodeKind.Backreference) { Min = 0 };
                    }

                    if (char.IsLetterOrDigit(c))
                    {
                        throw new NotSupportedException(); // \G, \x41, \u0041, \cC, \0 ...
                    }

                    return Literal(c);
            }
        }

        /// <summary>The name of <c>\k&lt;name&gt;</c> or <c>\k'name'</c>.</summary>
        private void SkipReferenceName()
        {
            char open = Peek(0);
            if (open != '<' && open != '\'')
            {
                throw new NotSupportedException();
            }

            int end = _p.IndexOf(open == '<' ? '>' : '\'', Position + 1);
            Position = end < 0 ? throw new NotSupportedException() : end + 1;
        }

        private void SkipBraces()
        {
            if (Peek(0) != '{')
            {
                throw new NotSupportedException();
            }

            int close = _p.IndexOf('}', Position);
            Position = close < 0 ? throw new NotSupportedException() : close + 1;
        }

        /// <summary>A character class: a literal set when it lists a few plain characters, otherwise any character.</summary>
        private Node ReadClass()
        {
            bool negated = Peek(0) == '^';
            if (negated)
            {
                Position++;
            }

            var chars = new List<string>();
            var test = new CharTest.Builder(_ignoreCase);
            bool plain = !negated;
            bool exact = !negated && !_ignoreCase;
            bool ascii = true;
            bool first = true;
            while (true)
            {
                if (Position >= _p.Length)
                {
                    throw new NotSupportedException();
                }

                char c = _p[Position++];
                if (c == ']' && !first)
                {
                    break;
                }

                first = false;
                if (c == '\\')
                {
                    char escaped = Peek(0);
                    Position++;
                    string? category = null;
                    if (escaped == 'p' || escaped == 'P')
                    {
                        int open = Position;
                        SkipBraces();
                        category = escaped == 'p' ? _p.Substring(open + 1, Position - open - 2) : "^";
                    }

                    if (char.IsLetterOrDigit(escaped))
                    {
                        test.Escape(escaped, category);
                        plain = false;
                        exact = false;
                        continue;
                    }

                    c = escaped;
                }
                else if (c == '[')
                {
                    throw new NotSupportedException(); // subtraction [a-z-[aeiou]]
                }
                else if (c == '-' && chars.Count > 0 && Peek(0) != ']' && Peek(0) != '\\' && Peek(0) != '[')
                {
                    // A range from the last character to the next.
                    plain = false;
                    char low = chars[chars.Count - 1][0];
                    char high = _p[Position++];
                    ascii &= high < 128;
                    if (high >= low)
                    {
                        test.Range(low, high);
                    }

                    continue;
                }
                else if (c == '-' && chars.Count > 0 && Peek(0) != ']')
                {
                    throw new NotSupportedException(); // a range to an escape or a subtraction
                }

                if (_ignoreCase && char.IsLetter(c))
                {
                    plain = false;
                }

                chars.Add(c.ToString());
                ascii &= c < 128;
                test.Char(c);
            }

            Node node = plain && chars.Count > 0 && chars.Count <= MaxClassChars ? new Node(NodeKind.Chars, chars.ToArray()) : new Node(NodeKind.Chars);
            node.Test = test.Build(negated);
            node.Exact = exact ? node.Test : null;
            node.AsciiOnly = ascii;
            return node;
        }

        private void ReadQuantifier(Node atom)
        {
            if (Position >= _p.Length)
            {
                return;
            }

            char c = _p[Position];
            int min;
            int max;
            if (c == '*' || c == '+' || c == '?')
            {
                Position++;
                (min, max) = c == '*' ? (0, -1) : c == '+' ? (1, -1) : (0, 1);
            }
            else if (c != '{' || !TryReadBraces(out min, out max))
            {
                return;
            }

            if (Peek(0) == '?')
            {
                Position++; // lazy: the same strings can match
            }

            atom.Min = atom.Kind == NodeKind.Backreference ? 0 : min;
            atom.Max = max;
        }

        private bool TryReadBraces(out int min, out int max)
        {
            min = 0;
            max = 0;
            int i = Position + 1;
            int n = ReadNumber(ref i);
            if (n < 0)
            {
                return false;
            }

            min = n;
            max = n;
            if (i < _p.Length && _p[i] == ',')
            {
                i++;
                int m = ReadNumber(ref i);
                max = m < 0 ? -1 : m;
            }

            if (i >= _p.Length || _p[i] != '}')
            {
                return false; // not a quantifier: a literal brace
            }

            Position = i + 1;
            return true;
        }

        private int ReadNumber(ref int i)
        {
            int start = i;
            long value = 0;
            while (i < _p.Length && _p[i] >= '0' && _p[i] <= '9')
            {
                value = Math.Min(int.MaxValue, (value * 10) + (_p[i] - '0'));
                i++;
            }

            return i == start ? -1 : (int)value;
        }

        private char Peek(int ahead) => Position + ahead < _p.Length ? _p[Position + ahead] : '\0';
    }
}
