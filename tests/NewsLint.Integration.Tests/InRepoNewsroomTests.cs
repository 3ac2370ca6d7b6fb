using System;
using System.IO;
using System.Text.RegularExpressions;
using Xunit;

namespace NewsLint.Integration.Tests;

/// <summary>The README's first command: the example newsroom, wired to the analyzer by ProjectReference.</summary>
public sealed class InRepoNewsroomTests
{
    [Fact]
    public void Building_tests_Newsroom_from_source_prints_the_warnings()
    {
        string root = RepositoryRootFinder.Find();
        var (exit, output) = ProcessRunner.Run(
            "dotnet",
            "build tests/Newsroom --no-incremental -p:UseSharedCompilation=false -nodeReuse:false",
            root,
            timeoutSeconds: 600);
        Assert.True(exit == 0, output);

        // Through a ProjectReference, the analyzer's dependencies reach csc only via GetTargetPath; without them: AD0001.
        Assert.DoesNotContain("AD0001", output, StringComparison.Ordinal);
        Assert.Matches(new Regex(@"tests/Newsroom/articles/id/csto-summit-moscow-2022\.md\(19,208\): warning NL4001"), output);
        Assert.Matches(new Regex(@"tests/Newsroom/articles/en/shelling-report\.md\(9,73\): warning NL4001: 'Zaporozhye'"), output);
    }
}
