using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
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

        // One vocabulary per language a rule names, of the rules that apply to it; any other language (or none) gets
        // the rules that name no language.
        _vocabularies = new Dictionary<string, StyleVocabulary>(StringComparer.Ordinal);
        foreach (StyleRule rule in rules)
        {
            foreach (string language in rule.Header.Languages)
            {
                if (!_vocabularies.ContainsKey(language))
                {
                    _vocabularies[language] = StyleVocabulary.Of(rules.Where(r => r.AppliesToLowered(language)));
                }
            }
        }

        _otherLanguages = StyleVocabulary.Of(rules.Where(r => r.AppliesToLowered(null)));
    }

    private readonly Dictionary<string, StyleVocabulary> _vocabularies;
    private readonly StyleVocabulary _otherLanguages;

    public ImmutableArray<StyleRule> Rules { get; }

    /// <summary>One descriptor per rule, with the ID, severity and message the rule file chose.</summary>
    public ImmutableArray<RuleDescriptor> Descriptors { get; }

    /// <summary>
    /// The word starts asked about by the rules that apply to an article in <paramref name="lowered"/> (a language code
    /// lowercased, as <see cref="StyleRule.AppliesToLowered"/> takes it): what the style pass records of the article.
    /// </summary>
    internal StyleVocabulary VocabularyFor(string? lowered) =>
        lowered is not null && _vocabularies.TryGetValue(lowered, out StyleVocabulary? vocabulary) ? vocabulary : _otherLanguages;
}
