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

        // One vocabulary and list of rules per language a rule names, of the rules that apply to it; any other
        // language (or none) gets the rules that name no language.
        _languages = new Dictionary<string, LanguageRules>(StringComparer.Ordinal);
        foreach (StyleRule rule in rules)
        {
            foreach (string language in rule.Header.Languages)
            {
                if (!_languages.ContainsKey(language))
                {
                    _languages[language] = new LanguageRules(rules, language);
                }
            }
        }

        _otherLanguages = new LanguageRules(rules, null);
    }

    private readonly Dictionary<string, LanguageRules> _languages;
    private readonly LanguageRules _otherLanguages;

    public ImmutableArray<StyleRule> Rules { get; }

    /// <summary>One descriptor per rule, with the ID, severity and message the rule file chose.</summary>
    public ImmutableArray<RuleDescriptor> Descriptors { get; }

    /// <summary>
    /// The word starts asked about by the rules that apply to an article in <paramref name="lowered"/> (a language code
    /// lowercased, as <see cref="StyleRule.AppliesToLowered"/> takes it): what the style pass records of the article.
    /// </summary>
    internal StyleVocabulary VocabularyFor(string? lowered) => For(lowered).Vocabulary;

    /// <summary>
    /// The rules that apply to an article in <paramref name="lowered"/> (<see cref="StyleRule.AppliesToLowered"/>), in
    /// catalog order, with their vocabulary: chosen once per language, not once per rule and article.
    /// </summary>
    internal LanguageRules For(string? lowered) =>
        lowered is not null && _languages.TryGetValue(lowered, out LanguageRules? rules) ? rules : _otherLanguages;

    /// <summary>The rules of a catalog that apply to one language, and the word starts they ask about.</summary>
    internal sealed class LanguageRules
    {
        public LanguageRules(ImmutableArray<StyleRule> rules, string? lowered)
        {
            Rules = rules.Where(r => r.AppliesToLowered(lowered)).ToArray();
            Vocabulary = StyleVocabulary.Of(Rules);
        }

        /// <summary>Read only; shared by every article in the language.</summary>
        public StyleRule[] Rules { get; }

        public StyleVocabulary Vocabulary { get; }
    }
}
