using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using NewsLint.Markdown;

namespace NewsLint.Rules.Style;

/// <summary>
/// <c>kind: conditional</c>: where <c>if</c> matches, <c>then</c> must match too, before it (<c>order: before</c>, the
/// default) or anywhere in the article. When both patterns capture a group 1, the groups must be equal: <c>CSTO</c>
/// needs <c>... (CSTO)</c>. With <c>missing: ignore</c> only a <c>then</c> that comes too late is reported. Only the first unmet use of each key is reported; keys in <c>exceptions</c> need nothing.
/// </summary>
public sealed class ConditionalRule : StyleRule
{
    public ConditionalRule(StyleRuleHeader header, StylePattern ifPattern, StylePattern thenPattern, ImmutableHashSet<string> exceptions, bool thenFirst, bool reportMissing)
        : base(header)
    {
        ReportMissing = reportMissing;
        If = ifPattern;
        Then = thenPattern;
        Exceptions = exceptions;
        ThenFirst = thenFirst;
    }

    public StylePattern If { get; }

    public StylePattern Then { get; }

    internal override IEnumerable<StylePattern> Patterns => new[] { If, Then };

    /// <summary>Keys (or whole matches) that need no <c>then</c>; compared ignoring case.</summary>
    public ImmutableHashSet<string> Exceptions { get; }

    /// <summary>True when <c>then</c> must come before (or at) the use; false when anywhere will do.</summary>
    public bool ThenFirst { get; }

    /// <summary>
    /// False for <c>missing: ignore</c>: a key whose <c>then</c> never appears is not reported, so the rule only says
    /// "used before it is defined" (an acronym the article never spells out is another rule's business).
    /// </summary>
    public bool ReportMissing { get; }

    private bool Keyed => If.HasKeyGroup && Then.HasKeyGroup;

    public override void Check(StyleText text, List<StyleFinding> findings)
    {
        // Where each key is first met; without keys, where the first "then" is.
        var met = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase);
        foreach ((ProseBlock block, StyleMatch match) in MatchesOf(text, Then))
        {
            (string key, int index) = KeyOf(match);
            long order = StyleSpan.Order(block, index);
            if (!met.TryGetValue(key, out long earlier) || order < earlier)
            {
                met[key] = order;
            }
        }

        // With missing: ignore only a use of a key some "then" met can be reported, and such a use holds the key's
        // text: with no key met (most articles) "if" need not run, and otherwise only in units holding a met key.
        string[]? metKeys = null;
        if (!ReportMissing)
        {
            if (met.Count == 0)
            {
                return;
            }

            metKeys = new string[met.Count];
            met.Keys.CopyTo(metKeys, 0);
        }

        var reported = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach ((ProseBlock block, StyleMatch match) in MatchesOf(text, If, metKeys))
        {
            (string key, int index) = KeyOf(match);
            if (match.Length == 0 || Exceptions.Contains(Keyed ? key : match.Value) || reported.Contains(key))
            {
                continue;
            }

            bool defined = met.TryGetValue(key, out long at);
            if ((defined && (!ThenFirst || at <= StyleSpan.Order(block, index))) || (!defined && !ReportMissing))
            {
                continue;
            }

            reported.Add(key);
            var values = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["match"] = match.Value,
                ["key"] = Keyed ? key : match.Value,
            };
            findings.Add(Finding(block, match.Index, match.Length, values));
        }
    }

    private (string Key, int Index) KeyOf(StyleMatch match)
    {
        if (Keyed && match.HasGroup(1))
        {
            return (match.GroupValue(1), match.GroupIndex(1));
        }

        return (string.Empty, match.Index);
    }
}
