using System;
using System.Collections.Immutable;
using NewsLint.Diagnostics;

namespace NewsLint.Rules;

/// <summary>
/// Every rule file, read and combined: one immutable model per rule kind, plus the problems found while reading.
/// Built once per process (CLI) or per set of rule files (analyzer) and shared by all threads.
/// </summary>
public sealed class RuleSet
{
    private readonly ImmutableDictionary<Type, object> _models;

    private readonly Lazy<string> _contentHash;

    internal RuleSet(ImmutableDictionary<Type, object> models, ImmutableArray<LintDiagnostic> diagnostics, Lazy<string> contentHash, ImmutableArray<string> files)
    {
        _models = models;
        Diagnostics = diagnostics;
        _contentHash = contentHash;
        Files = files;
    }

    /// <summary>NL0001/NL0005 and friends, reported on the rule files themselves.</summary>
    public ImmutableArray<LintDiagnostic> Diagnostics { get; }

    /// <summary>
    /// A SHA-256 of every rule file's path and content: equal hashes mean equal rules (a cache key). Computed on first
    /// use, as only the analyzer's result cache asks for it.
    /// </summary>
    public string ContentHash => _contentHash.Value;

    /// <summary>The rule files read, defaults included, in the order they were combined.</summary>
    public ImmutableArray<string> Files { get; }

    /// <summary>The combined model of a rule kind, e.g. <c>Get&lt;LanguageCatalog&gt;()</c>.</summary>
    public T Get<T>()
        where T : class
    {
        if (_models.TryGetValue(typeof(T), out object? model))
        {
            return (T)model;
        }

        throw new InvalidOperationException($"No rule kind produces {typeof(T).Name}.");
    }
}
