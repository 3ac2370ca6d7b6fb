using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Globalization;
using System.IO;
using NewsLint.Analysis;
using NewsLint.Cli.Configuration;
using NewsLint.Cli.Output;
using NewsLint.Diagnostics;
using NewsLint.Rules;
using NewsLint.Text;

namespace NewsLint.Cli;

/// <summary><c>newslint check</c>: lint files in parallel, print in a stable order, exit like a compiler.</summary>
public sealed class CheckCommand
{
    private readonly CheckOptions _options;
    private readonly TextWriter _stdout;
    private readonly TextWriter _stderr;
    private readonly string _workingDirectory;
    private readonly ShardLauncher? _launcher;

    public CheckCommand(CheckOptions options, TextWriter stdout, TextWriter stderr, string workingDirectory)
        : this(options, stdout, stderr, workingDirectory, ShardProcesses.Launcher)
    {
    }

    /// <summary>With <paramref name="launcher"/> null, every file is linted in this process.</summary>
    public CheckCommand(CheckOptions options, TextWriter stdout, TextWriter stderr, string workingDirectory, ShardLauncher? launcher)
    {
        _options = options;
        _stdout = stdout;
        _stderr = stderr;
        _workingDirectory = workingDirectory;
        _launcher = launcher;
    }

    /// <summary>Files a worker process must have at least (tests lower it to start workers on a few files).</summary>
    internal int MinFilesPerProcess { get; init; } = ShardProcesses.MinFilesPerProcess;

    /// <summary>The last line of a worker's standard error: its errors, warnings and whether a file was unreadable.</summary>
    internal const string ShardTally = "newslint-shard:";

    public int Run()
    {
        if (!_options.TryCreateEngine(_workingDirectory, _stderr, out LintEngine? engine, out RuleSet? rules, out List<string> ruleFolders))
        {
            return ExitCodes.BadUsage;
        }

        var missing = new List<string>();
        List<string> files = ArticleFinder.Find(_options.Paths, _workingDirectory, ruleFolders, missing);
        Shard? shard = _options.Shard;
        foreach (string path in shard is null ? missing : NoPaths)
        {
            _stderr.WriteLine($"newslint: '{path}' does not exist");
        }

        IDiagnosticFormatter formatter = _options.Format switch
        {
            OutputFormat.Json => new JsonFormatter(_options.Explain),
            OutputFormat.Sarif => new SarifFormatter(),
            _ => new TextFormatter(),
        };

        // Text is written file by file as the run goes; JSON and SARIF are one document each, written at the end.
        bool streaming = formatter is TextFormatter;
        var diagnostics = new List<LintDiagnostic>();
        var articles = new List<ArticleReport>(streaming ? 0 : files.Count);
        var tally = new Tally();
        bool unreadable = missing.Count > 0;
        void Report(IReadOnlyList<LintDiagnostic> found)
        {
            tally.Add(found);
            if (streaming)
            {
                formatter.Write(_stdout, found, NoArticles);
            }
            else
            {
                diagnostics.AddRange(found);
            }
        }

        var resolver = new EditorConfigResolver();
        void LintRange(int start, int end, int parallelism)
        {
            var inOrder = new InOrder<FileResult>(end - start, result =>
            {
                if (result.Error is not null)
                {
                    unreadable = true;
                    _stderr.WriteLine($"newslint: cannot read '{result.Path}': {result.Error}");
                    return;
                }

                Report(result.Diagnostics);
                if (!streaming)
                {
                    articles.Add(new ArticleReport(result.Path, result.Result!));
                }
            });
            BetweenArticlesCollector? collector = Math.Min(parallelism, end - start) == 1 ? new BetweenArticlesCollector() : null;
            InOrderWorkers.For(end - start, parallelism, i =>
            {
                inOrder.Complete(i, LintFile(engine!, resolver, files[start + i]));
                collector?.AfterArticle();
            });
        }

        if (shard is { } share)
        {
            // A worker: its share only; the rule files' own findings and the summary are the parent's.
            (int start, int end) = share.RangeOf(files.Count);
            LintRange(start, end, _options.Parallelism);
            _stdout.Flush();
            _stderr.WriteLine($"{ShardTally} {tally.Errors} {tally.Warnings} {(unreadable ? 1 : 0)}");
            return unreadable ? ExitCodes.BadUsage : tally.Errors > 0 ? ExitCodes.LintErrors : ExitCodes.Success;
        }

        Report(rules!.Diagnostics);
        int processes = streaming && _launcher is not null
            ? Math.Min(_options.Parallelism, files.Count / MinFilesPerProcess)
            : 1;
        if (processes > 1)
        {
            RunShards(processes, files.Count, LintRange, tally, ref unreadable);
        }
        else
        {
            LintRange(0, files.Count, _options.Parallelism);
        }

        if (!streaming)
        {
            formatter.Write(_stdout, diagnostics, articles);
        }

        _stdout.Flush(); // the report before the summary on standard error
        _stderr.WriteLine($"newslint: {files.Count} file(s) checked, {tally.Errors} error(s), {tally.Warnings} warning(s)");
        if (unreadable)
        {
            return ExitCodes.BadUsage;
        }

        return tally.Errors > 0 || (_options.WarningsAsErrors && tally.Warnings > 0) ? ExitCodes.LintErrors : ExitCodes.Success;
    }

    private static readonly IReadOnlyList<ArticleReport> NoArticles = Array.Empty<ArticleReport>();

    private static readonly List<string> NoPaths = new();

