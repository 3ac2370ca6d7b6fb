using System.Collections.Generic;
using System.Text.RegularExpressions;
using NewsLint.Markdown;

namespace NewsLint.Rules.Style;

/// <summary><c>kind: existence</c>: words or patterns that must not appear. Each match is reported.</summary>
public sealed class ExistenceRule : StyleRule
{
    public ExistenceRule(StyleRuleHeader header, StylePattern pattern)
        : base(header)
    {
        Pattern = pattern;
    }

    public StylePattern Pattern { get; }

    internal override IEnumerable<StylePattern> Patterns => new[] { Pattern };

    public override void Check(StyleText text, List<StyleFinding> findings)
    {
        foreach ((ProseBlock block, StyleMatch match) in MatchesOf(text, Pattern))
        {
            if (match.Length > 0)
            {
                findings.Add(Finding(block, match.Index, match.Length, ValuesOf(Pattern.Regex, match)));
            }
        }
    }
}
