namespace NewsLint.Diagnostics;

/// <summary>Severities in the compiler's order. <see cref="None"/> means "do not report".</summary>
public enum Severity
{
    None = 0,
    Hidden = 1,
    Info = 2,
    Warning = 3,
    Error = 4,
}
