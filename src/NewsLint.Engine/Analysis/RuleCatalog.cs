using System;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using NewsLint.Checks.Canon;
using NewsLint.Checks.Dates;
using NewsLint.Checks.Names;
using NewsLint.Checks.Quotations;
using NewsLint.Checks.Style;
using NewsLint.Diagnostics;
using NewsLint.Rules;
using NewsLint.Rules.Style;

namespace NewsLint.Analysis;

/// <summary>Every rule and every diagnostic ID the engine can report.</summary>
public static class RuleCatalog
{
    /// <summary>
    /// Every rule, ordered by ID. Listed by hand rather than found by reflection, so a trimmed or native (AOT) build keeps
    /// them all without warnings; a test finds them by reflection and checks that none is missing here.
    /// </summary>
    public static ImmutableArray<ArticleRule> Rules { get; } = ImmutableArray.Create<ArticleRule>(
        new NL1001WeekdayContradictsDate(),
        new NL1002DateGivenDifferentWeekdays(),
        new NL1003DateContradictsEventFact(),
        new NL1004ImpossibleDate(),
        new NL2001UnattributedQuotation(),
        new NL2002UnbalancedQuotationMarks(),
        new NL2003NonHouseQuotationMarks(),
        new NL3001QuotationDepartsFromCanon(),
        new NL3002CitedArticleDoesNotExist(),
        new NL3003QuotationMatchesNoClause(),
        new NL3004QuotationFollowsSupersededVersion(),
        new NL4001DuplicateEnumerationItem(),
        new NL4002NameSpelledTwoWays(),
        new NL4003DuplicateBlock(),
        new NL4004RepeatedWord(),
        new NL5000StyleRules());

    /// <summary>The shipped style rules' descriptors (NL5001...), read from the default <c>rules/style</c> files.</summary>
    public static ImmutableArray<RuleDescriptor> ShippedStyleDescriptors { get; } = RuleSetLoader.LoadDefaults().Get<StyleCatalog>().Descriptors;

    /// <summary>Infrastructure descriptors (NL0xxx), every rule's, and the shipped style rules', ordered by ID.</summary>
    public static ImmutableArray<RuleDescriptor> Descriptors { get; } = typeof(InfrastructureDescriptors)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.FieldType == typeof(RuleDescriptor))
        .Select(f => (RuleDescriptor)f.GetValue(null)!)
        .Concat(Rules.SelectMany(r => r.Descriptors))
        .Concat(ShippedStyleDescriptors)
        .GroupBy(d => d.Id, StringComparer.Ordinal)
        .Select(g => g.First())
        .OrderBy(d => d.Id, StringComparer.Ordinal)
        .ToImmutableArray();

    public static RuleDescriptor? Find(string id)
    {
        foreach (RuleDescriptor descriptor in Descriptors)
        {
            if (string.Equals(descriptor.Id, id, StringComparison.OrdinalIgnoreCase))
            {
                return descriptor;
            }
        }

        return null;
    }
}
