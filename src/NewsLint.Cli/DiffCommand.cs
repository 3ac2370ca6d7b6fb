using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using NewsLint.Analysis;
using NewsLint.Cli.Output;
using NewsLint.Recognizers.Canon;

namespace NewsLint.Cli;

/// <summary>
/// <c>newslint diff FILE...</c>: every quotation matched to a canonical clause (<c>rules/canon</c>), shown word by word
/// against the part of the clause it covers; in colour on a terminal, or side by side in HTML.
/// </summary>
public sealed class DiffCommand
{
    private readonly DiffOptions _options;
    private readonly TextWriter _stdout;
    private readonly TextWriter _stderr;
    private readonly string _workingDirectory;
    private readonly bool _stdoutIsTerminal;

    public DiffCommand(DiffOptions options, TextWriter stdout, TextWriter stderr, string workingDirectory, bool stdoutIsTerminal)
    {
        _options = options;
        _stdout = stdout;
        _stderr = stderr;
        _workingDirectory = workingDirectory;
        _stdoutIsTerminal = stdoutIsTerminal;
    }

    public int Run()
    {
        if (!_options.TryCreateEngine(_workingDirectory, _stderr, out LintEngine? engine, out _, out List<string> ruleFolders))
        {
            return ExitCodes.BadUsage;
        }
        var missing = new List<string>();
        List<string> files = ArticleFinder.Find(_options.Paths, _workingDirectory, ruleFolders, missing);
        foreach (string path in missing)
        {
            _stderr.WriteLine($"newslint: '{path}' does not exist");
        }

        var articles = new List<ClauseDiffArticle>(files.Count);
        bool unreadable = missing.Count > 0;
        foreach (string file in files)
        {
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(file);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                _stderr.WriteLine($"newslint: cannot read '{Display(file)}': {ex.Message}");
                unreadable = true;
                continue;
            }

            LintResult result = engine!.Lint(Display(file), bytes);
            ImmutableArray<ClauseMatch> matches = result.Mentions.TryGetValue(ClauseMatchRecognizer.Instance, out object? found)
                ? (ImmutableArray<ClauseMatch>)found
                : ImmutableArray<ClauseMatch>.Empty;
            articles.Add(new ClauseDiffArticle(Display(file), result, matches));
        }

        if (_options.Html)
        {
            ClauseDiffHtml.Write(_stdout, articles);
        }
        else
        {
            ClauseDiffText.Write(_stdout, articles, _options.Color ?? _stdoutIsTerminal);
        }

        _stdout.Flush(); // the report before the summary on standard error
        int count = 0;
        foreach (ClauseDiffArticle article in articles)
        {
            count += article.Matches.Length;
        }

        _stderr.WriteLine($"newslint: {files.Count} file(s) read, {count} quotation(s) matched to canonical clauses");
        return unreadable ? ExitCodes.BadUsage : ExitCodes.Success;
    }

    private string Display(string fullPath) => RuleFolderReader.Display(_workingDirectory, fullPath);
}