    /// <summary>
    /// Lints the first of <paramref name="processes"/> shares here while workers lint the others, then prints each
    /// worker's report in file order. A worker that cannot start or does not finish with its tally has its share
    /// linted here instead, with a note: no file goes unchecked.
    /// </summary>
    private void RunShards(int processes, int files, Action<int, int, int> lintRange, Tally tally, ref bool unreadable)
    {
        var workers = new Func<ShardOutput>?[processes];
        var failures = new string?[processes];
        for (int k = 1; k < processes; k++)
        {
            string[] arguments = [.. _options.Arguments, "--shard", new Shard(k, processes).ToString(), "-j", "1"];
            try
            {
                workers[k] = _launcher!(arguments, _workingDirectory);
            }
            catch (Exception ex) when (ex is IOException or InvalidOperationException or UnauthorizedAccessException or Win32Exception)
            {
                failures[k] = ex.Message;
            }
        }

        (int firstStart, int firstEnd) = new Shard(0, processes).RangeOf(files);
        lintRange(firstStart, firstEnd, 1);
        for (int k = 1; k < processes; k++)
        {
            if (workers[k] is { } wait)
            {
                _stdout.Flush(); // what comes before the worker's report, before the worker writes it
                ShardOutput output = wait();
                failures[k] = TryReadTally(output, out int errors, out int warnings, out bool missed)
                    ? null
                    : $"exit code {output.ExitCode}";
                if (failures[k] is null)
                {
                    if (output.Stdout is not null)
                    {
                        _stdout.Write(output.Stdout);
                    }

                    tally.Add(errors, warnings);
                    unreadable |= missed;
                    WriteNotes(output.Stderr);
                    continue;
                }
            }

            (int start, int end) = new Shard(k, processes).RangeOf(files);
            _stderr.WriteLine($"newslint: the worker process for files {start + 1}-{end} failed ({failures[k]}); checking them here");
            lintRange(start, end, 1);
        }
    }

    /// <summary>Reads the worker's tally line (the last line of its standard error).</summary>
    private static bool TryReadTally(ShardOutput output, out int errors, out int warnings, out bool unreadable)
    {
        errors = warnings = 0;
        unreadable = false;
        if (output.ExitCode is not (ExitCodes.Success or ExitCodes.LintErrors or ExitCodes.BadUsage))
        {
            return false;
        }

        string text = output.Stderr.TrimEnd();
        int at = text.LastIndexOf(ShardTally, StringComparison.Ordinal);
        if (at < 0 || (at > 0 && text[at - 1] != '\n'))
        {
            return false;
        }

        string[] fields = text.Substring(at + ShardTally.Length).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length != 3
            || !int.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out errors)
            || !int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out warnings))
        {
            return false;
        }

        unreadable = fields[2] == "1";
        return true;
    }

    /// <summary>Passes on what a worker said on standard error (files it could not read), without its tally line.</summary>
    private void WriteNotes(string stderr)
    {
        int at = stderr.LastIndexOf(ShardTally, StringComparison.Ordinal);
        if (at > 0)
        {
            _stderr.Write(stderr.AsSpan(0, at));
        }
    }

    private FileResult LintFile(LintEngine engine, EditorConfigResolver resolver, string fullPath)
    {
        string display = Display(fullPath);
        DecodedSource decoded;
        try
        {
            // Decoded at once (SourceDecoder, as the analyzer does: invalid UTF-8 or a NUL becomes NL0003 in the
            // engine, never a silent U+FFFD); the buffer is this thread's, reused for its next file.
            byte[] buffer = ReusedFileBuffer.Read(fullPath, out int length);
            decoded = SourceDecoder.Decode(buffer, length);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new FileResult(display, null, Array.Empty<LintDiagnostic>(), ex.Message);
        }

        LintResult result = engine.Lint(display, decoded);

        // Only --explain reads the parsed article and its mentions; without it, 10,000 kept parses cost gigabytes.
        LintResult reported = _options.Explain ? result : result.WithoutDetails();
        IReadOnlyDictionary<string, string> config = resolver.Resolve(fullPath);
        if (config.Count == 0)
        {
            // No .editorconfig or .globalconfig key applies: every finding keeps its severity.
            return new FileResult(display, reported, result.Diagnostics, null);
        }

        var kept = new List<LintDiagnostic>(result.Diagnostics.Length);
        foreach (LintDiagnostic diagnostic in result.Diagnostics)
        {
            Severity severity = SeverityConfiguration.Resolve(diagnostic, key => config.TryGetValue(key, out string? value) ? value : null);
            if (severity != Severity.None)
            {
                kept.Add(diagnostic.WithSeverity(severity));
            }
        }

        return new FileResult(display, reported, kept, null);
    }

    private string Display(string fullPath) => RuleFolderReader.Display(_workingDirectory, fullPath);

    private sealed record FileResult(string Path, LintResult? Result, IReadOnlyList<LintDiagnostic> Diagnostics, string? Error);

    /// <summary>Errors and warnings reported so far.</summary>
    private sealed class Tally
    {
        public int Errors { get; private set; }

        public int Warnings { get; private set; }

        public void Add(int errors, int warnings)
        {
            Errors += errors;
            Warnings += warnings;
        }

        public void Add(IReadOnlyList<LintDiagnostic> diagnostics)
        {
            foreach (LintDiagnostic diagnostic in diagnostics)
            {
                Errors += diagnostic.Severity == Severity.Error ? 1 : 0;
                Warnings += diagnostic.Severity == Severity.Warning ? 1 : 0;
            }
        }
    }
}
