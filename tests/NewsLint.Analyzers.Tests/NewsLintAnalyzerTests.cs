using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using NewsLint.Analysis;
using Xunit;

namespace NewsLint.Analyzers.Tests;

public sealed class NewsLintAnalyzerTests
{
    [Fact]
    public Task Reports_NL4001_in_an_Indonesian_article() => Verify.Article(
        "Pasukan Rusia menyerang ibu kota Kyiv, Berdyansk, Kharkiv, Sumy, {|NL4001:Berdyansk|}, dan Chernihiv.");

    [Fact]
    public Task Reports_NL4001_in_an_English_article_with_markup_and_crlf() => Verify.Article(
        "# Report\r\n\r\nShelling hit *Kyiv*, Kharkiv,\r\nSumy and {|NL4001:{|NL4002:Kiev|}|}.\r\n");

    [Fact]
    public Task Shared_article_gives_every_finding_at_its_place()
    {
        string article = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "csto-summit-moscow-2022.md"));
        var test = Verify.Test(("/0/articles/csto.md", article));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("NL4001", DiagnosticSeverity.Warning).WithSpan("/0/articles/csto.md", 19, 208, 19, 217));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("NL1001", DiagnosticSeverity.Warning).WithSpan("/0/articles/csto.md", 5, 11, 5, 29));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("NL1003", DiagnosticSeverity.Warning).WithSpan("/0/articles/csto.md", 5, 18, 5, 29));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("NL1001", DiagnosticSeverity.Warning).WithSpan("/0/articles/csto.md", 27, 164, 27, 182));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("NL1003", DiagnosticSeverity.Warning).WithSpan("/0/articles/csto.md", 27, 171, 27, 182));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("NL1002", DiagnosticSeverity.Warning).WithSpan("/0/articles/csto.md", 35, 306, 35, 325));
        foreach (int line in new[] { 11, 13, 35, 37 })
        {
            test.ExpectedDiagnostics.Add(new DiagnosticResult("NL2003", DiagnosticSeverity.Info).WithSpan("/0/articles/csto.md", line, 1, line, 3));
        }

        test.ExpectedDiagnostics.Add(new DiagnosticResult("NL2003", DiagnosticSeverity.Info).WithSpan("/0/articles/csto.md", 17, 198, 17, 200));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("NL2001", DiagnosticSeverity.Warning).WithSpan("/0/articles/csto.md", 37, 1, 37, 318));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("NL4003", DiagnosticSeverity.Warning).WithSpan("/0/articles/csto.md", 3, 1, 3, 51));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("NL5001", DiagnosticSeverity.Warning).WithSpan("/0/articles/csto.md", 15, 126, 15, 141));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("NL5001", DiagnosticSeverity.Warning).WithSpan("/0/articles/csto.md", 19, 113, 19, 124));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("NL5001", DiagnosticSeverity.Warning).WithSpan("/0/articles/csto.md", 29, 90, 29, 105));

        // Lines 35 and 37 quote Article 4 of the Collective Security Treaty in its 1992 wording: immaterial departures
        // from the house translation (info), and the superseded wording once, on the first of the two quotations.
        test.ExpectedDiagnostics.Add(new DiagnosticResult("NL3001", DiagnosticSeverity.Info).WithSpan("/0/articles/csto.md", 35, 3, 35, 201));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("NL3004", DiagnosticSeverity.Warning).WithSpan("/0/articles/csto.md", 35, 3, 35, 201));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("NL3001", DiagnosticSeverity.Info).WithSpan("/0/articles/csto.md", 37, 3, 37, 316));
        return test.RunAsync();
    }

    [Fact]
    public Task Silent_on_an_empty_article() => Verify.Article(string.Empty);

    [Fact]
    public Task Per_folder_editorconfig_severity_is_applied()
    {
        const string text = "Kyiv, Berdyansk, Sumy, Berdyansk, dan Chernihiv.";
        var test = Verify.Test(("/0/news/a.md", text), ("/0/archive/b.md", text), ("/0/opinion/c.md", text));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", """
            root = true

            [*.md]
            newslint.NL4001.severity = error

            [/0/archive/**.md]
            newslint.NL4001.severity = none

            [/0/opinion/**.md]
            newslint.NL4001.severity = suggestion
            """));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("NL4001", DiagnosticSeverity.Error).WithSpan("/0/news/a.md", 1, 24, 1, 33));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("NL4001", DiagnosticSeverity.Info).WithSpan("/0/opinion/c.md", 1, 24, 1, 33));
        return test.RunAsync();
    }

    [Fact]
    public Task Globalconfig_newslint_severity_is_applied()
    {
        // dotnet_diagnostic.NL4001.severity in a .globalconfig is applied by csc itself (see the integration test);
        // the newslint.* key is applied by the analyzer.
        var test = Verify.Test(("/0/a.md", "Kyiv, Berdyansk, Sumy, Berdyansk, dan Chernihiv."));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\nnewslint.NL4001.severity = error\n"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult("NL4001", DiagnosticSeverity.Error).WithSpan("/0/a.md", 1, 24, 1, 33));
        return test.RunAsync();
    }

    [Fact]
    public Task Newsroom_rule_files_among_additional_files_are_used()
    {
        var test = Verify.Test(
            ("/0/rules/places/local.yaml", "places:\n  - id: zaporizhzhia\n    names: [Zaporizhzhia, Zaporozhye]\n"),
            ("/0/a.md", "Shelling hit Kharkiv, Zaporizhzhia, Sumy and {|NL4001:{|NL4002:Zaporozhye|}|}."));
        return test.RunAsync();
    }

    [Fact]
    public Task Broken_rule_file_is_NL0001_at_its_line_and_articles_are_still_linted()
    {
        var test = Verify.Test(
            ("/0/rules/places/broken.yaml", "places:\n  - id: {|NL0001:[a, b]|}\n    names: [Kyiv]\n"),
            ("/0/a.md", "Kyiv, Berdyansk, Sumy, {|NL4001:Berdyansk|}, dan Chernihiv."));
        return test.RunAsync();
    }

    [Fact]
    public void Supported_diagnostics_cover_every_engine_descriptor()
    {
        var supported = new NewsLintAnalyzer().SupportedDiagnostics.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var descriptor in RuleCatalog.Descriptors)
        {
            Assert.Contains(descriptor.Id, supported);
        }
    }

    [Fact]
    public void Every_descriptor_has_a_help_link_to_its_doc_page()
    {
        foreach (DiagnosticDescriptor descriptor in new NewsLintAnalyzer().SupportedDiagnostics)
        {
            Assert.EndsWith("/docs/" + descriptor.Id + ".md", descriptor.HelpLinkUri, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Analyzer_release_table_lists_every_id_with_its_severity()
    {
        string unshipped = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "releases", "AnalyzerReleases.Unshipped.md"));
        string shipped = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "releases", "AnalyzerReleases.Shipped.md"));
        foreach (DiagnosticDescriptor descriptor in new NewsLintAnalyzer().SupportedDiagnostics)
        {
            string row = $"{descriptor.Id} | {descriptor.Category} | {descriptor.DefaultSeverity} |";
            Assert.True(unshipped.Contains(row, StringComparison.Ordinal) || shipped.Contains(row, StringComparison.Ordinal), $"AnalyzerReleases is missing: {row}");
        }
    }
}
