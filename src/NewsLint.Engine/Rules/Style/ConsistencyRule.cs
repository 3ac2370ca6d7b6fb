using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using NewsLint.Markdown;

namespace NewsLint.Rules.Style;

/// <summary>
/// <c>kind: consistency</c>: any one of the <c>either</c> forms is fine, but not two in one article. The form used
/// first sets the article's choice; every use of another form is reported, naming the first (<c>{first}</c>).
/// </summary>
public sealed class ConsistencyRule : StyleRule
{
    public ConsistencyRule(StyleRuleHeader header, ImmutableArray<StylePattern> forms)
        : base(header)
    {
        Forms = forms;
    }

    public ImmutableArray<StylePattern> Forms { get; }

    internal override IEnumerable<StylePattern> Patterns => Forms;

    public override void Check(StyleText text, List<StyleFinding> findings)
    {
        if (!MayUseTwoForms(text))
        {
            return;
        }

        var uses = new List<(long Order, int Form, ProseBlock Block, StyleMatch Match)>();
        for (int form = 0; form < Forms.Length; form++)
        {
            foreach ((ProseBlock block, StyleMatch match) in MatchesOf(text, Forms[form]))
            {
                if (match.Length > 0)
                {
                    uses.Add((StyleSpan.Order(block, match.Index), form, block, match));
                }
            }
        }

        if (uses.Count < 2)
        {
            return;
        }

        uses.Sort((a, b) => a.Order != b.Order ? a.Order.CompareTo(b.Order) : a.Form.CompareTo(b.Form));
        (long _, int chosen, ProseBlock _, StyleMatch firstMatch) = uses[0];
        foreach ((long _, int form, ProseBlock block, StyleMatch match) in uses)
        {
            if (form != chosen)
            {
                var values = new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    ["match"] = match.Value,
                    ["first"] = firstMatch.Value,
                };
                findings.Add(Finding(block, match.Index, match.Length, values));
            }
        }
    }

    /// <summary>
    /// False when at most one form can match in the article (<see cref="StylePattern.MayMatchIn"/>): every use is then
    /// of the form used first, and nothing is reported, so no form need run. Most articles write no percent sign, and
    /// NL5008's other form ("persen") is searched in every block otherwise.
    /// </summary>
    internal bool MayUseTwoForms(StyleText text)
    {
        int possible = 0;
        foreach (StylePattern form in Forms)
        {
            possible += form.MayMatchIn(text, Scope) ? 1 : 0;
        }

        return possible >= 2;
    }
}
