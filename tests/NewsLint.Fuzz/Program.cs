using System;
using System.IO;
using NewsLint.Analysis;
using NewsLint.Diagnostics;
using NewsLint.Rules;
using NewsLint.Text;
using SharpFuzz;

namespace NewsLint.Fuzz;

/// <summary>
/// The fuzzing entry point (see docs/fuzzing.md): each input is an article's bytes. A crash is anything that escapes
/// the engine, an NL0004 (an internal failure the engine contained), or a diagnostic whose span is outside the text
/// or whose line and column disagree with its offset.
/// </summary>
public static class Program
{
    private static readonly LintEngine Engine = new(RuleSetLoader.LoadDefaults());

    public static void Main(string[] args)
    {
        if (args.Length > 0)
        {
            // Replay: `dotnet NewsLint.Fuzz.dll file...` checks saved inputs (crashes, the corpus) without afl-fuzz.
            foreach (string file in args)
            {
                Console.WriteLine(file);
                Check(File.ReadAllBytes(file));
            }

            return;
        }

        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            Check(memory.ToArray());
        });
    }

    public static void Check(byte[] bytes)
    {
        DecodedSource decoded = SourceDecoder.Decode(bytes);
        LintResult result = Engine.Lint("fuzz.md", decoded);
        var source = new SourceDocument("fuzz.md", decoded.Text);
        foreach (LintDiagnostic diagnostic in result.Diagnostics)
        {
            if (diagnostic.Id == InfrastructureDescriptors.InternalError.Id)
            {
                throw new InvalidOperationException("Contained internal error: " + diagnostic.Message);
            }

            if (diagnostic.Span.End > source.Text.Length)
            {
                throw new InvalidOperationException($"Span {diagnostic.Span} outside text of length {source.Text.Length}: {diagnostic}");
            }

            if (!diagnostic.LineSpan.Equals(source.GetLineSpan(diagnostic.Span)))
            {
                throw new InvalidOperationException($"LineSpan {diagnostic.LineSpan} disagrees with span {diagnostic.Span}: {diagnostic}");
            }
        }
    }
}
