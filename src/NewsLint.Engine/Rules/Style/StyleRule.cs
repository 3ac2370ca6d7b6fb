using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using NewsLint.Diagnostics;
using NewsLint.Markdown;
using NewsLint.Text;

namespace NewsLint.Rules.Style;

/// <summary>
/// One declarative house-style rule read from <c>rules/style/*.yaml</c>: an ID the rule file chose, a message with
/// placeholders, a severity, a scope, languages, and what its kind checks. Immutable; shared by all threads.
/// </summary>
public abstract class StyleRule
{
    protected StyleRule(StyleRuleHeader header)
    {
        Header = header;
    }

    public StyleRuleHeader Header { get; }

    public RuleDescriptor Descriptor => Header.Descriptor;

    public string Id => Header.Descriptor.Id;

    public StyleScope Scope => Header.Scope;

    /// <summary>The rule's patterns, for the catalog's <see cref="StyleVocabulary"/>; a rule that names none is asked nothing by it.</summary>
    internal virtual IEnumerable<StylePattern> Patterns => Array.Empty<StylePattern>();

    /// <summary>Whether the rule checks an article in <paramref name="language"/> (null: not known).</summary>
    public bool AppliesTo(string? language) => AppliesToLowered(language?.ToLowerInvariant());

    /// <summary>
    /// <see cref="AppliesTo"/> for a language code already lowercased (invariant culture): a caller that asks every
    /// rule about one article lowercases its code once.
    /// </summary>
    public bool AppliesToLowered(string? lowered)
    {
        if (Header.Languages.IsEmpty)
        {
            return true;
        }

        if (lowered is null)
        {
            return false;
        }

        foreach (string language in Header.Languages)
        {
            if (string.Equals(language, lowered, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Adds what the rule finds in <paramref name="text"/> to <paramref name="findings"/>.</summary>
    public abstract void Check(StyleText text, List<StyleFinding> findings);

    /// <summary>
    /// Matches of <paramref name="pattern"/> in every unit of the rule's scope that pass its quotation filter; with
    /// <paramref name="anyOf"/>, only in the units that hold one of those texts (ignoring case).
    /// </summary>
    protected IEnumerable<(ProseBlock Block, StyleMatch Match)> MatchesOf(StyleText text, StylePattern pattern, string[]? anyOf = null)
    {
        if (!pattern.MayMatchIn(text, Scope))
        {
            yield break;
        }

        StyleSpan[] units = text.Units(Scope);
        List<StyleMatch>? found = null;
        int[]? cursor = pattern.NewCursorBuffer();
        for (int i = 0; i < units.Length; i++)
        {
            if ((anyOf is not null && !HoldsAny(units[i], anyOf)) || !pattern.MayMatch(units[i], cursor))
            {
                continue;
            }

            StyleSpan unit = units[i];
            found ??= new List<StyleMatch>();
            found.Clear();
            pattern.AddMatchesOnceChecked(unit, found, cursor);
            for (int k = 0; k < found.Count; k++)
            {
                if (text.Passes(Scope.Quotations, unit.Block, found[k].Index))
                {
                    yield return (unit.Block, found[k]);
                }
            }
        }
    }

    private static bool HoldsAny(in StyleSpan unit, string[] texts)
    {
        foreach (string value in texts)
        {
            if (unit.Block.Text.IndexOf(value, unit.Start, unit.Length, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A finding at a block range with the message's placeholders filled in.</summary>
    protected StyleFinding Finding(ProseBlock block, int start, int length, IReadOnlyDictionary<string, string> values, ImmutableDictionary<string, string>? properties = null) =>
        new(block.ToSource(start, length), StyleMessage.Format(Header.Message, values), properties);

    /// <summary><c>{match}</c> and the match's groups by number and name.</summary>
    protected static Dictionary<string, string> ValuesOf(Regex regex, StyleMatch match)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal) { ["match"] = match.Value };
        foreach (int number in regex.GetGroupNumbers())
        {
            if (number > 0)
            {
                values[number.ToString(CultureInfo.InvariantCulture)] = match.GroupValue(number);
                string name = regex.GroupNameFromNumber(number);
                values[name] = match.GroupValue(number);
            }
        }

        return values;
    }

    public override string ToString() => Id;
}

/// <summary>What every style rule has, whatever its kind.</summary>
public sealed class StyleRuleHeader
{
    public StyleRuleHeader(RuleDescriptor descriptor, string kind, string message, ImmutableArray<string> languages, StyleScope scope, string path, int line)
    {
        Descriptor = descriptor;
        Kind = kind;
        Message = message;
        Languages = languages;
        Scope = scope;
        Path = path;
        Line = line;
    }

    public RuleDescriptor Descriptor { get; }

    /// <summary><c>existence</c>, <c>substitution</c>, ...</summary>
    public string Kind { get; }

    /// <summary>The message template, with <c>{match}</c>-style placeholders.</summary>
    public string Message { get; }

    /// <summary>Language codes the rule applies to; empty for every language.</summary>
    public ImmutableArray<string> Languages { get; }

    public StyleScope Scope { get; }

    /// <summary>The rule file, for messages about the rule itself (NL0002).</summary>
    public string Path { get; }

    /// <summary>1-based line of the rule's entry in its file.</summary>
    public int Line { get; }
}

/// <summary>One thing a style rule found: a source range of the article and the finished message.</summary>
public sealed class StyleFinding
{
    public StyleFinding(TextSpan span, string message, ImmutableDictionary<string, string>? properties)
    {
        Span = span;
        Message = message;
        Properties = properties;
    }

    public TextSpan Span { get; }

    public string Message { get; }

    public ImmutableDictionary<string, string>? Properties { get; }
}

/// <summary>Fills <c>{name}</c> placeholders; unknown names stay as written, <c>{{</c> and <c>}}</c> are braces.</summary>
public static class StyleMessage
{
    public static string Format(string template, IReadOnlyDictionary<string, string> values)
    {
        var result = new StringBuilder(template.Length + 32);
        int i = 0;
        while (i < template.Length)
        {
            char c = template[i];
            if ((c == '{' || c == '}') && i + 1 < template.Length && template[i + 1] == c)
            {
                result.Append(c);
                i += 2;
                continue;
            }

            if (c == '{')
            {
                int close = template.IndexOf('}', i + 1);
                if (close > i && values.TryGetValue(template.Substring(i + 1, close - i - 1), out string? value))
                {
                    result.Append(value);
                    i = close + 1;
                    continue;
                }
            }

            result.Append(c);
            i++;
        }

        return result.ToString();
    }
}
