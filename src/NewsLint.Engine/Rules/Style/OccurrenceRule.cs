using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using NewsLint.Language;
using NewsLint.Markdown;

namespace NewsLint.Rules.Style;

/// <summary>
/// <c>kind: occurrence</c>: at most <c>max</c> and at least <c>min</c> matches per unit of the scope (sentence, block or
/// article). Too many: reported from the first match to the last of the unit (for an article, at the first match
/// over the limit). Too few: reported on the unit.
/// </summary>
public sealed class OccurrenceRule : StyleRule
{
    public OccurrenceRule(StyleRuleHeader header, StylePattern pattern, int? max, int? min)
        : base(header)
    {
        Pattern = pattern;
        Max = max;
        Min = min;
    }

    public StylePattern Pattern { get; }

    internal override IEnumerable<StylePattern> Patterns => new[] { Pattern };

    public int? Max { get; }

    public int? Min { get; }

    public override void Check(StyleText text, List<StyleFinding> findings)
    {
        if (Scope.Unit == StyleUnit.Article)
        {
            CheckArticle(text, findings);
            return;
        }

        if (Scope.Unit == StyleUnit.Sentence)
        {
            // A sentence at a time, settled by the bounds on the sentence alone: the unit, with its block's filters, is
            // made only to be counted or matched, and no array of every sentence is cut for this rule. Most sentences
            // are too short to break the limit, which their length tells with no call.
            int settled = Min is null && Max is int limit ? Pattern.LongestWithin(limit) : -1;
            foreach (Sentence sentence in text.Sentences)
            {
                if (sentence.Length <= settled)
                {
                    continue;
                }

                if (StyleText.InScope(Scope, sentence.Block) && !Bounded(text, sentence.Block, sentence.Start, sentence.Length))
                {
                    CheckUnit(text, text.UnitOf(sentence), findings);
                }
            }

            return;
        }

        foreach (StyleSpan unit in text.Units(Scope))
        {
            if (!Bounded(text, unit.Block, unit.Start, unit.Length))
            {
                CheckUnit(text, unit, findings);
            }
        }
    }

    /// <summary>
    /// Whether a bound proves the unit within the limit without counting: a short sentence cannot hold 60 words, nor
    /// can one of fewer than 60 word tokens.
    /// </summary>
    private bool Bounded(StyleText text, ProseBlock block, int start, int length) =>
        Min is null && Max is int limit && (Pattern.MostMatchesIn(length) <= limit || Pattern.MostMatchesIn(block, start, length, text, limit) <= limit);

    private void CheckUnit(StyleText text, StyleSpan unit, List<StyleFinding> findings)
    {
        // Most units are within the limit, which a plain count (no Match objects) proves. Filtering by quotation can
        // only lower the count, so an unfiltered count within the limit is within it too.
        if (Min is null && Max is int limit && Pattern.Count(unit) <= limit)
        {
            return;
        }

        int count = 0;
        int first = -1;
        int last = -1;
        foreach (StyleMatch match in Pattern.Matches(unit))
        {
            if (match.Length > 0 && text.Passes(Scope.Quotations, unit.Block, match.Index))
            {
                count++;
                first = first < 0 ? match.Index : first;
                last = match.Index + match.Length;
            }
        }

        if (Max is int max && count > max)
        {
            findings.Add(Finding(unit.Block, first, last - first, Values(count)));
        }
        else if (Min is int min && count < min)
        {
            (int start, int length) = Trimmed(unit);
            findings.Add(Finding(unit.Block, start, length, Values(count)));
        }
    }

    private void CheckArticle(StyleText text, List<StyleFinding> findings)
    {
        int count = 0;
        ProseBlock? firstBlock = null;
        (ProseBlock Block, StyleMatch Match)? over = null;
        foreach ((ProseBlock block, StyleMatch match) in MatchesOf(text, Pattern))
        {
            if (match.Length == 0)
            {
                continue;
            }

            count++;
            firstBlock ??= block;
            if (Max is int max && count == max + 1)
            {
                over = (block, match);
            }
        }

        if (over is { } o)
        {
            findings.Add(Finding(o.Block, o.Match.Index, o.Match.Length, Values(count)));
        }
        else if (Min is int min && count < min)
        {
            foreach (StyleSpan unit in text.Units(Scope))
            {
                findings.Add(Finding(unit.Block, 0, 0, Values(count)));
                break;
            }
        }
    }

    private Dictionary<string, string> Values(int count) => new()
    {
        ["count"] = count.ToString(CultureInfo.InvariantCulture),
        ["max"] = Max?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
        ["min"] = Min?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
    };

    private static (int Start, int Length) Trimmed(StyleSpan unit)
    {
        string text = unit.Block.Text;
        int start = unit.Start;
        int end = unit.Start + unit.Length;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return (start, end - start);
    }
}
