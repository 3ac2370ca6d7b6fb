using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace NewsLint.Analyzers.Tests;

/// <summary>The date rules (NL1001–NL1004) through the Roslyn adapter, with span markup, in both languages.</summary>
public sealed class DatesAnalyzerTests
{
    [Fact]
    public Task Shared_article_gives_its_date_errors() => Verify.SharedArticle(
        "NL1",
        new DiagnosticResult("NL1001", DiagnosticSeverity.Warning).WithSpan("/0/articles/csto.md", 5, 11, 5, 29),
        new DiagnosticResult("NL1003", DiagnosticSeverity.Warning).WithSpan("/0/articles/csto.md", 5, 18, 5, 29),
        new DiagnosticResult("NL1001", DiagnosticSeverity.Warning).WithSpan("/0/articles/csto.md", 27, 164, 27, 182),
        new DiagnosticResult("NL1003", DiagnosticSeverity.Warning).WithSpan("/0/articles/csto.md", 27, 171, 27, 182),
        new DiagnosticResult("NL1002", DiagnosticSeverity.Warning).WithSpan("/0/articles/csto.md", 35, 306, 35, 325));

    [Fact]
    public Task NL1001_and_NL1003_in_an_Indonesian_article() => Verify.Article(
        "Pada hari **{|NL1001:Senin**, {|NL1003:17 Mei 2022|}|} waktu setempat, para pemimpin CSTO melakukan pertemuan di Moskow.\n");

    [Fact]
    public Task NL1001_in_an_English_article_with_crlf() => Verify.Article(
        "# Report\r\n\r\nThe leaders met on {|NL1001:Monday, May 17, 2022|} in the capital.\r\n");

    [Fact]
    public Task NL1002_names_the_earlier_line() => Verify.Article(
        "Rapat digelar Senin (16/5/2022) di Jakarta.\n\nRapat itu juga disebut pada {|NL1001:{|NL1002:Selasa (16/5/2022)|}|} oleh panitia.\n");

    [Fact]
    public Task NL1004_in_an_Indonesian_article() => Verify.Article(
        "Sidang itu dijadwalkan pada {|NL1004:31 Februari 2022|} di Jakarta oleh panitia.\n");

    [Fact]
    public Task NL1004_in_an_English_article() => Verify.Article(
        "The vote is set for {|NL1004:29 Feb 2023|} in the capital, officials said.\n");

    [Fact]
    public Task Correct_dates_are_silent() => Verify.Article(
        "Pada hari Senin, 16 Mei 2022, para pemimpin CSTO melakukan pertemuan di Moskow, sejak 24 Februari 2022.\n");
}
