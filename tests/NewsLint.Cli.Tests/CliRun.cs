using System.IO;

namespace NewsLint.Cli.Tests;

/// <summary>Runs the CLI in-process, as <c>newslint ARGS</c> in <paramref name="workingDirectory"/>.</summary>
internal static class CliRun
{
    public static (int ExitCode, string Stdout, string Stderr) Run(string workingDirectory, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = Program.Run(args, stdout, stderr, workingDirectory);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
