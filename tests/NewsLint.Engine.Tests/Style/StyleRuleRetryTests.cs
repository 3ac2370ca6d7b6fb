using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using NewsLint.Checks.Style;
using NewsLint.Diagnostics;
using NewsLint.Rules.Style;
using NewsLint.Tests.Infrastructure;
using Xunit;

namespace NewsLint.Tests.Style;

/// <summary>A style rule runs once per article; only a timeout earns it a second run (the limit is wall-clock time).</summary>
public sealed class StyleRuleRetryTests
{
    private static readonly StyleText Text = new(TestContexts.Create("The summit met in Paris on Monday.\n"));

    [Theory]
    [InlineData(0, 1, false)] // finishes in time: one run
    [InlineData(1, 2, false)] // times out once: runs again, and the second run's findings are kept
    [InlineData(2, 2, true)] // times out twice: given up, with no findings
    public void A_rule_runs_again_only_after_a_timeout(int timeouts, int runs, bool givenUp)
    {
        var rule = new ScriptedRule(timeouts);
        var findings = new List<StyleFinding>();
        Assert.Equal(givenUp, NL5000StyleRules.RunWithRetry(rule, Text, findings) is not null);
        Assert.Equal(runs, rule.Runs);
        Assert.Equal(givenUp ? 0 : 1, findings.Count);
    }

    /// <summary>Finds one thing per run, after timing out on its first <c>timeouts</c> runs.</summary>
    private sealed class ScriptedRule : StyleRule
    {
        private static readonly StyleScope Blocks = new(StyleBlocks.All, StyleUnit.Block, QuotationFilter.Include);

        private readonly int _timeouts;

        public ScriptedRule(int timeouts)
            : base(new StyleRuleHeader(new RuleDescriptor("TEST001", "t", "{0}", "Style", Severity.Info), "existence", "m", ImmutableArray<string>.Empty, Blocks, "t.yaml", 1))
        {
            _timeouts = timeouts;
        }

        public int Runs { get; private set; }

        public override void Check(StyleText text, List<StyleFinding> findings)
        {
            Runs++;
            findings.Add(new StyleFinding(default, "found", null));
            if (Runs <= _timeouts)
            {
                StylePattern pattern = StylePattern.FromRegex("x", false, 1000, "t.yaml", 1, out _)!;
                throw new StylePatternTimeoutException(pattern, default, new RegexMatchTimeoutException("x", "x", TimeSpan.FromSeconds(1)));
            }
        }
    }
}
