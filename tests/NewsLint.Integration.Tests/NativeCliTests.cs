using System;
using System.IO;
using Xunit;

namespace NewsLint.Integration.Tests;

/// <summary>
/// The native CLI (`dotnet publish src/NewsLint.Cli -r RID -p:NewsLintAot=true`, docs/performance.md): no JIT, so a
/// check of one article starts in milliseconds. Trimming must not lose a rule or a rule kind the engine finds by
/// reflection: its findings on the real articles are those of the JIT-compiled CLI, byte for byte.
/// </summary>
public sealed class NativeCliTests
{
    [Fact]
    public void Native_publish_reports_exactly_what_the_managed_cli_reports()
    {
        string root = RepositoryRootFinder.Find();
        string output = Path.Combine(Path.GetTempPath(), "newslint-native-" + Guid.NewGuid().ToString("N"));
        try
        {
            var (published, log) = ProcessRunner.Run(
                "dotnet",
                $"publish src/NewsLint.Cli -c Release -r {RuntimeIdentifier()} -p:NewsLintAot=true -nodeReuse:false -o \"{output}\"",
                root,
                timeoutSeconds: 900);
            Assert.True(published == 0, log);

            const string Check = "check tests/Newsroom/articles tests/NewsLint.Engine.Tests/Fixtures/en tests/NewsLint.Engine.Tests/Fixtures/id --format json --explain";
            var (nativeExit, native) = ProcessRunner.Run(Path.Combine(output, "newslint"), Check, root);
            var (managedExit, managed) = ProcessRunner.Run("dotnet", "run -c Release --project src/NewsLint.Cli -- " + Check, root, timeoutSeconds: 600);
            Assert.Equal(managedExit, nativeExit);
            Assert.Contains("\"id\": \"NL4001\"", native, StringComparison.Ordinal);
            Assert.Contains("\"id\": \"NL5001\"", native, StringComparison.Ordinal);
            Assert.Equal(Findings(managed), Findings(native));
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }

    /// <summary>The JSON report, without the summary line that standard error interleaves somewhere in it.</summary>
    private static string Findings(string output) =>
        string.Join("\n", Array.FindAll(output.Split('\n'), line => !line.StartsWith("newslint:", StringComparison.Ordinal)));

    private static string RuntimeIdentifier() =>
        System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier;
}
