using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace NewsLint.Analyzers.Tests;

/// <summary>Runs the analyzer the way the compiler does: an empty C# file, articles and rules as AdditionalFiles.</summary>
internal static class Verify
{
    public static CSharpAnalyzerTest<NewsLintAnalyzer, DefaultVerifier> Test(params (string Path, string Markup)[] additionalFiles)
    {
        var test = new CSharpAnalyzerTest<NewsLintAnalyzer, DefaultVerifier>
        {
            // A reference set with no package: no download, and the empty source needs no references.
            ReferenceAssemblies = new ReferenceAssemblies("net10.0"),
        };
        test.TestState.Sources.Add(string.Empty);
        foreach ((string path, string markup) in additionalFiles)
        {
            test.TestState.AdditionalFiles.Add((path, markup));
        }

        return test;
    }

    public static Task Article(string markup) => Test(("/0/articles/article.md", markup)).RunAsync();
}
