using System.Collections.Generic;
using System.IO;
using NewsLint.Diagnostics;

namespace NewsLint.Cli.Output;

/// <summary>MSBuild's canonical format, so IDEs and CI log parsers pick the lines up: <c>path(line,col): warning NL4001: message</c>.</summary>
public sealed class TextFormatter : IDiagnosticFormatter
{
    public void Write(TextWriter writer, IReadOnlyList<LintDiagnostic> diagnostics, IReadOnlyList<ArticleReport> articles)
    {
        foreach (LintDiagnostic d in diagnostics)
        {
            if (d.Severity == Severity.Hidden)
            {
                continue;
            }

            string severity = d.Severity == Severity.Info ? "info" : SeverityNames.ToName(d.Severity);
            writer.WriteLine($"{d.Path}({d.LineSpan.Start.Line},{d.LineSpan.Start.Column}): {severity} {d.Id}: {d.Message}");
        }
    }
}
