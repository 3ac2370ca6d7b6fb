using System;
using System.IO;
using System.Linq;
using Xunit;

namespace NewsLint.Cli.Tests;

/// <summary>Worker processes (<c>--shard K/N</c>): each lints its share, and the parent prints them in file order, so a
/// run with workers reports exactly what one process does. Workers run in-process here through the launcher.</summary>
public sealed class ShardTests
{
    private const string Duplicate = CliRun.DuplicatePlaces;

    private const string Clean = "Presiden berbicara di Jakarta pada hari Selasa.\n";

    [Fact]
    public void Shares_cover_every_file_once_in_order_with_sizes_one_apart()
    {
        for (int files = 0; files <= 300; files += 7)
        {
            for (int count = 1; count <= 9; count++)
            {
                int next = 0;
                int smallest = int.MaxValue, largest = 0;
                for (int k = 0; k < count; k++)
                {
                    (int start, int end) = new Shard(k, count).RangeOf(files);
                    Assert.Equal(next, start);
                    smallest = Math.Min(smallest, end - start);
                    largest = Math.Max(largest, end - start);
                    next = end;
                }

                Assert.Equal(files, next);
                Assert.True(largest - smallest <= 1, $"{files} files in {count}: {smallest}..{largest}");
            }
        }
    }

    [Theory]
    [InlineData("0/2", true)]
    [InlineData("3/4", true)]
    [InlineData("4/4", false)]
    [InlineData("-1/4", false)]
    [InlineData("1/0", false)]
    [InlineData("1", false)]
    [InlineData("/2", false)]
    [InlineData("a/b", false)]
    public void Shard_argument_is_K_of_N(string text, bool valid)
    {
        Assert.Equal(valid, Shard.TryParse(text, out Shard shard));
        if (valid)
        {
            Assert.Equal(text, shard.ToString());
        }
    }

    [Fact]
    public void The_shares_of_workers_put_together_are_the_whole_report()
    {
        using TempFolder dir = Newsroom(30);
        string whole = CliRun.Run(dir.Path, "check", ".", "-j", "1").Stdout;
        string joined = "";
        for (int k = 0; k < 3; k++)
        {
            var (exit, stdout, stderr) = CliRun.Run(dir.Path, "check", ".", "--shard", $"{k}/3", "-j", "1");
            Assert.Equal(0, exit);
            Assert.StartsWith(CheckCommand.ShardTally, stderr.Trim(), StringComparison.Ordinal);
            Assert.DoesNotContain("file(s) checked", stderr, StringComparison.Ordinal);
            joined += stdout;
        }

        Assert.Equal(whole, joined);
        Assert.Equal(10, whole.Split('\n').Count(line => line.Contains(": warning NL4001:", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_run_with_workers_reports_what_one_process_reports()
    {
        using TempFolder dir = Newsroom(40);
        var alone = CliRun.Run(dir.Path, "check", ".", "-j", "1", "--warnaserror");
        int started = 0;
        var (exit, stdout, stderr) = Check(dir.Path, ["check", ".", "-j", "4", "--warnaserror"], (arguments, workingDirectory) =>
        {
            started++;
            var run = CliRun.Run(workingDirectory, ["check", .. arguments]);
            return () => new ShardOutput(run.ExitCode, run.Stdout, run.Stderr);
        });

        Assert.Equal(3, started);
        Assert.Equal(alone.Stdout, stdout);
        Assert.Equal(alone.Stderr, stderr);
        Assert.Equal(1, exit);
        Assert.Equal(alone.ExitCode, exit);
    }

    [Fact]
    public void A_worker_that_fails_or_cannot_start_has_its_files_checked_by_the_parent()
    {
        using TempFolder dir = Newsroom(40);
        var alone = CliRun.Run(dir.Path, "check", ".", "-j", "1");
        int calls = 0;
        var (exit, stdout, stderr) = Check(dir.Path, ["check", ".", "-j", "4"], (arguments, workingDirectory) =>
        {
            // The first worker crashes with half its report written, the second never starts, the third works.
            calls++;
            if (calls == 2)
            {
                throw new IOException("no such executable");
            }

            var run = CliRun.Run(workingDirectory, ["check", .. arguments]);
            return calls == 1
                ? () => new ShardOutput(134, run.Stdout.Substring(0, run.Stdout.Length / 2), "Segmentation fault\n")
                : () => new ShardOutput(run.ExitCode, run.Stdout, run.Stderr);
        });

        Assert.Equal(alone.Stdout, stdout);
        Assert.Equal(alone.ExitCode, exit);
        Assert.Contains("newslint: the worker process for files 11-20 failed (exit code 134); checking them here", stderr, StringComparison.Ordinal);
        Assert.Contains("newslint: the worker process for files 21-30 failed (no such executable); checking them here", stderr, StringComparison.Ordinal);
        Assert.EndsWith(alone.Stderr, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_and_few_files_stay_in_one_process()
    {
        using TempFolder dir = Newsroom(8);
        ShardLauncher never = (_, _) => throw new InvalidOperationException("no worker expected");
        Assert.Equal(0, Check(dir.Path, ["check", ".", "-j", "4", "--format", "json"], never, minFiles: 2).ExitCode);
        Assert.Equal(0, Check(dir.Path, ["check", ".", "-j", "4"], never, minFiles: 5).ExitCode);
    }

    /// <summary>Articles in a few folders, every third one with a place listed twice.</summary>
    private static TempFolder Newsroom(int articles)
    {
        var dir = new TempFolder();
        for (int i = 0; i < articles; i++)
        {
            dir.Write($"desk{i % 4}/article-{i:D3}.md", i % 3 == 0 ? Duplicate : Clean);
        }

        return dir;
    }

    private static (int ExitCode, string Stdout, string Stderr) Check(string workingDirectory, string[] args, ShardLauncher launcher, int minFiles = 10)
    {
        Assert.True(CheckOptions.TryParse(args.AsSpan(1), out CheckOptions? options, out string? error), error);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var command = new CheckCommand(options!, stdout, stderr, workingDirectory, launcher) { MinFilesPerProcess = minFiles };
        int exit = command.Run();
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
