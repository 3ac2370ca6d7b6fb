using NewsLint.Analysis;

namespace NewsLint.Cli.Output;

/// <summary>One linted article, for formats that describe articles as well as diagnostics.</summary>
public sealed record ArticleReport(string Path, LintResult Result);
