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
public sealed partial class CheckCommand
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

    public int Run()
    {
        if (!_options.TryCreateEngine(_workingDirectory, _stderr, out LintEngine? engine, out RuleSet? rules, out List<string> ruleFolders))
        {
            return ExitCodes.BadUsage;
        }

        IDiagnosticFormatter formatter = _options.Format switch
        {
            OutputFormat.Json => new JsonFormatter(_options.Explain),
            OutputFormat.Sarif => new SarifFormatter(),
            _ => new TextFormatter(),
        };
        var resolver = new EditorConfigResolver();
        if (_options is { Shard: { } worker, Board: { } boardPath })
        {
            return RunWorker(worker, boardPath, engine!, resolver, formatter); // the first process's files, from the board
        }

        var missing = new List<string>();
        List<string> files = ArticleFinder.Find(_options.Paths, _workingDirectory, ruleFolders, missing);
        Shard? shard = _options.Shard;
        foreach (string path in shard is null ? missing : NoPaths)
        {
            _stderr.WriteLine($"newslint: '{path}' does not exist");
        }

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

        void LintRange(int start, int end, int parallelism)
        {
            var inOrder = new InOrder<FileResult>(end - start, result =>
            {
                if (result.Error is not null)
                {
                    unreadable = true;
                    _stderr.WriteLine(result.CannotRead);
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
            // Run by hand without a board: its contiguous share. The rule files' own findings and the summary are the
            // first process's.
            (int start, int end) = share.RangeOf(files.Count);
            LintRange(start, end, _options.Parallelism);
            _stdout.Flush();
            return unreadable ? ExitCodes.BadUsage : tally.Errors > 0 ? ExitCodes.LintErrors : ExitCodes.Success;
        }

        Report(rules!.Diagnostics);
        int processes = streaming && _launcher is not null
            ? Math.Min(_options.Parallelism, files.Count / MinFilesPerProcess)
            : 1;
        if (processes <= 1 || !TryRunShards(processes, files, engine!, resolver, formatter, tally, ref unreadable))
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

    private sealed record FileResult(string Path, LintResult? Result, IReadOnlyList<LintDiagnostic> Diagnostics, string? Error)
    {
        /// <summary>The note for a file that could not be read.</summary>
        public string CannotRead => $"newslint: cannot read '{Path}': {Error}";
    }

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
