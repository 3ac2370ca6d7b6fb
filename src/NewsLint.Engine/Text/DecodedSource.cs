using System.Collections.Immutable;
using NewsLint.Diagnostics;

namespace NewsLint.Text;

/// <summary>A file's text as <see cref="SourceDecoder"/> decoded it, with what was wrong with its bytes.</summary>
public sealed class DecodedSource
{
    internal DecodedSource(string text, string encodingName, bool hadByteOrderMark, ImmutableArray<EncodingProblem> problems, string? hostEncoding)
    {
        Text = text;
        EncodingName = encodingName;
        HadByteOrderMark = hadByteOrderMark;
        Problems = problems;
        HostEncoding = hostEncoding;
    }

    /// <summary>The text without its byte order mark; invalid sequences and NULs are U+FFFD, one character each.</summary>
    public string Text { get; }

    /// <summary><c>utf-8</c>, <c>utf-8-bom</c>, <c>utf-16le</c>, <c>utf-16be</c>, <c>utf-32le</c> or <c>utf-32be</c>.</summary>
    public string EncodingName { get; }

    public bool HadByteOrderMark { get; }

    /// <summary>The first occurrence of each kind of problem, in byte order; empty for a clean file.</summary>
    public ImmutableArray<EncodingProblem> Problems { get; }

    /// <summary>The encoding the host had used when the text came from <see cref="SourceDecoder.FromHostText"/>.</summary>
    public string? HostEncoding { get; }

    /// <summary>One NL0003 per problem, placed on the replacement character in <paramref name="source"/> (built from <see cref="Text"/>).</summary>
    public ImmutableArray<LintDiagnostic> Diagnostics(SourceDocument source)
    {
        if (Problems.IsEmpty)
        {
            return ImmutableArray<LintDiagnostic>.Empty;
        }

        RuleDescriptor descriptor = InfrastructureDescriptors.InvalidEncoding;
        var diagnostics = ImmutableArray.CreateBuilder<LintDiagnostic>(Problems.Length);
        foreach (EncodingProblem problem in Problems)
        {
            int start = System.Math.Min(problem.CharOffset, source.Text.Length);
            var span = new TextSpan(start, start < source.Text.Length ? 1 : 0);
            diagnostics.Add(new LintDiagnostic(
                descriptor,
                descriptor.DefaultSeverity,
                source.Path,
                span,
                source.GetLineSpan(span),
                descriptor.FormatMessage(problem.Describe(EncodingName), problem.ByteOffset, problem.Count),
                ImmutableDictionary<string, string>.Empty
                    .Add("byteOffset", problem.ByteOffset.ToString(System.Globalization.CultureInfo.InvariantCulture))
                    .Add("encoding", EncodingName)));
        }

        return diagnostics.MoveToImmutable();
    }
}
