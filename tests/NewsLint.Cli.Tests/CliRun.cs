using System.IO;

namespace NewsLint.Cli.Tests;

/// <summary>Runs the CLI in-process, as <c>newslint ARGS</c> in <paramref name="workingDirectory"/>.</summary>
internal static class CliRun
{
    /// <summary>One paragraph that lists a city twice (NL4001).</summary>
    public const string DuplicatePlaces = "Pasukan Rusia menyerang ibu kota Kyiv, Berdyansk, Kharkiv, Sumy, Berdyansk, dan Chernihiv.\n";

    /// <summary>The shared article (tests/NewsLint.Cli.Tests/Fixtures).</summary>
    public static string SharedArticle => File.ReadAllText(Path.Combine(System.AppContext.BaseDirectory, "Fixtures", "csto-summit-moscow-2022.md"));

    public static (int ExitCode, string Stdout, string Stderr) Run(string workingDirectory, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int exit = Program.Run(args, stdout, stderr, workingDirectory);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
