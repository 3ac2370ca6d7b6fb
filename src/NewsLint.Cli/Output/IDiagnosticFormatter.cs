using System.Collections.Generic;
using System.IO;
using NewsLint.Diagnostics;

namespace NewsLint.Cli.Output;

/// <summary>Writes a run's diagnostics in one output format.</summary>
public interface IDiagnosticFormatter
{
    void Write(TextWriter writer, IReadOnlyList<LintDiagnostic> diagnostics, IReadOnlyList<ArticleReport> articles);
}
