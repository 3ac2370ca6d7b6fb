using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using NewsLint.Diagnostics;

namespace NewsLint.Cli.Output;

/// <summary>MSBuild's canonical format, so IDEs and CI log parsers pick the lines up: <c>path(line,col): warning NL4001: message</c>.</summary>
public sealed class TextFormatter : IDiagnosticFormatter
{
    /// <summary>A kept line buffer larger than this is dropped after use (one file with huge findings).</summary>
    private const int MaxKeptCapacity = 1 << 16;

    /// <summary>The lines of one call, per thread: composed here and handed to the writer in one call, as each call
    /// on the console's synchronized writer takes its lock (a line was ten calls).</summary>
    [ThreadStatic]
    private static StringBuilder? _lines;

    public void Write(TextWriter writer, IReadOnlyList<LintDiagnostic> diagnostics, IReadOnlyList<ArticleReport> articles)
    {
        // This loop is the one serial part of a run over many files.
        if (diagnostics.Count == 0)
        {
            return;
        }

        StringBuilder lines = _lines ??= new StringBuilder(1024);
        lines.Clear();
        Span<char> number = stackalloc char[11];
        string newLine = writer.NewLine;
        foreach (LintDiagnostic d in diagnostics)
        {
            if (d.Severity == Severity.Hidden)
            {
                continue;
            }

            lines.Append(d.Path).Append('(');
            AppendNumber(lines, d.LineSpan.Start.Line, number);
            lines.Append(',');
            AppendNumber(lines, d.LineSpan.Start.Column, number);
            lines.Append("): ")
                .Append(d.Severity == Severity.Info ? "info" : SeverityNames.ToName(d.Severity))
                .Append(' ')
                .Append(d.Id)
                .Append(": ")
                .Append(d.Message)
                .Append(newLine);
        }

        writer.Write(lines);
        if (lines.Capacity > MaxKeptCapacity)
        {
            _lines = null;
        }
    }

    private static void AppendNumber(StringBuilder lines, int value, Span<char> buffer)
    {
        value.TryFormat(buffer, out int written, provider: CultureInfo.InvariantCulture);
        lines.Append(buffer.Slice(0, written));
    }
}
