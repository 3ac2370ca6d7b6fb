using System;

namespace NewsLint.Diagnostics;

/// <summary>The one stable order of diagnostics: path, position, ID, message.</summary>
public static class DiagnosticOrder
{
    public static int Compare(LintDiagnostic? x, LintDiagnostic? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return -1;
        }

        if (y is null)
        {
            return 1;
        }

        int c = string.CompareOrdinal(x.Path, y.Path);
        if (c == 0)
        {
            c = x.Span.Start.CompareTo(y.Span.Start);
        }

        if (c == 0)
        {
            c = x.Span.End.CompareTo(y.Span.End);
        }

        if (c == 0)
        {
            c = string.CompareOrdinal(x.Id, y.Id);
        }

        return c != 0 ? c : string.Compare(x.Message, y.Message, StringComparison.Ordinal);
    }
}
