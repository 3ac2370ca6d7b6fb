using System.Collections.Immutable;
using NewsLint.Text;

namespace NewsLint.Diagnostics;

/// <summary>One finding: an ID, a severity, a message and an exact place in a file (an article or a rule file).</summary>
public sealed class LintDiagnostic
{
    public LintDiagnostic(
        RuleDescriptor descriptor,
        Severity severity,
        string path,
        TextSpan span,
        LinePositionSpan lineSpan,
        string message,
        ImmutableDictionary<string, string>? properties = null)
    {
        Descriptor = descriptor;
        Severity = severity;
        Path = path;
        Span = span;
        LineSpan = lineSpan;
        Message = message;
        Properties = properties ?? ImmutableDictionary<string, string>.Empty;
    }

    public RuleDescriptor Descriptor { get; }

    public string Id => Descriptor.Id;

    public Severity Severity { get; }

    public string Path { get; }

    /// <summary>Offsets into the file's text (BOM excluded).</summary>
    public TextSpan Span { get; }

    public LinePositionSpan LineSpan { get; }

    public string Message { get; }

    /// <summary>Extra facts for tools (the JSON output), such as a suggested replacement.</summary>
    public ImmutableDictionary<string, string> Properties { get; }

    public LintDiagnostic WithSeverity(Severity severity) =>
        severity == Severity ? this : new LintDiagnostic(Descriptor, severity, Path, Span, LineSpan, Message, Properties);

    public override string ToString() =>
        $"{Path}({LineSpan.Start.Line},{LineSpan.Start.Column}): {SeverityNames.ToName(Severity)} {Id}: {Message}";
}
