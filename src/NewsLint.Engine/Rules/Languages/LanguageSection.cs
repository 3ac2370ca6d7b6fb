using System;
using System.Collections.Immutable;
using System.Linq;
using YamlDotNet.RepresentationModel;

namespace NewsLint.Rules.Languages;

/// <summary>
/// A top-level key of a language pack owned by one feature (e.g. <c>dates:</c>), read into its own model.
/// A feature adds its section to <see cref="All"/> and vocabulary to the language files, without touching the pack's
/// core; <see cref="LanguagePack.Section{T}"/> returns the model.
/// </summary>
public abstract class LanguageSection
{
    /// <summary>
    /// Every section in the engine, by key. Listed here by hand so a native (AOT) build keeps them without trimming
    /// warnings; a test checks by reflection that none is missing.
    /// </summary>
    public static ImmutableArray<LanguageSection> All { get; } = ImmutableArray.Create<LanguageSection>(
        new NewsLint.Canon.CanonSection(),
        new NewsLint.Recognizers.Dates.DatesSection(),
        new NewsLint.Recognizers.Quotations.QuotationSection(),
        new NewsLint.Checks.Names.RepetitionSection()).Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));

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
