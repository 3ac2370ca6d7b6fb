using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.IO;
using System.Linq;
using System.Threading;
using NewsLint.Analysis;
using NewsLint.Cli.Configuration;
using NewsLint.Cli.Output;

namespace NewsLint.Cli;

/// <summary>A run over several processes (<see cref="ShardProcesses"/>, <see cref="ShardBoard"/>).</summary>
public sealed partial class CheckCommand
{
    /// <summary>
    /// Lints with <paramref name="processes"/> processes, this one and workers started here, which claim chunks of the
    /// files from a shared board and print each in its turn. False, with nothing linted, when no board can be made.
    /// </summary>
    private bool TryRunShards(int processes, List<string> files, LintEngine engine, EditorConfigResolver resolver, IDiagnosticFormatter formatter, Tally tally, ref bool unreadable)
    {
        string path = Path.Combine(Path.GetTempPath(), "newslint-" + Guid.NewGuid().ToString("N") + ".board");
        ShardBoard board;
        try
        {
            board = ShardBoard.Create(path, files, processes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TryDelete(path);
            return false;
        }

        try
        {
            _stdout.Flush(); // the rule files' own findings, before any chunk a worker prints
            var workers = new IShardWorker?[processes];
            for (int k = 1; k < processes; k++)
            {
                string[] arguments = [.. _options.Arguments, "--shard", new Shard(k, processes).ToString(), "--board", path, "-j", "1"];
                try
                {
                    workers[k] = _launcher!(arguments, _workingDirectory);
                }
                catch (Exception ex) when (ex is IOException or InvalidOperationException or UnauthorizedAccessException or Win32Exception)
                {
                    _stderr.WriteLine($"newslint: worker process {k} could not start ({ex.Message}); the others check its files");
                }
            }

            board.Expect(workers.Count(worker => worker is not null));
            new ChunkRun(this, board, 0, files, engine, resolver, formatter).Run(workers);
            foreach (IShardWorker? worker in workers)
            {
                worker?.WaitForExit(); // every chunk is printed: each worker has finished, or stopped
            }

            for (int k = 0; k < processes; k++)
            {
                (int errors, int warnings, bool missed) = board.TallyOf(k);
                tally.Add(errors, warnings);
                unreadable |= missed;
            }
        }
        finally
        {
            board.Dispose();
            TryDelete(path);
        }

        return true;
    }

    /// <summary>A worker (<c>--shard K/N --board PATH</c>): claims chunks of the first process's files until none is left.
    /// The rule files' own findings and the summary are the first process's.</summary>
    private int RunWorker(Shard share, string boardPath, LintEngine engine, EditorConfigResolver resolver, IDiagnosticFormatter formatter)
    {
        using ShardBoard? board = OpenBoard(boardPath);
        if (board is null)
        {
            return ExitCodes.BadUsage;
        }

        if (board.Processes != share.Count)
        {
            _stderr.WriteLine($"newslint: the run's board is for {board.Processes} processes, not {share.Count}");
            return ExitCodes.BadUsage;
        }

        var own = new ChunkRun(this, board, share.Index, board.Files, engine, resolver, formatter);
        if (!own.Run(workers: null))
        {
            return ExitCodes.BadUsage; // the first process has stopped: nobody is left to print for
        }

        (int errors, _, bool missed) = board.TallyOf(share.Index);
        return missed ? ExitCodes.BadUsage : errors > 0 ? ExitCodes.LintErrors : ExitCodes.Success;
    }

    /// <summary>In a worker: the run's board, or null (with a note) when it cannot be opened or is not a board.</summary>
    private ShardBoard? OpenBoard(string path)
    {
        try
        {
            ShardBoard? board = ShardBoard.Open(path);
            if (board is null)
            {
                _stderr.WriteLine($"newslint: '{path}' is not the board of a newslint run");
            }

            return board;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _stderr.WriteLine($"newslint: cannot open the run's board '{path}': {ex.Message}");
            return null;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Still mapped by a worker (Windows): the temporary folder's own cleaning takes it.
        }
    }

    /// <summary>One process's part of a run over a board: claims chunks until none is left, prints each when its turn
    /// comes, and (in the first process) lints again a chunk whose worker stopped before printing it.</summary>
    private sealed class ChunkRun
    {
        private readonly CheckCommand _command;
        private readonly ShardBoard _board;
        private readonly int _me;
        private readonly IReadOnlyList<string> _files;
        private readonly LintEngine _engine;
        private readonly EditorConfigResolver _resolver;
        private readonly IDiagnosticFormatter _formatter;
        private readonly Queue<ChunkReport> _held = new();
        private readonly Stack<ChunkReport> _spare = new();
        private readonly BetweenArticlesCollector _collector = new();

        public ChunkRun(CheckCommand command, ShardBoard board, int me, IReadOnlyList<string> files, LintEngine engine, EditorConfigResolver resolver, IDiagnosticFormatter formatter)
        {
            _command = command;
            _board = board;
            _me = me;
            _files = files;
            _engine = engine;
            _resolver = resolver;
            _formatter = formatter;
        }

        /// <summary>With <paramref name="workers"/> (the first process), returns when every chunk is printed; without
        /// (a worker), when every chunk this process claimed is, or false as soon as the first process has stopped.</summary>
        public bool Run(IShardWorker?[]? workers)
        {
            bool worker = workers is null;
            while (!(worker && ShardProcesses.ParentGone) && _board.TryClaim(_me, out int chunk))
            {
                _held.Enqueue(Lint(chunk));
                PrintReady();
                if (!worker)
                {
                    _board.DeleteNameWhenOpened();
                }
            }

            int idle = 0;
            while (worker ? _held.Count > 0 : _board.Turn < _board.Chunks)
            {
                if (PrintReady() || (!worker && TryTakeOver(workers!)))
                {
                    idle = 0;
                    continue;
                }

                if (worker && ShardProcesses.ParentGone)
                {
                    return false;
                }

                // Waiting is for the last chunks only: yield a few times, then sleep a millisecond at a time.
                if (idle++ < 50)
                {
                    Thread.Yield();
                }
                else
                {
                    Thread.Sleep(1);
                }
            }

            return true;
        }

        private bool PrintReady()
        {
            bool printed = false;
            while (_held.Count > 0 && _held.Peek().Chunk == _board.Turn)
            {
                Print(_held.Dequeue());
                printed = true;
            }

            return printed;
        }

        /// <summary>The turn's chunk was claimed by a worker that has stopped without printing it: lint it here.</summary>
        private bool TryTakeOver(IShardWorker?[] workers)
        {
            int chunk = _board.Turn;
            int owner = _board.OwnerOf(chunk);
            if (owner == _me || !(owner > 0 ? workers[owner] is not { HasExited: false } : AllStopped(workers)))
            {
                return false;
            }

            // Read again once the worker is known to have stopped: it may have printed the chunk just before.
            if (_board.Turn != chunk)
            {
                return true;
            }

            (int start, int end) = ShardBoard.RangeOf(chunk, _files.Count);
            string who = owner > 0 ? $"worker process {owner}" : "a worker process";
            _command._stderr.WriteLine($"newslint: {who} stopped before printing files {start + 1}-{end}; checking them here");
            Print(Lint(chunk));
            return true;
        }

        private static bool AllStopped(IShardWorker?[] workers)
        {
            foreach (IShardWorker? worker in workers)
            {
                if (worker is { HasExited: false })
                {
                    return false;
                }
            }

            return true;
        }

        private ChunkReport Lint(int chunk)
        {
            ChunkReport report = _spare.Count > 0 ? _spare.Pop() : new ChunkReport();
            report.Start(chunk);
            (int start, int end) = ShardBoard.RangeOf(chunk, _files.Count);
            for (int i = start; i < end; i++)
            {
                FileResult result = _command.LintFile(_engine, _resolver, _files[i]);
                if (result.Error is not null)
                {
                    report.Unreadable = true;
                    report.Notes.WriteLine(result.CannotRead);
                }
                else
                {
                    report.Tally.Add(result.Diagnostics);
                    _formatter.Write(report.Text, result.Diagnostics, NoArticles);
                }

                _collector.AfterArticle();
            }

            return report;
        }

        /// <summary>Prints a chunk whose turn it is, to the output every process shares, and passes the turn on.</summary>
        private void Print(ChunkReport report)
        {
            _command._stdout.Write(report.Text.GetStringBuilder());
            _command._stdout.Flush();
            if (report.Unreadable)
            {
                _command._stderr.Write(report.Notes.GetStringBuilder());
                _command._stderr.Flush();
            }

            _board.Printed(_me, report.Chunk, report.Tally.Errors, report.Tally.Warnings, report.Unreadable);
            _spare.Push(report);
        }
    }

    /// <summary>A chunk's report, waiting for its turn; reused for later chunks.</summary>
    private sealed class ChunkReport
    {
        public int Chunk { get; private set; }

        public StringWriter Text { get; } = new();

        public StringWriter Notes { get; } = new();

        public Tally Tally { get; private set; } = new();

        public bool Unreadable { get; set; }

        public void Start(int chunk)
        {
            Chunk = chunk;
            Text.GetStringBuilder().Clear();
            Notes.GetStringBuilder().Clear();
            Tally = new Tally();
            Unreadable = false;
        }
    }
}
