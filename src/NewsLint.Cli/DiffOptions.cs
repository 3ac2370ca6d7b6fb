using System;

namespace NewsLint.Cli;

/// <summary>The parsed arguments of <c>newslint diff</c>.</summary>
public sealed class DiffOptions : ArticleOptions
{
    /// <summary>True for <c>--format html</c>: one page, each quotation beside its clause.</summary>
    public bool Html { get; private set; }

    /// <summary><c>--color always|never|auto</c>; null for auto (colour when standard output is a terminal).</summary>
    public bool? Color { get; private set; }

    public static bool TryParse(ReadOnlySpan<string> args, out DiffOptions? options, out string? error)
    {
        var result = new DiffOptions();
        options = result.TryParseArguments("diff", args, out error) ? result : null;
        return options is not null;
    }

    protected override bool TryOption(ReadOnlySpan<string> args, ref int i, out bool known, out string? error)
    {
        string arg = args[i];
        known = true;
        error = null;
        string? value;
        switch (arg)
        {
            case "--format":
                if (!TryValue(args, ref i, arg, out value, out error))
                {
                    return false;
                }

                if (value is not ("text" or "html"))
                {
                    error = $"unknown diff format '{value}' (expected text or html)";
                    return false;
                }

                Html = value == "html";
                return true;
            case "--color":
            case "--colour":
                if (!TryValue(args, ref i, arg, out value, out error))
                {
                    return false;
                }

                switch (value)
                {
                    case "always":
                        Color = true;
                        return true;
                    case "never":
                        Color = false;
                        return true;
                    case "auto":
                        Color = null;
                        return true;
                    default:
                        error = $"{arg} takes always, never or auto, not '{value}'";
                        return false;
                }

            default:
                known = false;
                return true;
        }
    }
}
