using System;

namespace NewsLint.Diagnostics;

/// <summary>Severity words as .editorconfig, rule files and the CLI write them.</summary>
public static class SeverityNames
{
    public static bool TryParse(string? text, out Severity severity)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "error":
                severity = Severity.Error;
                return true;
            case "warning":
            case "warn":
                severity = Severity.Warning;
                return true;
            case "suggestion":
            case "info":
                severity = Severity.Info;
                return true;
            case "silent":
            case "hidden":
                severity = Severity.Hidden;
                return true;
            case "none":
            case "off":
                severity = Severity.None;
                return true;
            default:
                severity = Severity.None;
                return false;
        }
    }

    public static string ToName(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info => "info",
        Severity.Hidden => "hidden",
        Severity.None => "none",
        _ => throw new ArgumentOutOfRangeException(nameof(severity)),
    };
}
