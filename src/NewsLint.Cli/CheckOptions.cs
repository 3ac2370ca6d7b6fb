using System;
using System.Collections.Generic;
using System.Globalization;

namespace NewsLint.Cli;

/// <summary>The parsed arguments of <c>newslint check</c>.</summary>
public sealed class CheckOptions
{
    public List<string> Paths { get; } = new();

    public List<string> RuleFolders { get; } = new();

    public bool IncludeDefaultRules { get; private set; } = true;

    public OutputFormat Format { get; private set; } = OutputFormat.Text;

    public bool WarningsAsErrors { get; private set; }

    public string? Language { get; private set; }

    public bool Explain { get; private set; }

    public int Parallelism { get; private set; } = Environment.ProcessorCount;

    public static bool TryParse(ReadOnlySpan<string> args, out CheckOptions? options, out string? error)
    {
        var result = new CheckOptions();
        options = null;
        error = null;
        for (int i = 0; i < args.Length; i++)
        {
            string arg = args[i];
            switch (arg)
            {
                case "--rules":
                    if (!TryValue(args, ref i, arg, out string? folder, out error))
                    {
                        return false;
                    }

                    result.RuleFolders.Add(folder!);
                    break;
                case "--no-default-rules":
                    result.IncludeDefaultRules = false;
                    break;
                case "--format":
                    if (!TryValue(args, ref i, arg, out string? format, out error))
                    {
                        return false;
                    }

                    switch (format)
                    {
                        case "text":
                            result.Format = OutputFormat.Text;
                            break;
                        case "json":
                            result.Format = OutputFormat.Json;
                            break;
                        case "sarif":
                            result.Format = OutputFormat.Sarif;
                            break;
                        default:
                            error = $"unknown format '{format}' (expected text, json or sarif)";
                            return false;
                    }

                    break;
                case "--warnaserror":
                    result.WarningsAsErrors = true;
                    break;
                case "--explain":
                    result.Explain = true;
                    break;
                case "--lang":
                    if (!TryValue(args, ref i, arg, out string? language, out error))
                    {
                        return false;
                    }

                    result.Language = language;
                    break;
                case "-j":
                case "--parallel":
                    if (!TryValue(args, ref i, arg, out string? count, out error))
                    {
                        return false;
                    }

                    if (!int.TryParse(count, NumberStyles.Integer, CultureInfo.InvariantCulture, out int n) || n < 1)
                    {
                        error = $"{arg} takes a whole number of at least 1, not '{count}'";
                        return false;
                    }

                    result.Parallelism = n;
                    break;
                default:
                    if (arg.StartsWith("-", StringComparison.Ordinal) && arg.Length > 1)
                    {
                        error = $"unknown option '{arg}'";
                        return false;
                    }

                    result.Paths.Add(arg);
                    break;
            }
        }

        if (result.Paths.Count == 0)
        {
            error = "check needs at least one file or folder";
            return false;
        }

        options = result;
        return true;
    }

    private static bool TryValue(ReadOnlySpan<string> args, ref int i, string name, out string? value, out string? error)
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
}

public enum OutputFormat
{
    Text,
    Json,
    Sarif,
}
