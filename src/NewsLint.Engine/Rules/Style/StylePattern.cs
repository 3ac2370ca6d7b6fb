using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Text;
using System.Text.RegularExpressions;

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

    /// <summary>
    /// <c>Regex.Count(ReadOnlySpan&lt;char&gt;)</c> where the runtime has it (.NET 7 and later): counting without a
    /// <see cref="Match"/> per match is several times faster. The engine targets netstandard2.0, so it is found at run time.
    /// </summary>
    private static readonly System.Reflection.MethodInfo? SpanCountMethod = typeof(Regex).GetMethod("Count", new[] { typeof(ReadOnlySpan<char>) });

    private SpanCounter? _spanCount;

    /// <summary>
    /// Words one of which every match contains (a token list's first words), or empty when unknown (a regular
    /// expression). A unit that holds none of them cannot match, and a case-insensitive search for a word is many
    /// times cheaper than running the pattern at every position.
    /// </summary>
    private readonly string[] _literals;

    private StylePattern(Regex regex, string text, string path, int line, string[]? literals = null)
    {
        _literals = literals ?? Array.Empty<string>();
        Regex = regex;
        Text = text;
        Path = path;
        Line = line;
        HasKeyGroup = regex.GetGroupNumbers().Length > 1;
    }

    public Regex Regex { get; }

    /// <summary>The pattern as the rule file wrote it (a token list is shown joined by " | ").</summary>
    public string Text { get; }

    /// <summary>The rule file the pattern was read from.</summary>
    public string Path { get; }

    /// <summary>1-based line of the pattern in that file.</summary>
    public int Line { get; }

    /// <summary>Whether the pattern captures a group 1, used as the key of conditional rules.</summary>
    public bool HasKeyGroup { get; }

    public int TimeoutMilliseconds => (int)Regex.MatchTimeout.TotalMilliseconds;

    /// <summary>Compiles <paramref name="pattern"/>; on an invalid pattern returns null and the reason.</summary>
    public static StylePattern? FromRegex(string pattern, bool ignoreCase, int timeoutMilliseconds, string path, int line, out string? problem)
    {
        RegexOptions options = RegexOptions.CultureInvariant | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);
        Regex? regex = Compile(pattern, options, timeoutMilliseconds, out problem);
        return regex is null ? null : new StylePattern(regex, pattern, path, line);
    }

    /// <summary>Whole-word, case-insensitive alternatives; a space inside a token matches any run of white space.</summary>
    public static StylePattern FromTokens(IReadOnlyList<string> tokens, int timeoutMilliseconds, string path, int line)
    {
        var ordered = new List<string>(tokens);
        ordered.Sort((a, b) => b.Length != a.Length ? b.Length.CompareTo(a.Length) : string.CompareOrdinal(a, b));
        var pattern = new StringBuilder(@"(?<![\p{L}\p{N}_])(?:");
        var literals = new string[ordered.Count];
        for (int i = 0; i < ordered.Count; i++)
        {
            if (i > 0)
            {
                pattern.Append('|');
            }

            string[] words = ordered[i].Trim().Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
            literals[i] = words.Length > 0 ? words[0] : string.Empty;
            for (int w = 0; w < words.Length; w++)
            {
                pattern.Append(w > 0 ? @"\s+" : string.Empty).Append(Regex.Escape(words[w]));
            }
        }

        pattern.Append(@")(?![\p{L}\p{N}_])");
        Regex regex = Compile(pattern.ToString(), RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, timeoutMilliseconds, out _)!;
        return new StylePattern(regex, string.Join(" | ", tokens), path, line, Array.IndexOf(literals, string.Empty) >= 0 ? null : literals);
    }

    /// <summary>The matches in a unit of a block's text, which the pattern sees as its whole input.</summary>
    public IEnumerable<Match> Matches(StyleSpan unit)
    {
        if (!MayMatch(unit))
        {
            yield break;
        }

        Match match;
        try
        {
            match = Regex.Match(unit.Block.Text, unit.Start, unit.Length);
        }
        catch (RegexMatchTimeoutException ex)
        {
            throw new StylePatternTimeoutException(this, unit, ex);
        }

        while (match.Success)
        {
            yield return match;
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

    /// <summary>The number of matches in a unit (as <see cref="Matches"/> would give, empty ones included).</summary>
    public int Count(StyleSpan unit)
    {
        if (!MayMatch(unit))
        {
            return 0;
        }

        try
        {
            if (SpanCountMethod is not null)
            {
                _spanCount ??= (SpanCounter)Delegate.CreateDelegate(typeof(SpanCounter), Regex, SpanCountMethod);
                return _spanCount(unit.Block.Text.AsSpan(unit.Start, unit.Length));
            }

            int count = 0;
            for (Match match = Regex.Match(unit.Block.Text, unit.Start, unit.Length); match.Success; match = match.NextMatch())
            {
                count++;
            }

            return count;
        }
        catch (RegexMatchTimeoutException ex)
        {
            throw new StylePatternTimeoutException(this, unit, ex);
        }
    }

    public override string ToString() => Text;

    private bool MayMatch(StyleSpan unit)
    {
        if (_literals.Length == 0)
        {
            return true;
        }

        string text = unit.Block.Text;
        foreach (string literal in _literals)
        {
            if (text.IndexOf(literal, unit.Start, unit.Length, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }

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
