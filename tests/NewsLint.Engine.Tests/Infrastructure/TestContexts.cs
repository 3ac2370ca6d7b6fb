using System.Collections.Generic;
using System.Threading;
using NewsLint.Analysis;
using NewsLint.Diagnostics;
using NewsLint.Language;
using NewsLint.Markdown;
using NewsLint.Rules.Languages;
using NewsLint.Text;

namespace NewsLint.Tests.Infrastructure;

/// <summary>An <see cref="ArticleContext"/> for recognizer tests, built the way the engine builds one.</summary>
public static class TestContexts
{
    public static ArticleContext Create(string markdown, string? language = null) => Create(markdown, language, new List<LintDiagnostic>());

    /// <summary>A context whose rules report into <paramref name="diagnostics"/>.</summary>
    public static ArticleContext Create(string markdown, string? language, List<LintDiagnostic> diagnostics)
    {
        ArticleDocument document = ArticleParser.Parse(new SourceDocument("a.md", markdown));
        var catalog = Lint.DefaultRules.Get<LanguageCatalog>();
        LanguagePack? pack = language is not null ? catalog.Find(language) : LanguageDetector.Detect(document, catalog);
        return new ArticleContext(document, Lint.DefaultRules, pack, LintOptions.Default, diagnostics, CancellationToken.None);
    }
}
