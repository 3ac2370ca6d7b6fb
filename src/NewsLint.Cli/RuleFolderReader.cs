using System;
using System.Collections.Generic;
using System.IO;
using NewsLint.Rules;

namespace NewsLint.Cli;

/// <summary>Reads every rule file under the --rules folders.</summary>
internal static class RuleFolderReader
{
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
