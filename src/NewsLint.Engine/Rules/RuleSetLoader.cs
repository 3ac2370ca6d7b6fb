using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using NewsLint.Diagnostics;
using NewsLint.Text;

namespace NewsLint.Rules;

/// <summary>
/// Reads rule files into a <see cref="RuleSet"/>. Each file is parsed once per process and cached by its path and
/// content; a whole set is cached by the paths and contents of all its files, so hosts may call <see cref="Load"/>
/// freely (the analyzer does, once per compilation). Both caches are bounded: a long-lived compiler server that sees
/// rule files edited many times starts them afresh when full. Keys are the texts themselves (<see cref="RuleFileKey"/>),
/// so the set's SHA-256 is computed only when a host asks for <see cref="RuleSet.ContentHash"/> (the CLI never does).
/// </summary>
public static class RuleSetLoader
{
    private const string ResourcePrefix = "rules/";
    private const int MaxCachedSets = 64;
    private const int MaxCachedFiles = 4096;

    private static readonly ConcurrentDictionary<RuleFileKey, ParsedFile> FileCache = new();
    private static readonly ConcurrentDictionary<RuleFileKey, RuleSet> SetCache = new();
    private static readonly Lazy<ImmutableArray<RuleFile>> Defaults = new(LoadDefaultFiles);

    /// <summary>
    /// Every rule kind in the engine, by folder. Listed by hand, not found by reflection, so a native (AOT) build keeps
    /// them without trimming warnings; a test checks by reflection that none is missing.
    /// </summary>
    public static ImmutableArray<RuleKind> Kinds { get; } = ImmutableArray.Create<RuleKind>(
        new Canon.CanonRuleKind(),
        new Facts.FactRuleKind(),
        new Languages.LanguageRuleKind(),
        new Places.PlaceRuleKind(),
        new Style.StyleRuleKind()).Sort((a, b) => string.CompareOrdinal(a.Folder, b.Folder));

    /// <summary>The shipped default rule files, embedded in the engine.</summary>
    public static ImmutableArray<RuleFile> DefaultFiles => Defaults.Value;

    /// <summary>The defaults alone.</summary>
    public static RuleSet LoadDefaults() => Load(Array.Empty<RuleFile>());

    /// <summary>Defaults (unless excluded) followed by <paramref name="files"/> in ordinal path order.</summary>
    public static RuleSet Load(IEnumerable<RuleFile> files, bool includeDefaults = true)
    {
        var ordered = new List<RuleFile>();
        if (includeDefaults)
        {
            ordered.AddRange(DefaultFiles);
        }

        ordered.AddRange(files.OrderBy(f => f.Path, StringComparer.Ordinal));

        var setKey = new RuleFileKey(ordered);
        if (SetCache.Count >= MaxCachedSets && !SetCache.ContainsKey(setKey))
        {
            SetCache.Clear();
        }

        return SetCache.GetOrAdd(setKey, _ => Build(ordered));
    }

    private static RuleSet Build(List<RuleFile> files)
    {
        var parts = new Dictionary<RuleKind, List<object>>();
        var diagnostics = ImmutableArray.CreateBuilder<LintDiagnostic>();
        var read = ImmutableArray.CreateBuilder<string>();
        for (int i = 0; i < files.Count; i++)
        {
            RuleFile file = files[i];
            RuleKind? kind = KindOf(file.Path);
            if (kind is null)
            {
                if (IsYaml(file.Path))
                {
                    var source = new SourceDocument(file.Path, file.Text);
                    var span = new TextSpan(0, 0);
                    diagnostics.Add(new LintDiagnostic(
                        InfrastructureDescriptors.UnplacedRuleFile,
                        InfrastructureDescriptors.UnplacedRuleFile.DefaultSeverity,
                        file.Path,
                        span,
                        source.GetLineSpan(span),
                        InfrastructureDescriptors.UnplacedRuleFile.FormatMessage(string.Join(", ", Kinds.Select(k => k.Folder)))));
                }

                continue;
            }

            read.Add(file.Path);
            if (FileCache.Count >= MaxCachedFiles)
            {
                FileCache.Clear();
            }

            ParsedFile parsed = FileCache.GetOrAdd(new RuleFileKey(kind.Folder, file), _ => Parse(kind, file));
            diagnostics.AddRange(parsed.Diagnostics);
            if (parsed.Part is not null)
            {
                if (!parts.TryGetValue(kind, out List<object>? list))
                {
                    parts[kind] = list = new List<object>();
                }

                list.Add(parsed.Part);
            }
        }

        var models = ImmutableDictionary.CreateBuilder<Type, object>();
        var byPath = new Dictionary<string, RuleFile>(StringComparer.Ordinal);
        foreach (RuleFile file in files)
        {
            byPath[file.Path] = file;
        }

        foreach (RuleKind kind in Kinds)
        {
            IReadOnlyList<object> kindParts = parts.TryGetValue(kind, out List<object>? list) ? list : Array.Empty<object>();
            object model = kind.Combine(kindParts);
            models[kind.ModelType] = model;
            kind.CheckReferences(model, byPath, diagnostics);
        }

        RuleFile[] hashed = files.ToArray();
        return new RuleSet(models.ToImmutable(), diagnostics.ToImmutable(), new Lazy<string>(() => ContentHash.OfFiles(hashed)), read.ToImmutable());
    }

    private static ParsedFile Parse(RuleKind kind, RuleFile file)
    {
        var diagnostics = new List<LintDiagnostic>();
        var reader = new RuleFileReader(file, kind.Folder, diagnostics);
        object? part;
        try
        {
            part = kind.ReadFile(reader);
        }
#pragma warning disable CA1031 // A broken rule file must never take the run down with it.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            reader.ReportAt(InfrastructureDescriptors.InvalidRuleFile, new TextSpan(0, 0), $"could not be read ({ex.GetType().Name}: {ex.Message})");
            part = null;
        }

        return new ParsedFile(part, diagnostics.ToImmutableArray());
    }

    /// <summary>The kind whose folder is the nearest enclosing folder of <paramref name="path"/> with a kind's name.</summary>
    public static RuleKind? KindOf(string path)
    {
        string[] segments = path.Replace('\\', '/').Split('/');
        string name = segments[segments.Length - 1];
        for (int i = segments.Length - 2; i >= 0; i--)
        {
            foreach (RuleKind kind in Kinds)
            {
                if (string.Equals(kind.Folder, segments[i], StringComparison.OrdinalIgnoreCase) && HasExtension(name, kind.Extensions))
                {
                    return kind;
                }
            }
        }

        return null;
    }

    private static bool HasExtension(string name, IReadOnlyList<string> extensions)
    {
        foreach (string extension in extensions)
        {
            if (name.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsYaml(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    private static ImmutableArray<RuleFile> LoadDefaultFiles()
    {
        Assembly assembly = typeof(RuleSetLoader).Assembly;
        var files = ImmutableArray.CreateBuilder<RuleFile>();
        foreach (string name in assembly.GetManifestResourceNames().OrderBy(n => n, StringComparer.Ordinal))
        {
            if (!name.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            {
                continue;
            }

            using Stream stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            files.Add(new RuleFile(name, reader.ReadToEnd()));
        }

        return files.ToImmutable();
    }

    private sealed class ParsedFile
    {
        public ParsedFile(object? part, ImmutableArray<LintDiagnostic> diagnostics)
        {
            Part = part;
            Diagnostics = diagnostics;
        }

        public object? Part { get; }

        public ImmutableArray<LintDiagnostic> Diagnostics { get; }
    }
}
