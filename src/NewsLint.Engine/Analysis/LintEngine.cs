using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using NewsLint.Diagnostics;
using NewsLint.Language;
using NewsLint.Markdown;
using NewsLint.Rules;
using NewsLint.Rules.Languages;
using NewsLint.Text;

namespace NewsLint.Analysis;

/// <summary>
/// The one engine behind the CLI and the Roslyn analyzer: text in, diagnostics out. Immutable and thread-safe;
/// build one per rule set and call <see cref="Lint"/> from any number of threads.
/// </summary>
public sealed class LintEngine
{
    private readonly ImmutableArray<ArticleRule> _rules;

    public LintEngine(RuleSet rules, LintOptions? options = null, ImmutableArray<ArticleRule>? articleRules = null)
    {
        Rules = rules ?? throw new ArgumentNullException(nameof(rules));
        Options = options ?? LintOptions.Default;
        _rules = articleRules ?? RuleCatalog.Rules;
    }

    public RuleSet Rules { get; }

    public LintOptions Options { get; }

    public LintResult Lint(string path, string text, CancellationToken cancellationToken = default) =>
        Lint(new SourceDocument(path, text), cancellationToken);

    /// <summary>Lints a file's bytes: decoded by <see cref="SourceDecoder"/>, with NL0003 for bytes that are not valid text.</summary>
    public LintResult Lint(string path, byte[] bytes, CancellationToken cancellationToken = default) =>
        Lint(path, SourceDecoder.Decode(bytes), cancellationToken);

    /// <summary>Lints decoded text and reports its <see cref="DecodedSource.Problems"/> as NL0003.</summary>
    public LintResult Lint(string path, DecodedSource decoded, CancellationToken cancellationToken = default)
    {
        if (decoded is null)
        {
            throw new ArgumentNullException(nameof(decoded));
        }

        var source = new SourceDocument(path, decoded.Text);
        LintResult result = Lint(source, cancellationToken);
        if (decoded.Problems.IsEmpty)
        {
            return result;
        }

        var all = new List<LintDiagnostic>(result.Diagnostics);
        all.AddRange(decoded.Diagnostics(source));
        all.Sort(DiagnosticOrder.Compare);
        return new LintResult(result.Document, result.Language, all.ToImmutableArray(), result.Mentions);
    }

    public LintResult Lint(SourceDocument source, CancellationToken cancellationToken = default)
    {
        if (source is null)
        {
            throw new ArgumentNullException(nameof(source));
        }

        if (source.Text.Length > Options.MaxArticleLength && Options.MaxArticleLength >= 0)
        {
            return LintStart(source, cancellationToken);
        }

        var diagnostics = new List<LintDiagnostic>();
        ArticleDocument document;
        try
        {
            document = ArticleParser.Parse(source);
        }
#pragma warning disable CA1031 // Contain every failure: one strange article must not end a build.
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            diagnostics.Add(InternalError(source, "the Markdown parser", ex));
            return new LintResult(null, null, diagnostics.ToImmutableArray(), new Dictionary<object, object>());
        }

        if (document.FrontMatterError is not null)
        {
            TextSpan span = new(document.FrontMatter.Span.Start, 0);
            diagnostics.Add(new LintDiagnostic(
                InfrastructureDescriptors.InvalidFrontMatter,
                InfrastructureDescriptors.InvalidFrontMatter.DefaultSeverity,
                source.Path,
                span,
                source.GetLineSpan(span),
                InfrastructureDescriptors.InvalidFrontMatter.FormatMessage(document.FrontMatterError)));
        }

        foreach (FlattenedRegion region in document.Flattened)
        {
            TextSpan span = new(region.Span.Start, 0);
            RuleDescriptor flattened = InfrastructureDescriptors.NestingFlattened;
            diagnostics.Add(new LintDiagnostic(flattened, flattened.DefaultSeverity, source.Path, span, source.GetLineSpan(span), flattened.FormatMessage(region.Reason)));
        }

        var catalog = Rules.Get<LanguageCatalog>();
        LanguagePack? language = catalog.Find(document.FrontMatter.Language)
            ?? LanguageDetector.Detect(document, catalog)
            ?? catalog.Find(Options.DefaultLanguage);

        var context = new ArticleContext(document, Rules, language, Options, diagnostics, cancellationToken);
        foreach (ArticleRule rule in _rules)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int before = diagnostics.Count;
            try
            {
                rule.Analyze(context);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Keep what other rules found, drop this rule's partial output, and say what failed.
                diagnostics.RemoveRange(before, diagnostics.Count - before);
                diagnostics.Add(InternalError(source, rule.Descriptors[0].Id, ex));
            }
        }
#pragma warning restore CA1031

        // Without a comment or a front matter list nothing is suppressed (nearly every article): no index to build.
        List<LintDiagnostic> kept = diagnostics;
        if (SuppressionIndex.MaySuppress(document))
        {
            SuppressionIndex suppressions = SuppressionIndex.Build(document);
            kept = new List<LintDiagnostic>(diagnostics.Count);
            foreach (LintDiagnostic diagnostic in diagnostics)
            {
                if (!suppressions.IsSuppressed(diagnostic.Id, diagnostic.Span.Start))
                {
                    kept.Add(diagnostic);
                }
            }
        }

        kept.Sort(DiagnosticOrder.Compare);
        return new LintResult(document, language?.Code, kept.ToImmutableArray(), context.Mentions);
    }

    /// <summary>An article over the size limit: its lines up to the limit are checked, and NL0008 says where checking stopped.</summary>
    private LintResult LintStart(SourceDocument source, CancellationToken cancellationToken)
    {
        int limit = Options.MaxArticleLength;
        LinePosition stop = source.GetLinePosition(limit);
        int cut = stop.Line > 1 ? source.GetLineStart(stop.Line) : limit;
        if (cut > 0 && cut < source.Text.Length && char.IsHighSurrogate(source.Text[cut - 1]))
        {
            cut--;
        }

        int lastLine = stop.Line > 1 ? stop.Line - 1 : 1;
        LintResult start = Lint(new SourceDocument(source.Path, source.Text.Substring(0, cut)), cancellationToken);

        RuleDescriptor descriptor = InfrastructureDescriptors.ArticleTooLarge;
        var span = new TextSpan(cut, 0);
        var all = new List<LintDiagnostic>(start.Diagnostics)
        {
            new(descriptor, descriptor.DefaultSeverity, source.Path, span, source.GetLineSpan(span), descriptor.FormatMessage(source.Text.Length, limit, lastLine, source.Text.Length - cut)),
        };
        all.Sort(DiagnosticOrder.Compare);
        return new LintResult(start.Document, start.Language, all.ToImmutableArray(), start.Mentions);
    }

    private static LintDiagnostic InternalError(SourceDocument source, string where, Exception ex)
    {
        RuleDescriptor descriptor = InfrastructureDescriptors.InternalError;
        var span = new TextSpan(0, 0);
        string firstLine = ex.Message.Split('\n')[0].Trim();
        return new LintDiagnostic(descriptor, descriptor.DefaultSeverity, source.Path, span, source.GetLineSpan(span), descriptor.FormatMessage(ex.GetType().Name, where, firstLine));
    }
}
