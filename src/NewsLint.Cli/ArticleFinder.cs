using System;
using System.Collections.Generic;
using System.IO;
using NewsLint.Rules;

namespace NewsLint.Cli;

/// <summary>Expands the PATH arguments into article files, in a stable order.</summary>
internal static class ArticleFinder
{
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase) { ".git", "bin", "obj", "node_modules" };

    public static List<string> Find(IEnumerable<string> paths, string workingDirectory, IReadOnlyCollection<string> ruleFolders, List<string> missing)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string path in paths)
        {
            string full = Path.GetFullPath(path, workingDirectory);
            if (File.Exists(full))
            {
                files.Add(full);
            }
            else if (Directory.Exists(full))
            {
                AddFolder(full, files, ruleFolders);
            }
            else
            {
                missing.Add(path);
            }
        }

        return new List<string>(files);
    }

    private static void AddFolder(string folder, SortedSet<string> files, IReadOnlyCollection<string> ruleFolders)
    {
        var pending = new Stack<string>();
        pending.Push(folder);
        while (pending.Count > 0)
        {
            string current = pending.Pop();
            foreach (string file in Directory.EnumerateFiles(current, "*.md"))
            {
                if (!IsRuleFile(file, ruleFolders))
                {
                    files.Add(file);
                }
            }

            foreach (string child in Directory.EnumerateDirectories(current))
            {
                if (!SkippedFolders.Contains(Path.GetFileName(child)))
                {
                    pending.Push(child);
                }
            }
        }
    }

    /// <summary>Canonical texts are Markdown too; they are rules, not articles.</summary>
    private static bool IsRuleFile(string file, IReadOnlyCollection<string> ruleFolders)
    {
        foreach (string folder in ruleFolders)
        {
            if (file.StartsWith(folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                return true;
            }
        }

        string normalized = file.Replace('\\', '/');
        return normalized.Contains("/rules/", StringComparison.Ordinal) && RuleSetLoader.KindOf(normalized) is not null;
    }
}
