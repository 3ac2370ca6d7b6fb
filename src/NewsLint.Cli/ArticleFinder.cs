using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Enumeration;
using NewsLint.Rules;

namespace NewsLint.Cli;

/// <summary>Expands the PATH arguments into article files, in a stable order (ordinal, by full path).</summary>
internal static class ArticleFinder
{
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase) { ".git", "bin", "obj", "node_modules" };

    /// <summary>What <c>Directory.EnumerateFiles(folder, "*.md")</c> gave: hidden entries included, an unreadable
    /// folder an error.</summary>
    private static readonly EnumerationOptions Entries = new() { AttributesToSkip = 0, IgnoreInaccessible = false };

    /// <summary>As the runtime matches a search pattern on each platform: case-sensitive names on Linux only.</summary>
    private static readonly StringComparison NameComparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    public static List<string> Find(IEnumerable<string> paths, string workingDirectory, IReadOnlyCollection<string> ruleFolders, List<string> missing)
    {
        var rulePrefixes = new List<string>(ruleFolders.Count);
        foreach (string folder in ruleFolders)
        {
            rulePrefixes.Add(folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar);
        }

        var files = new List<string>();
        foreach (string path in paths)
        {
            string full = Path.GetFullPath(path, workingDirectory);
            if (File.Exists(full))
            {
                files.Add(full);
            }
            else if (Directory.Exists(full))
            {
                AddFolder(full, files, rulePrefixes);
            }
            else
            {
                missing.Add(path);
            }
        }

        // One sort at the end, then the duplicates of overlapping arguments dropped: a sorted set, node by node, was a
        // sixth of a worker's start over 10,000 files (docs/performance.md, fourteenth round).
        files.Sort(StringComparer.Ordinal);
        int kept = 0;
        for (int i = 0; i < files.Count; i++)
        {
            if (kept == 0 || !string.Equals(files[i], files[kept - 1], StringComparison.Ordinal))
            {
                files[kept++] = files[i];
            }
        }

        files.RemoveRange(kept, files.Count - kept);
        return files;
    }

    private static void AddFolder(string folder, List<string> files, List<string> rulePrefixes)
    {
        var pending = new Stack<string>();
        pending.Push(folder);
        while (pending.TryPop(out string? current))
        {
            // One read of the folder gives both its articles and its subfolders.
            var entries = new FileSystemEnumerable<(string Path, bool IsFolder)>(
                current,
                (ref FileSystemEntry entry) => (entry.ToFullPath(), entry.IsDirectory),
                Entries)
            {
                ShouldIncludePredicate = (ref FileSystemEntry entry) => entry.IsDirectory
                    ? !SkippedFolders.Contains(entry.FileName.ToString())
                    : entry.FileName.EndsWith(".md", NameComparison),
            };
            foreach ((string path, bool isFolder) in entries)
            {
                if (isFolder)
                {
                    pending.Push(path);
                }
                else if (!IsRuleFile(path, rulePrefixes))
                {
                    files.Add(path);
                }
            }
        }
    }

    /// <summary>Canonical texts are Markdown too; they are rules, not articles.</summary>
    private static bool IsRuleFile(string file, List<string> rulePrefixes)
    {
        foreach (string prefix in rulePrefixes)
        {
            if (file.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        string normalized = file.Replace('\\', '/');
        return normalized.Contains("/rules/", StringComparison.Ordinal) && RuleSetLoader.KindOf(normalized) is not null;
    }
}
