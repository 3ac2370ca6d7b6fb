using System;
using System.Collections.Immutable;
using System.Linq;
using System.Reflection;
using NewsLint.Diagnostics;
using NewsLint.Rules;
using NewsLint.Rules.Style;

namespace NewsLint.Analysis;

/// <summary>Every rule and every diagnostic ID the engine can report, found once by reflection.</summary>
public static class RuleCatalog
{
    public static ImmutableArray<ArticleRule> Rules { get; } = typeof(ArticleRule).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(ArticleRule).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
        .Select(t => (ArticleRule)Activator.CreateInstance(t)!)
        .OrderBy(r => r.Descriptors[0].Id, StringComparer.Ordinal)
        .ToImmutableArray();

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
