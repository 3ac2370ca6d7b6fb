using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace NewsLint.Analyzers.Tests;

/// <summary>
/// The compiler may run the analyzer on many articles at once. Its findings must be the same, in content and in order
/// once sorted as the compiler sorts them, with Roslyn's concurrent execution on and off.
/// </summary>
public sealed class ConcurrentExecutionTests
{
    private const string Article = """
        ---
        language: id
        ---
        Pasukan Rusia menyerang Kyiv, Berdyansk, Kharkiv, Sumy, Berdyansk, dan Chernihiv.

        Pada hari Senin, 17 Mei 2022, para pemimpin bertemu di Moskow.

        ‘’Dalam hal tindakan agresi terhadap salah satu negara peserta, semua negara peserta lain akan memberikan bantuan.’’
        """;

    [Fact]
    public async Task Findings_are_identical_with_concurrent_execution_on_and_off()
    {
        IReadOnlyList<string> concurrent = await RunAsync(concurrentAnalysis: true, run: "concurrent");
        IReadOnlyList<string> sequential = await RunAsync(concurrentAnalysis: false, run: "sequential");
        Assert.Equal(sequential, concurrent);
        foreach (string id in new[] { " NL4001 ", " NL1001 ", " NL2001 " })
        {
            Assert.Equal(40, concurrent.Count(line => line.Contains(id, System.StringComparison.Ordinal)));
        }
    }

    private static async Task<IReadOnlyList<string>> RunAsync(bool concurrentAnalysis, string run)
    {
        // A comment unique to each run makes every article new to the analyzer's result cache, so both runs lint.
        var files = Enumerable.Range(0, 40)
            .Select(i => (AdditionalText)new InMemoryText($"/news/articles/a{i:D2}.md", Article + $"\n<!-- {run} -->\n"))
            .ToImmutableArray();
        CSharpCompilation compilation = CSharpCompilation.Create("news", new[] { CSharpSyntaxTree.ParseText(string.Empty) });
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(files), onAnalyzerException: null, concurrentAnalysis, logAnalyzerExecutionTime: false);
        var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new NewsLintAnalyzer()), options);
        ImmutableArray<Diagnostic> diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001" || d.Id == "NL0004");
        return diagnostics
            .Select(d => $"{d.Location.GetLineSpan()} {d.Id} {d.Severity} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}")
            .OrderBy(line => line, System.StringComparer.Ordinal)
            .ToList();
    }

    private sealed class InMemoryText : AdditionalText
    {
        private readonly SourceText _text;

        public InMemoryText(string path, string text)
        {
            Path = path;
            _text = SourceText.From(text);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
