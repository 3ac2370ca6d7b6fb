using System;
using System.Collections.Generic;
using System.IO;
using NewsLint.Analysis;
using NewsLint.Rules;

namespace NewsLint.Cli;

/// <summary>What every command over articles takes: paths, rule folders, defaults on or off, a fallback language.</summary>
public abstract class ArticleOptions
{
    public List<string> Paths { get; } = new();

    public List<string> RuleFolders { get; } = new();

    public bool IncludeDefaultRules { get; private set; } = true;

    public string? Language { get; private set; }

    internal static bool TryValue(ReadOnlySpan<string> args, ref int i, string name, out string? value, out string? error)
    {
        if (i + 1 >= args.Length)
        {
            value = null;
            error = $"{name} needs a value";
            return false;
        }

        value = args[++i];
        error = null;
        return true;
    }

    /// <summary>The rules (defaults and --rules folders) and an engine over them; false (with a message) for a missing folder.</summary>
    internal bool TryCreateEngine(string workingDirectory, TextWriter stderr, out LintEngine? engine, out RuleSet? rules, out List<string> ruleFolders)
    {
        engine = null;
        rules = null;
        if (!RuleFolderReader.TryResolve(RuleFolders, workingDirectory, stderr, out ruleFolders))
        {
            return false;
        }

        rules = RuleSetLoader.Load(RuleFolderReader.Read(ruleFolders, path => RuleFolderReader.Display(workingDirectory, path)), IncludeDefaultRules);
        engine = new LintEngine(rules, new LintOptions { DefaultLanguage = Language });
        return true;
    }

    /// <summary>Reads the arguments: the shared options here, a command's own through <see cref="TryOption"/>, the rest as paths.</summary>
    protected bool TryParseArguments(string command, ReadOnlySpan<string> args, out string? error)
    {
        error = null;
        for (int i = 0; i < args.Length; i++)
        {
            string arg = args[i];
            string? value;
            switch (arg)
            {
                case "--rules":
                    if (!TryValue(args, ref i, arg, out value, out error))
                    {
                        return false;
                    }

                    RuleFolders.Add(value!);
                    break;
                case "--no-default-rules":
                    IncludeDefaultRules = false;
                    break;
                case "--lang":
                    if (!TryValue(args, ref i, arg, out value, out error))
                    {
                        return false;
                    }

                    Language = value;
                    break;
                default:
                    if (!TryOption(args, ref i, out bool known, out error))
                    {
                        return false;
                    }

                    if (known)
                    {
                        break;
                    }

                    if (arg.StartsWith("-", StringComparison.Ordinal) && arg.Length > 1)
                    {
                        error = $"unknown option '{arg}'";
                        return false;
                    }

                    Paths.Add(arg);
                    break;
            }
        }

        if (Paths.Count == 0)
        {
            error = command + " needs at least one file or folder";
            return false;
        }

        return true;
    }

    /// <summary>Reads a command's own option at <c>args[i]</c>; <paramref name="known"/> is false when it is not one.</summary>
    protected abstract bool TryOption(ReadOnlySpan<string> args, ref int i, out bool known, out string? error);
}
