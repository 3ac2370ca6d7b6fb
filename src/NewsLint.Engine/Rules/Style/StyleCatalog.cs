using System.Collections.Immutable;
using NewsLint.Diagnostics;

namespace NewsLint.Rules.Style;

/// <summary>Every style rule, defaults first, a later rule with the same ID replacing the earlier one.</summary>
public sealed class StyleCatalog
{
    public StyleCatalog(ImmutableArray<StyleRule> rules)
    {
        Rules = rules;
        var descriptors = ImmutableArray.CreateBuilder<RuleDescriptor>(rules.Length);
        foreach (StyleRule rule in rules)
        {
            descriptors.Add(rule.Descriptor);
        }

        Descriptors = descriptors.MoveToImmutable();
        Vocabulary = StyleVocabulary.Of(rules);
    }

    public ImmutableArray<StyleRule> Rules { get; }

    /// <summary>One descriptor per rule, with the ID, severity and message the rule file chose.</summary>
    public ImmutableArray<RuleDescriptor> Descriptors { get; }

    /// <summary>The word starts the rules' patterns ask about: what the style pass records of each article.</summary>
    internal StyleVocabulary Vocabulary { get; }
}
