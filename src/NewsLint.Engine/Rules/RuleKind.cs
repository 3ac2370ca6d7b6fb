using System;
using System.Collections.Generic;
using YamlDotNet.RepresentationModel;

namespace NewsLint.Rules;

/// <summary>
/// One kind of rule file (language packs, places, facts, canonical texts, style rules). A kind is found by the name of
/// the folder its files live in, reads one file into a part, and combines the parts of all files (defaults first,
/// then the newsroom's own, in path order) into the model its checks use. Kinds are discovered by reflection, so a
/// new kind is a new class and nothing else changes.
/// </summary>
public abstract class RuleKind
{
    /// <summary>The folder name under a rules directory, e.g. <c>languages</c>.</summary>
    public abstract string Folder { get; }

    /// <summary>File name endings this kind reads.</summary>
    public virtual IReadOnlyList<string> Extensions { get; } = new[] { ".yaml", ".yml" };

    /// <summary>The model's type, the key under which <see cref="RuleSet.Get{T}"/> finds it.</summary>
    public abstract Type ModelType { get; }

    /// <summary>Reads one file. Returns null when nothing usable was in it (problems are reported through the reader).</summary>
    public abstract object? ReadFile(RuleFileReader reader);

    /// <summary>Combines parts in order; later parts extend or override earlier ones.</summary>
    public abstract object Combine(IReadOnlyList<object> parts);

    /// <summary>
    /// Checks what one file's entries name in other files (a reference translation's original, say), once all files
    /// are combined; <paramref name="files"/> gives the text of every rule file by path, for exact positions.
    /// </summary>
    public virtual void CheckReferences(object model, IReadOnlyDictionary<string, RuleFile> files, ICollection<NewsLint.Diagnostics.LintDiagnostic> diagnostics)
    {
    }
}

/// <summary>A rule kind whose files are YAML mappings read into parts of type <typeparamref name="TPart"/>.</summary>
public abstract class YamlRuleKind<TPart, TModel> : RuleKind
    where TPart : class
    where TModel : class
{
    public override Type ModelType => typeof(TModel);

    public sealed override object? ReadFile(RuleFileReader reader)
    {
        YamlMappingNode? root = YamlDocuments.LoadRoot(reader);
        return root is null ? null : Read(root, reader);
    }

    public sealed override object Combine(IReadOnlyList<object> parts)
    {
        var typed = new List<TPart>(parts.Count);
        foreach (object part in parts)
        {
            typed.Add((TPart)part);
        }

        return Combine(typed);
    }

    protected abstract TPart? Read(YamlMappingNode root, RuleFileReader reader);

    protected abstract TModel Combine(IReadOnlyList<TPart> parts);
}
