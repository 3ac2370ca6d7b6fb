using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace NewsLint.Analyzers.Tests;

/// <summary>
/// Names and style rules through the compiler: shipped NL5xxx rules under their own IDs and per-folder severities; a
/// newsroom's own rule IDs under the declared carrier NL5000 with the rule's ID, message and severity.
/// </summary>
public sealed class StyleAnalyzerTests
{
    private const string Tempo = """
        rules:
          - id: TEMPO001
            kind: existence
            message: "Hindari kata sensasional '{match}'"
            severity: error
            tokens: [heboh]
          - id: TEMPO002
            kind: existence
            message: "Hindari '{match}'"
            severity: info
            tokens: [fantastis]
        """;

    [Fact]
    public Task Names_checks_in_an_article() => Verify.Article(
        "Shelling hit Kyiv on Monday, and the {|NL4004:the|} officials in {|NL4002:Kiev|} said the city was calm.\n");

    [Fact]
    public Task NL5001_per_folder_editorconfig_severity()
    {
        const string text = "Ancaman stabilitas di negara – negara yang sedang mengalami Revolusi Warna.";
        var test = Verify.Test(("/0/news/a.md", text), ("/0/archive/b.md", text));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", """
            root = true

            [*.md]
            newslint.NL5001.severity = error

            [/0/archive/**.md]
            newslint.NL5001.severity = none
            """));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("NL5001", DiagnosticSeverity.Error).WithSpan("/0/news/a.md", 1, 23, 1, 38));
        return test.RunAsync();
    }

    [Fact]
    public Task Newsroom_rule_is_reported_under_NL5000_with_its_own_id_message_and_severity()
    {
        var test = Verify.Test(
            ("/0/rules/style/tempo.yaml", Tempo),
            ("/0/news/a.md", "Pertemuan yang heboh dan fantastis itu dihadiri para pemimpin di Moskow.\n"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("NL5000", DiagnosticSeverity.Error)
            .WithSpan("/0/news/a.md", 1, 16, 1, 21)
            .WithMessage("TEMPO001: Hindari kata sensasional 'heboh'"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("NL5000", DiagnosticSeverity.Info)
            .WithSpan("/0/news/a.md", 1, 26, 1, 35)
            .WithMessage("TEMPO002: Hindari 'fantastis'"));
        return test.RunAsync();
    }

    [Fact]
    public Task Newsroom_rule_severity_is_configured_by_its_own_id()
    {
        var test = Verify.Test(
            ("/0/rules/style/tempo.yaml", Tempo),
            ("/0/news/a.md", "Pertemuan yang heboh dan fantastis itu dihadiri para pemimpin di Moskow.\n"),
            ("/0/archive/b.md", "Pertemuan yang heboh itu dihadiri para pemimpin di Moskow.\n"));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", """
            root = true

            [*.md]
            newslint.TEMPO002.severity = none

            [/0/archive/**.md]
            newslint.TEMPO001.severity = warning
            """));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("NL5000", DiagnosticSeverity.Error).WithSpan("/0/news/a.md", 1, 16, 1, 21));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("NL5000", DiagnosticSeverity.Warning).WithSpan("/0/archive/b.md", 1, 16, 1, 21));
        return test.RunAsync();
    }

    [Fact]
    public Task Broken_style_rule_is_NL0001_at_its_pattern()
    {
        var test = Verify.Test(
            ("/0/rules/style/broken.yaml", "id: TEMPO9\nkind: existence\nmessage: x\npattern: {|NL0001:'(unclosed'|}\n"),
            ("/0/a.md", "Kyiv, Berdyansk, Sumy, {|NL4001:Berdyansk|}, dan Chernihiv."));
        return test.RunAsync();
    }

    [Fact]
    public async Task Newsroom_rule_id_travels_in_the_NewsLintRuleId_property()
    {
        Compilation compilation = CSharpCompilation.Create("Newsroom", new[] { CSharpSyntaxTree.ParseText(string.Empty) });
        var files = ImmutableArray.Create<AdditionalText>(
            new InMemoryText("/0/rules/style/tempo.yaml", Tempo),
            new InMemoryText("/0/news/a.md", "Pertemuan yang heboh itu dihadiri para pemimpin di Moskow.\n"));
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new NewsLintAnalyzer());
        ImmutableArray<Diagnostic> diagnostics = await compilation
            .WithAnalyzers(analyzers, new AnalyzerOptions(files))
            .GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        Diagnostic diagnostic = Assert.Single(diagnostics);
        Assert.Equal("NL5000", diagnostic.Id);
        Assert.Equal("TEMPO001", diagnostic.Properties[NewsLintAnalyzer.RuleIdProperty]);
        Assert.Equal("TEMPO001: Hindari kata sensasional 'heboh'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
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
