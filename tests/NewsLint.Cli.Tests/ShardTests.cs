using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using Xunit;

namespace NewsLint.Cli.Tests;

/// <summary>Worker processes (<c>--shard K/N --board PATH</c>): all processes claim chunks of the files and print them in
/// file order, so a run with workers reports exactly what one process does. Workers run on threads here, through the
/// launcher.</summary>
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
    public void The_shares_of_processes_run_by_hand_put_together_are_the_whole_report()
    {
        // Without a board (--shard K/N alone, e.g. one share per CI job), each process lints its contiguous share.
        using TempFolder dir = Newsroom(30);
        string whole = CliRun.Run(dir.Path, "check", ".", "-j", "1").Stdout;
        string joined = "";
        for (int k = 0; k < 3; k++)
        {
            var (exit, stdout, stderr) = CliRun.Run(dir.Path, "check", ".", "--shard", $"{k}/3", "-j", "1");
            Assert.Equal(0, exit);
            Assert.DoesNotContain("file(s) checked", stderr, StringComparison.Ordinal);
            joined += stdout;
        }

        Assert.Equal(whole, joined);
        Assert.Equal(10, whole.Split('\n').Count(line => line.Contains(": warning NL4001:", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_run_with_workers_reports_what_one_process_reports()
    {
        // 200 files, 13 chunks; each worker claims a chunk before the first process starts, so all three print. Two
        // files cannot be read (links to nothing): their notes come in the same place, and the exit code says so.
        using TempFolder dir = Newsroom(200);
        if (!OperatingSystem.IsWindows())
        {
            File.CreateSymbolicLink(Path.Combine(dir.Path, "desk1", "article-050.md"), Path.Combine(dir.Path, "nowhere.md"));
            File.CreateSymbolicLink(Path.Combine(dir.Path, "desk3", "article-999.md"), Path.Combine(dir.Path, "nowhere.md"));
        }

        var alone = CliRun.Run(dir.Path, "check", ".", "-j", "1", "--warnaserror");
        int started = 0;
        var (exit, stdout, stderr) = Check(dir.Path, ["check", ".", "-j", "3", "--warnaserror"], (output, errors) => (arguments, workingDirectory) =>
        {
            started++;
            return InProcessWorker.Start(arguments, workingDirectory, output, errors, waitForAClaim: true);
        });

        Assert.Equal(2, started);
        Assert.Equal(alone.Stdout, stdout);
        Assert.Equal(alone.Stderr, stderr);
        Assert.Equal(OperatingSystem.IsWindows() ? 1 : 2, exit);
        Assert.Equal(OperatingSystem.IsWindows() ? 0 : 2, stderr.Split('\n').Count(line => line.StartsWith("newslint: cannot read", StringComparison.Ordinal)));
        Assert.Equal(alone.ExitCode, exit);
    }

    [Fact]
    public void Chunks_of_a_worker_that_stops_or_cannot_start_are_checked_by_the_first_process()
    {
        using TempFolder dir = Newsroom(200);
        var alone = CliRun.Run(dir.Path, "check", ".", "-j", "1");
        int calls = 0;
        var (exit, stdout, stderr) = Check(dir.Path, ["check", ".", "-j", "4"], (output, errors) => (arguments, workingDirectory) =>
        {
            // The first worker claims the first two chunks and stops without printing them, the second never starts,
            // the third works.
            calls++;
            return calls switch
            {
                1 => ClaimAndStop(arguments, workingDirectory, chunks: 2),
                2 => throw new IOException("no such executable"),
                _ => InProcessWorker.Start(arguments, workingDirectory, output, errors, waitForAClaim: false),
            };
        });

        Assert.Equal(alone.Stdout, stdout);
        Assert.Equal(alone.ExitCode, exit);
        Assert.Contains("newslint: worker process 1 stopped before printing files 1-16; checking them here", stderr, StringComparison.Ordinal);
        Assert.Contains("newslint: worker process 1 stopped before printing files 17-32; checking them here", stderr, StringComparison.Ordinal);
        Assert.Contains("newslint: worker process 2 could not start (no such executable); the others check its files", stderr, StringComparison.Ordinal);
        Assert.EndsWith(alone.Stderr, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_worker_checks_the_files_the_first_process_found_even_if_the_folder_has_changed_since()
    {
        using TempFolder dir = Newsroom(40);
        string before = CliRun.Run(dir.Path, "check", ".", "-j", "1").Stdout;
        string path = Path.Combine(dir.Path, "run.board");
        using ShardBoard board = ShardBoard.Create(path, Files(dir.Path), processes: 2);
        dir.Write("desk0/article-000a.md", Duplicate); // written after the first process found the files: not in this run

        // Alone on the board, the worker claims all three chunks and, each in its turn, prints them.
        var (exit, stdout, stderr) = CliRun.Run(dir.Path, "check", ".", "--shard", "1/2", "--board", path, "-j", "1");

        Assert.Equal(0, exit);
        Assert.Equal("", stderr);
        Assert.Equal(before, stdout);
        Assert.DoesNotContain("article-000a.md", stdout, StringComparison.Ordinal);
        Assert.Equal(14, board.TallyOf(1).Warnings);
        Assert.Equal(3, board.Turn);
    }

    [Theory]
    [InlineData("3/4", "newslint: the run's board is for 2 processes, not 4")]
    [InlineData("1/2", "newslint: 'COPY' is not the board of a newslint run")]
    public void A_worker_that_does_not_fit_the_board_claims_nothing(string shard, string note)
    {
        using TempFolder dir = Newsroom(40);
        string path = Path.Combine(dir.Path, "run.board");
        using ShardBoard board = ShardBoard.Create(path, Files(dir.Path), processes: 2);
        string given = path;
        if (note.Contains("is not the board", StringComparison.Ordinal))
        {
            given = path + ".copy";
            File.WriteAllBytes(given, File.ReadAllBytes(path)[..^2]); // cut short
            note = note.Replace("COPY", given, StringComparison.Ordinal);
        }

        var (exit, stdout, stderr) = CliRun.Run(dir.Path, "check", ".", "--shard", shard, "--board", given, "-j", "1");

        Assert.Equal(2, exit);
        Assert.Equal("", stdout);
        Assert.StartsWith(note, stderr, StringComparison.Ordinal);
        Assert.False(board.AllClaimed);
        Assert.Equal(-1, board.OwnerOf(0));
    }

    [Fact]
    public void Json_and_few_files_stay_in_one_process()
    {
        using TempFolder dir = Newsroom(8);
        ShardLauncher never = (_, _) => throw new InvalidOperationException("no worker expected");
        Assert.Equal(0, Check(dir.Path, ["check", ".", "-j", "4", "--format", "json"], (_, _) => never, minFiles: 2).ExitCode);
        Assert.Equal(0, Check(dir.Path, ["check", ".", "-j", "4"], (_, _) => never, minFiles: 5).ExitCode);
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

    private static List<string> Files(string workingDirectory) =>
        ArticleFinder.Find(["."], workingDirectory, Array.Empty<string>(), new List<string>());

    /// <summary>Runs the command with a launcher made for its own standard output and error, as workers share them.</summary>
    private static (int ExitCode, string Stdout, string Stderr) Check(string workingDirectory, string[] args, Func<TextWriter, TextWriter, ShardLauncher> launcher, int minFiles = 10)
    {
        Assert.True(CheckOptions.TryParse(args.AsSpan(1), out CheckOptions? options, out string? error), error);
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var command = new CheckCommand(options!, stdout, stderr, workingDirectory, launcher(stdout, stderr)) { MinFilesPerProcess = minFiles };
        int exit = command.Run();
        return (exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>A worker that claims the first <paramref name="chunks"/> chunks it can and stops without printing.</summary>
    private static IShardWorker ClaimAndStop(string[] arguments, string workingDirectory, int chunks)
    {
        (Shard shard, string path) = ShardAndBoard(arguments);
        using ShardBoard board = ShardBoard.Open(path) ?? throw new InvalidOperationException("no board");
        for (int i = 0; i < chunks; i++)
        {
            Assert.True(board.TryClaim(shard.Index, out _));
        }

        return new StoppedWorker();
    }

    private static (Shard Shard, string Board) ShardAndBoard(string[] arguments)
    {
        Assert.True(CheckOptions.TryParse(arguments, out CheckOptions? options, out string? error), error);
        return (options!.Shard!.Value, options.Board!);
    }

    private sealed class StoppedWorker : IShardWorker
    {
        public bool HasExited => true;

        public int WaitForExit() => 134;
    }

    /// <summary>A worker run on a thread of this process, printing to the first process's writers in its turns.</summary>
    private sealed class InProcessWorker : IShardWorker
    {
        private readonly Thread _thread;
        private int _exitCode = -1;

        private InProcessWorker(CheckCommand command)
        {
            _thread = new Thread(() => _exitCode = command.Run()) { IsBackground = true };
        }

        public bool HasExited => !_thread.IsAlive;

        public static InProcessWorker Start(string[] arguments, string workingDirectory, TextWriter stdout, TextWriter stderr, bool waitForAClaim)
        {
            Assert.True(CheckOptions.TryParse(arguments, out CheckOptions? options, out string? error), error);
            var worker = new InProcessWorker(new CheckCommand(options!, stdout, stderr, workingDirectory, launcher: null));
            worker._thread.Start();
            if (waitForAClaim)
            {
                (Shard shard, string path) = ShardAndBoard(arguments);
                using ShardBoard board = ShardBoard.Open(path) ?? throw new InvalidOperationException("no board");
                var waited = Stopwatch.StartNew();
                while (!Enumerable.Range(0, board.Chunks).Any(chunk => board.OwnerOf(chunk) == shard.Index))
                {
                    Assert.True(waited.Elapsed < TimeSpan.FromSeconds(30), "the worker claimed no chunk");
                    Thread.Sleep(1);
                }
            }

            return worker;
        }

        public int WaitForExit()
        {
            _thread.Join();
            return _exitCode;
        }
    }
}
