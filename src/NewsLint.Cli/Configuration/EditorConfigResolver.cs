using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;

namespace NewsLint.Cli.Configuration;

/// <summary>
/// Finds the configuration keys that apply to a file, as the compiler would: .globalconfig files above it first,
/// then .editorconfig files from the farthest (stopping at root = true) to the nearest, later sections winning.
/// Parsed files are cached, so a folder of ten thousand articles reads each config once.
/// </summary>
public sealed class EditorConfigResolver
{
    private readonly ConcurrentDictionary<string, EditorConfigFile?> _files = new(StringComparer.Ordinal);

    /// <summary>The configuration files that apply in each folder: the same for every article of the folder.</summary>
    private readonly ConcurrentDictionary<string, Chain> _chains = new(StringComparer.Ordinal);

    private static readonly IReadOnlyDictionary<string, string> NoKeys = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyDictionary<string, string> Resolve(string filePath)
    {
        string fullPath = Path.GetFullPath(filePath);
        string directory = Path.GetDirectoryName(fullPath) ?? string.Empty;
        Chain chain = _chains.GetOrAdd(directory, FindChain);
        if (chain.IsEmpty)
        {
            return NoKeys;
        }

        List<EditorConfigFile> editorConfigs = chain.EditorConfigs;
        List<EditorConfigFile> globalConfigs = chain.GlobalConfigs;
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (int i = globalConfigs.Count - 1; i >= 0; i--)
        {
            foreach (KeyValuePair<string, string> pair in globalConfigs[i].Preamble)
            {
                result[pair.Key] = pair.Value;
            }
        }

        for (int i = editorConfigs.Count - 1; i >= 0; i--)
        {
            EditorConfigFile config = editorConfigs[i];
            foreach (EditorConfigFile.Section section in config.Sections)
            {
                if (config.Matches(section, fullPath))
                {
                    foreach (KeyValuePair<string, string> pair in section.Properties)
                    {
                        result[pair.Key] = pair.Value;
                    }
                }
            }
        }

        return result;
    }

    /// <summary>.globalconfig files from the folder up to the file system root, and .editorconfig files up to root = true.</summary>
    private Chain FindChain(string start)
    {
        var editorConfigs = new List<EditorConfigFile>();
        var globalConfigs = new List<EditorConfigFile>();
        bool reachedRoot = false;
        for (string? directory = start.Length == 0 ? null : start; directory is not null; directory = Path.GetDirectoryName(directory))
        {
            EditorConfigFile? global = Load(Path.Combine(directory, ".globalconfig"));
            if (global is not null)
            {
                globalConfigs.Add(global);
            }

            if (reachedRoot)
            {
                continue;
            }

            EditorConfigFile? config = Load(Path.Combine(directory, ".editorconfig"));
            if (config is not null)
            {
                editorConfigs.Add(config);
                reachedRoot = config.IsRoot;
            }
        }

        return new Chain(editorConfigs, globalConfigs);
    }

    private EditorConfigFile? Load(string path) => _files.GetOrAdd(path, p => File.Exists(p) ? EditorConfigFile.Parse(p, File.ReadAllText(p)) : null);

    private sealed record Chain(List<EditorConfigFile> EditorConfigs, List<EditorConfigFile> GlobalConfigs)
    {
        public bool IsEmpty => EditorConfigs.Count == 0 && GlobalConfigs.Count == 0;
    }
}
