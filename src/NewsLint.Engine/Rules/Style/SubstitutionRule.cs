using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using NewsLint.Markdown;

namespace NewsLint.Rules.Style;

/// <summary>
/// <c>kind: substitution</c>: each <c>swap</c> entry's pattern has a preferred form, which may use the match's groups
/// (<c>$1</c>). The suggestion keeps a capital first letter, and a match already in the preferred form is not reported.
/// </summary>
public sealed class SubstitutionRule : StyleRule
{
    /// <summary>Diagnostic property carrying the suggested text, for tools and code fixes.</summary>
    public const string ReplacementProperty = "replacement";

    public SubstitutionRule(StyleRuleHeader header, ImmutableArray<StyleSwap> swaps)
        : base(header)
    {
        Swaps = swaps;
    }

    public ImmutableArray<StyleSwap> Swaps { get; }

    internal override IEnumerable<StylePattern> Patterns
    {
        get
        {
            foreach (StyleSwap swap in Swaps)
            {
                yield return swap.Pattern;
            }
        }
    }

    public override void Check(StyleText text, List<StyleFinding> findings)
    {
        HashSet<long>? reported = null;
        foreach (StyleSwap swap in Swaps)
        {
            // Settled for the whole article before an iterator is made: most swaps (NL5004 has 22) match in no article.
            if (!swap.Pattern.MayMatchIn(text, Scope))
            {
                continue;
            }

            foreach ((ProseBlock block, StyleMatch match) in MatchesOf(text, swap.Pattern))
            {
                if (match.Length == 0)
                {
                    continue;
                }

                string replacement = KeepCapital(match.Value, match.Result(swap.Replacement));
                if (replacement == match.Value || !(reported ??= new HashSet<long>()).Add(StyleSpan.Order(block, match.Index)))
                {
                    continue;
                }

                Dictionary<string, string> values = ValuesOf(swap.Pattern.Regex, match);
                values["replacement"] = replacement;
                findings.Add(Finding(block, match.Index, match.Length, values, ImmutableDictionary<string, string>.Empty.Add(ReplacementProperty, replacement)));
            }
        }
    }

    private static string KeepCapital(string found, string replacement)
    {
        if (found.Length > 0 && replacement.Length > 0 && char.IsUpper(found[0]) && char.IsLower(replacement[0]))
        {
            return char.ToUpperInvariant(replacement[0]) + replacement.Substring(1);
        }

        return replacement;
    }
}

/// <summary>A pattern and its preferred form.</summary>
public sealed class StyleSwap
{
    public StyleSwap(StylePattern pattern, string replacement)
    {
        Pattern = pattern;
        Replacement = replacement;
    }

    public StylePattern Pattern { get; }

    /// <summary>A .NET substitution: <c>$1</c>, <c>${name}</c>, <c>$$</c> for a dollar sign.</summary>
    public string Replacement { get; }
}
