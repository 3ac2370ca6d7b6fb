using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using NewsLint.Diagnostics;

namespace NewsLint.Cli.Output;

/// <summary>MSBuild's canonical format, so IDEs and CI log parsers pick the lines up: <c>path(line,col): warning NL4001: message</c>.</summary>
public sealed class TextFormatter : IDiagnosticFormatter
{
    public void Write(TextWriter writer, IReadOnlyList<LintDiagnostic> diagnostics, IReadOnlyList<ArticleReport> articles)
    {
        // Written piece by piece into the buffered writer: this loop is the one serial part of a run over many files.
        Span<char> number = stackalloc char[11];
        foreach (LintDiagnostic d in diagnostics)
        {
            if (d.Severity == Severity.Hidden)
            {
                continue;
            }

            writer.Write(d.Path);
            writer.Write('(');
            WriteNumber(writer, d.LineSpan.Start.Line, number);
            writer.Write(',');
            WriteNumber(writer, d.LineSpan.Start.Column, number);
            writer.Write("): ");
            writer.Write(d.Severity == Severity.Info ? "info" : SeverityNames.ToName(d.Severity));
            writer.Write(' ');
            writer.Write(d.Id);
            writer.Write(": ");
            writer.WriteLine(d.Message);
        }
    }

    private static void WriteNumber(TextWriter writer, int value, Span<char> buffer)
    {
        value.TryFormat(buffer, out int written, provider: CultureInfo.InvariantCulture);
        writer.Write(buffer.Slice(0, written));
    }
}
