using System;
using System.Globalization;

namespace NewsLint.Cli;

/// <summary>The parsed arguments of <c>newslint check</c>.</summary>
public sealed class CheckOptions : ArticleOptions
{
    public OutputFormat Format { get; private set; } = OutputFormat.Text;

    public bool WarningsAsErrors { get; private set; }

    public bool Explain { get; private set; }

    public int Parallelism { get; private set; } = Environment.ProcessorCount;

    /// <summary><c>--shard K/N</c> (not in the usage text): this process is the K-th of N, a worker of a run (with
    /// <see cref="Board"/>) or, alone, a process that lints only the K-th contiguous share of the files.</summary>
    public Shard? Shard { get; private set; }

    /// <summary>With <see cref="Shard"/>: the run's shared board (<see cref="ShardBoard"/>), given by the process that
    /// started this one.</summary>
    public string? Board { get; private set; }

    /// <summary>The arguments as given after <c>check</c>: a worker process is started with the same ones.</summary>
    public string[] Arguments { get; private set; } = Array.Empty<string>();

    public static bool TryParse(ReadOnlySpan<string> args, out CheckOptions? options, out string? error)
    {
        var result = new CheckOptions { Arguments = args.ToArray() };
        options = result.TryParseArguments("check", args, out error) ? result : null;
        return options is not null;
    }

    protected override bool TryOption(ReadOnlySpan<string> args, ref int i, out bool known, out string? error)
    {
        string arg = args[i];
        known = true;
        error = null;
        switch (arg)
        {
            case "--format":
                if (!TryValue(args, ref i, arg, out string? format, out error))
                {
                    return false;
                }

                switch (format)
                {
                    case "text":
                        Format = OutputFormat.Text;
                        break;
                    case "json":
                        Format = OutputFormat.Json;
                        break;
                    case "sarif":
                        Format = OutputFormat.Sarif;
                        break;
                    default:
                        error = $"unknown format '{format}' (expected text, json or sarif)";
                        return false;
                }

                return true;
            case "--warnaserror":
                WarningsAsErrors = true;
                return true;
            case "--explain":
                Explain = true;
                return true;
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

                Parallelism = n;
                return true;
            case "--shard":
                if (!TryValue(args, ref i, arg, out string? share, out error))
                {
                    return false;
                }

                if (!Cli.Shard.TryParse(share!, out Shard shard))
                {
                    error = $"{arg} takes K/N with 0 <= K < N, not '{share}'";
                    return false;
                }

                Shard = shard;
                return true;
            case "--board":
                if (!TryValue(args, ref i, arg, out string? board, out error))
                {
                    return false;
                }

                Board = board;
                return true;
            default:
                known = false;
                return true;
        }
    }
}

public enum OutputFormat
{
    Text,
    Json,
    Sarif,
}
