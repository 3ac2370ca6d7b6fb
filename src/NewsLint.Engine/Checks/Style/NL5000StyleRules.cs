using System.Collections.Generic;
using System.Collections.Immutable;
using NewsLint.Analysis;
using NewsLint.Diagnostics;
using NewsLint.Rules.Style;

namespace NewsLint.Checks.Style;

/// <summary>
/// NL5000: runs every declarative style rule of <c>rules/style/*.yaml</c> (the shipped NL5xxx ones and a newsroom's
/// own, with the IDs, severities and messages the rule files chose). A rule whose pattern runs out of time twice is
/// stopped for that article with NL0002, its partial findings dropped, and the other rules go on.
/// <see cref="Descriptor"/> itself is never reported by the engine: the Roslyn analyzer reports a newsroom's rules
/// under it, because a compiler analyzer must declare its IDs before it reads any rule file.
/// </summary>
public sealed class NL5000StyleRules : ArticleRule
{
    public static readonly RuleDescriptor Descriptor = new(
        id: "NL5000",
        title: "Newsroom style rule",
        messageFormat: "{0}: {1}",
        category: StyleRuleKind.Category,
        defaultSeverity: Severity.Warning,
        description: "A house-style rule from the newsroom's rules/style folder, whose own ID (e.g. TEMPO001) starts the message.");

    public override ImmutableArray<RuleDescriptor> Descriptors { get; } = ImmutableArray.Create(Descriptor);

    public override void Analyze(ArticleContext context)
    {
        StyleCatalog catalog = context.Rules.Get<StyleCatalog>();
        ImmutableArray<StyleRule> rules = catalog.Rules;
        if (rules.IsEmpty || context.Document.Blocks.IsEmpty)
        {
            return;
        }

        string? language = context.Language?.Code?.ToLowerInvariant();
        StyleCatalog.LanguageRules applying = catalog.For(language);
        var text = new StyleText(context, applying.Vocabulary);
        var findings = new List<StyleFinding>();
        foreach (StyleRule rule in applying.Rules)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            StylePatternTimeoutException? timeout = RunWithRetry(rule, text, findings);
            if (timeout is not null)
            {
                RuleDescriptor timedOut = InfrastructureDescriptors.PatternTimedOut;
                context.Report(timedOut, timeout.Unit.Block.ToSource(timeout.Unit.Start, 0), rule.Id, timeout.Pattern.Path, timeout.Pattern.Line, timeout.Pattern.TimeoutMilliseconds);
                continue;
            }

            foreach (StyleFinding finding in findings)
            {
                context.Report(rule.Descriptor, rule.Descriptor.DefaultSeverity, finding.Span, finding.Properties, finding.Message);
            }
        }
    }

    /// <summary>
    /// Runs one rule, and once more if it timed out, because the limit is wall-clock time and one slow moment of a
    /// loaded machine must not read as a catastrophic pattern; returns the second timeout, with no findings kept.
    /// </summary>
    internal static StylePatternTimeoutException? RunWithRetry(StyleRule rule, StyleText text, List<StyleFinding> findings) =>
        Run(rule, text, findings) is null ? null : Run(rule, text, findings);

    /// <summary>Runs one rule; on a timeout returns it with no findings kept.</summary>
    private static StylePatternTimeoutException? Run(StyleRule rule, StyleText text, List<StyleFinding> findings)
    {
        findings.Clear();
        try
        {
            rule.Check(text, findings);
            return null;
        }
        catch (StylePatternTimeoutException ex)
        {
            findings.Clear();
            return ex;
        }
    }
}
