using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsLint.Cli.Configuration;

/// <summary>One parsed .editorconfig or .globalconfig: sections of globs with key/value pairs.</summary>
public sealed class EditorConfigFile
{
    private EditorConfigFile(string directory, bool isRoot, bool isGlobal, List<Section> sections, Dictionary<string, string> preamble)
    {
        Directory = directory;
        IsRoot = isRoot;
        IsGlobal = isGlobal;
        Sections = sections;
        Preamble = preamble;
    }

    public string Directory { get; }

    public bool IsRoot { get; }

    public bool IsGlobal { get; }

    public IReadOnlyList<Section> Sections { get; }

    /// <summary>Keys before the first section (in a .globalconfig they apply everywhere).</summary>
    public IReadOnlyDictionary<string, string> Preamble { get; }

    public static EditorConfigFile Parse(string path, string text)
    {
        string directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var sections = new List<Section>();
        var preamble = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        Dictionary<string, string> current = preamble;
        foreach (string raw in text.Split('\n'))
        {
            string line = raw.Trim();
            if (line.Length == 0 || line[0] == '#' || line[0] == ';')
            {
                continue;
            }

            if (line[0] == '[' && line[line.Length - 1] == ']')
            {
                string glob = line.Substring(1, line.Length - 2);
                var section = new Section(glob, GlobToRegex(glob));
                sections.Add(section);
                current = section.Properties;
                continue;
            }

            int equals = line.IndexOf('=');
            if (equals <= 0)
            {
                continue;
            }

            string key = line.Substring(0, equals).Trim().ToLowerInvariant();
            string value = line.Substring(equals + 1).Trim();
            int comment = value.IndexOf(" #", StringComparison.Ordinal);
            current[key] = comment >= 0 ? value.Substring(0, comment).Trim() : value;
        }

        bool isRoot = preamble.TryGetValue("root", out string? root) && root.Equals("true", StringComparison.OrdinalIgnoreCase);
        bool isGlobal = preamble.TryGetValue("is_global", out string? global) && global.Equals("true", StringComparison.OrdinalIgnoreCase);
        return new EditorConfigFile(directory, isRoot, isGlobal, sections, preamble);
    }

    /// <summary>Whether a section applies to a file, per the EditorConfig rules for globs with and without '/'.</summary>
    public bool Matches(Section section, string fullPath)
    {
        string relative = Path.GetRelativePath(Directory, fullPath).Replace('\\', '/');
        if (relative.StartsWith("../", StringComparison.Ordinal))
        {
            return false;
        }

        return section.Pattern.IsMatch(relative);
    }

    internal static Regex GlobToRegex(string glob)
    {
        // No '/' in the glob: it matches the file name in any folder.
        bool anchored = glob.Contains('/', StringComparison.Ordinal);
        string pattern = glob.StartsWith('/') ? glob.Substring(1) : glob;
        var regex = new StringBuilder("^");
        if (!anchored)
        {
            regex.Append("(?:.*/)?");
        }

        int braces = 0;
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            switch (c)
            {
                case '*':
                    if (i + 1 < pattern.Length && pattern[i + 1] == '*')
                    {
                        i++;
                        if (i + 1 < pattern.Length && pattern[i + 1] == '/')
                        {
                            // "**/" matches zero or more folders.
                            i++;
                            regex.Append("(?:.*/)?");
                        }
                        else
                        {
                            regex.Append(".*");
                        }
                    }
                    else
                    {
                        regex.Append("[^/]*");
                    }

                    break;
                case '?':
                    regex.Append("[^/]");
                    break;
                case '[':
                    int close = pattern.IndexOf(']', i + 1);
                    if (close < 0)
                    {
                        regex.Append("\\[");
                        break;
                    }

                    string set = pattern.Substring(i + 1, close - i - 1);
                    regex.Append('[').Append(set.StartsWith('!') ? "^" + Regex.Escape(set.Substring(1)) : Regex.Escape(set)).Append(']');
                    i = close;
                    break;
                case '{':
                    braces++;
                    regex.Append("(?:");
                    break;
                case '}' when braces > 0:
                    braces--;
                    regex.Append(')');
                    break;
                case ',' when braces > 0:
                    regex.Append('|');
                    break;
                default:
                    regex.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }

        regex.Append('$');
        return new Regex(regex.ToString(), RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1));
    }

    public sealed class Section
    {
        public Section(string glob, Regex pattern)
        {
            Glob = glob;
            Pattern = pattern;
        }

        public string Glob { get; }

        public Regex Pattern { get; }

        public Dictionary<string, string> Properties { get; } = new(StringComparer.OrdinalIgnoreCase);
    }
}
