using System;
using System.IO;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using NewsLint.Analysis;
using NewsLint.Diagnostics;

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

    /// <summary>
    /// The shared article as <c>/0/articles/csto.md</c>, checked for one family only (IDs starting with
    /// <paramref name="family"/>, e.g. <c>NL3</c>): each expected result is (line, column, end line, end column).
    /// </summary>
    public static Task SharedArticle(string family, params DiagnosticResult[] expected)
    {
        string article = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "csto-summit-moscow-2022.md"));
        var test = Test(("/0/articles/csto.md", article));
        test.ExpectedDiagnostics.AddRange(expected);
        foreach (RuleDescriptor descriptor in RuleCatalog.Descriptors)
        {
            if (!descriptor.Id.StartsWith(family, StringComparison.Ordinal))
            {
                test.DisabledDiagnostics.Add(descriptor.Id);
            }
        }

        return test.RunAsync();
    }
}
