using System;
using System.Collections.Immutable;
using System.Linq;
using YamlDotNet.RepresentationModel;

namespace NewsLint.Rules.Languages;

/// <summary>
/// A top-level key of a language pack owned by one feature (e.g. <c>dates:</c>), read into its own model.
/// Sections are found by reflection, so a feature adds vocabulary to the language files without touching the pack's
/// core; <see cref="LanguagePack.Section{T}"/> returns the model.
/// </summary>
public abstract class LanguageSection
{
    /// <summary>Every section in the engine.</summary>
    public static ImmutableArray<LanguageSection> All { get; } = typeof(LanguageSection).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(LanguageSection).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
        .Select(t => (LanguageSection)Activator.CreateInstance(t)!)
        .OrderBy(s => s.Key, StringComparer.Ordinal)
        .ToImmutableArray();

    /// <summary>The YAML key, e.g. <c>dates</c>.</summary>
    public abstract string Key { get; }

    public abstract Type ModelType { get; }

    /// <summary>Reads the key's value; null when nothing usable was in it (problems go through the reader).</summary>
    public abstract object? Read(YamlNode node, RuleFileReader reader);

    /// <summary>A later file's section extends or overrides an earlier one's.</summary>
    public abstract object Merge(object earlier, object later);
}

/// <summary>A language section with a typed model.</summary>
public abstract class LanguageSection<T> : LanguageSection
    where T : class
{
    public sealed override Type ModelType => typeof(T);

    public sealed override object? Read(YamlNode node, RuleFileReader reader) => ReadSection(node, reader);

    public sealed override object Merge(object earlier, object later) => MergeSection((T)earlier, (T)later);

    protected abstract T? ReadSection(YamlNode node, RuleFileReader reader);

    protected abstract T MergeSection(T earlier, T later);
}
