using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace NewsLint.Analyzers.Tests;

/// <summary>The canon rules (NL3001–NL3004) through the Roslyn adapter, with span markup, in both languages.</summary>
public sealed class CanonAnalyzerTests
{
    [Fact]
    public Task Shared_article_gives_its_canon_findings() => Verify.SharedArticle(
        "NL3",
        new DiagnosticResult("NL3001", DiagnosticSeverity.Info).WithSpan("/0/articles/csto.md", 35, 3, 35, 201),
        new DiagnosticResult("NL3004", DiagnosticSeverity.Warning).WithSpan("/0/articles/csto.md", 35, 3, 35, 201),
        new DiagnosticResult("NL3001", DiagnosticSeverity.Info).WithSpan("/0/articles/csto.md", 37, 3, 37, 316));

    [Fact]
    public Task NL3001_in_an_English_article() => Verify.Article(
        "Each ally “{|NL3001:may assist the Party or Parties so attacked by taking forthwith, individually and in concert with the other Parties, such action as it deems necessary|}”, the treaty says.\n");

    [Fact]
    public Task NL3001_in_an_Indonesian_article() => Verify.Article(
        "“{|NL3001:Setiap serangan bersenjata semacam itu dan semua langkah yang diambil sebagai akibatnya wajib dilaporkan kepada Dewan Keamanan,|}” demikian bunyi Pasal 5 Traktat Atlantik Utara.\n");

    [Fact]
    public Task NL3002_in_an_English_article() => Verify.Article(
        "Under {|NL3002:Article 15|} of the North Atlantic Treaty, an attack on one is an attack on all.\n");

    [Fact]
    public Task NL3002_in_an_Indonesian_article() => Verify.Article(
        "Menurut {|NL3002:Pasal 12|} Perjanjian Keamanan Kolektif, serangan terhadap satu anggota adalah serangan terhadap semua.\n");

    [Fact]
    public Task NL3003_in_an_English_article() => Verify.Article(
        "Article 5 of the North Atlantic Treaty says: “{|NL3003:Member states must spend two percent of their economic output on defence every year.|}”\n");

    [Fact]
    public Task NL3004_with_a_newsroom_canon_file()
    {
        var test = Verify.Test(
            ("/0/articles/a.md", "The charter says “{|NL3004:every correction shall be published within seven days on the page where the error appeared.|}”\n"),
            ("/0/rules/canon/example-charter-art3-2001.en.md", """
                ---
                id: example-charter-art3-2001-en
                instrument: { id: example-charter, names: { en: [Example Newsroom Charter] }, articles: 9 }
                article: 3
                language: en
                text: authentic
                version: { name: "2001", from: 2001-01-15, until: 2020-07-01, changed-by: the 2020 revision }
                ---
                Every correction shall be published within seven days on the page where the error appeared.
                """));
        return test.RunAsync();
    }

    [Fact]
    public Task Exact_quotations_are_silent() => Verify.Article(
        "Article 5 of the North Atlantic Treaty reads: “The Parties agree that an armed attack against one or more of them in Europe or North America shall be considered an attack against them all.”\n");
}
