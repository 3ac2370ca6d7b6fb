using System;
using System.Collections.Generic;
using System.IO;
using NewsLint.Rules;

namespace NewsLint.Cli;

/// <summary>Reads every rule file under the --rules folders.</summary>
internal static class RuleFolderReader
{
    /// <summary>The --rules folders as full paths; false (with a message) when one does not exist.</summary>
    public static bool TryResolve(IEnumerable<string> folders, string workingDirectory, TextWriter stderr, out List<string> resolved)
    {
        resolved = new List<string>();
        foreach (string folder in folders)
        {
            string full = Path.GetFullPath(folder, workingDirectory);
            if (!Directory.Exists(full))
            {
                stderr.WriteLine($"newslint: rule folder '{folder}' does not exist");
                return false;
            }

            resolved.Add(full);
        }

        return true;
    }

    /// <summary>Paths print relative to the working directory when inside it, with forward slashes.</summary>
    public static string Display(string workingDirectory, string fullPath)
    {
        string relative = Path.GetRelativePath(workingDirectory, fullPath);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? fullPath : relative).Replace('\\', '/');
    }

    public static List<RuleFile> Read(IEnumerable<string> folders, Func<string, string> display)
    {
        var files = new List<RuleFile>();
        foreach (string folder in folders)
        {
            foreach (string path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            {
                string extension = Path.GetExtension(path);
                if (extension.Equals(".yaml", StringComparison.OrdinalIgnoreCase)
                    || extension.Equals(".yml", StringComparison.OrdinalIgnoreCase)
                    || extension.Equals(".md", StringComparison.OrdinalIgnoreCase))
                {
                    files.Add(new RuleFile(display(path), File.ReadAllText(path)));
                }
            }
        }

        return files;
    }
}
