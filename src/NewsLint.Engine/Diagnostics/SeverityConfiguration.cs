using System;

namespace NewsLint.Diagnostics;

/// <summary>
/// Applies configured severities, as hosts find them in .editorconfig / .globalconfig:
/// <c>newslint.NL4001.severity = error</c> (per file or folder section) or <c>dotnet_diagnostic.NL4001.severity</c>.
/// </summary>
public static class SeverityConfiguration
{
    /// <summary>The severity to report with, given a lookup of configuration keys; <see cref="Severity.None"/> drops it.</summary>
    public static Severity Resolve(LintDiagnostic diagnostic, Func<string, string?> lookup)
    {
        string? configured = lookup("newslint." + diagnostic.Id + ".severity")
            ?? lookup("dotnet_diagnostic." + diagnostic.Id + ".severity")
            ?? lookup("newslint.severity");
        return configured is not null && SeverityNames.TryParse(configured, out Severity severity) ? severity : diagnostic.Severity;
    }
}
