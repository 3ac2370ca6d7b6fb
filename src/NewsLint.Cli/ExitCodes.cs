namespace NewsLint.Cli;

/// <summary>Process exit codes, as CI scripts read them.</summary>
public static class ExitCodes
{
    /// <summary>No error (warnings allowed unless --warnaserror).</summary>
    public const int Success = 0;

    /// <summary>At least one error, or a warning with --warnaserror.</summary>
    public const int LintErrors = 1;

    /// <summary>Bad usage or unreadable input.</summary>
    public const int BadUsage = 2;
}
