using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using NewsLint.Analysis;
using NewsLint.Checks.Style;
using NewsLint.Diagnostics;
using NewsLint.Rules;
using RuleSet = NewsLint.Rules.RuleSet;

namespace NewsLint.Analyzers;

/// <summary>
/// Lints Markdown articles given to the compiler as AdditionalFiles, with the rule files among the AdditionalFiles.
/// Rule files are read once per set of contents; an article's findings are cached by its content and the rules' hash,
/// so a warm compiler server re-lints only what changed. No exception escapes (that would be AD0001): an internal
/// failure becomes NL0004 on the article.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp, LanguageNames.VisualBasic)]
public sealed class NewsLintAnalyzer : DiagnosticAnalyzer
{
    /// <summary>Item metadata the targets set on AdditionalFiles: <c>article</c> or <c>rules</c>.</summary>
    public const string RoleKey = "build_metadata.AdditionalFiles.NewsLintRole";

    /// <summary>Property naming a newsroom rule's own ID when it is reported under NL5000.</summary>
    public const string RuleIdProperty = "NewsLintRuleId";

    /// <summary>Findings of the articles this compiler process saw last: up to 10^5 articles across two generations.</summary>
    internal static LintResultCache Results { get; } = new(capacity: 50_000);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => DescriptorMap.All;

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(OnCompilationStart);
    }

    private static void OnCompilationStart(CompilationStartAnalysisContext start)
    {
        ImmutableArray<AdditionalText> additionalFiles = start.Options.AdditionalFiles;
        AnalyzerConfigOptionsProvider options = start.Options.AnalyzerConfigOptionsProvider;
        var ruleFiles = new List<RuleFile>();
        foreach (AdditionalText file in additionalFiles)
        {
            if (RoleOf(file, options) == FileRole.Rules)
            {
                SourceText? text = file.GetText(start.CancellationToken);
                if (text is not null)
                {
                    ruleFiles.Add(new RuleFile(file.Path, text.ToString()));
                }
            }
        }

        LintEngine engine;
        try
        {
            // Cached by content inside the loader: an unchanged set of rule files is never parsed twice per process.
            RuleSet rules = RuleSetLoader.Load(ruleFiles);
            string? defaultLanguage = options.GlobalOptions.TryGetValue("build_property.NewsLintDefaultLanguage", out string? language) && language.Length > 0 ? language : null;
            engine = new LintEngine(rules, new LintOptions { DefaultLanguage = defaultLanguage });
        }
#pragma warning disable CA1031 // No AD0001: say on each article that it could not be checked.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            start.RegisterAdditionalFileAction(file => ReportInternalError(file, ex, "loading the rule files"));
            return;
        }

        start.RegisterAdditionalFileAction(file => AnalyzeFile(file, engine));
    }

    private static void ReportInternalError(AdditionalFileAnalysisContext context, Exception ex, string where)
    {
        DiagnosticDescriptor descriptor = DescriptorMap.Find(InfrastructureDescriptors.InternalError.Id)!;
        string message = InfrastructureDescriptors.InternalError.FormatMessage(ex.GetType().Name, where, ex.Message.Split('\n')[0]);
        context.ReportDiagnostic(Diagnostic.Create(descriptor, Location.Create(context.AdditionalFile.Path, default, default), message));
    }

    private static void AnalyzeFile(AdditionalFileAnalysisContext context, LintEngine engine)
    {
        AdditionalText file = context.AdditionalFile;
        try
        {
            AnalyzerConfigOptions fileOptions = context.Options.AnalyzerConfigOptionsProvider.GetOptions(file);
            switch (RoleOf(file, context.Options.AnalyzerConfigOptionsProvider))
            {
                case FileRole.Rules:
                    // Problems in a rule file are reported on that file, once.
                    foreach (LintDiagnostic diagnostic in engine.Rules.Diagnostics)
                    {
                        if (string.Equals(diagnostic.Path, file.Path, StringComparison.Ordinal))
                        {
                            Report(context, file, diagnostic, fileOptions);
                        }
                    }

                    break;
                case FileRole.Article:
                    SourceText? text = file.GetText(context.CancellationToken);
                    if (text is null)
                    {
                        return;
                    }

                    foreach (LintDiagnostic diagnostic in Results.GetOrLint(engine, file.Path, text.ToString(), context.CancellationToken))
                    {
                        Report(context, file, diagnostic, fileOptions);
                    }

                    break;
            }
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // The build must go on: report the failure instead of throwing (AD0001).
        catch (Exception ex)
#pragma warning restore CA1031
        {
            ReportInternalError(context, ex, "the analyzer");
        }
    }

    private static void Report(AdditionalFileAnalysisContext context, AdditionalText file, LintDiagnostic diagnostic, AnalyzerConfigOptions fileOptions)
    {
        // The compiler does not apply [*.md] dotnet_diagnostic severities to AdditionalFiles, so the per-file keys
        // (newslint.NL4001.severity) are applied here; .globalconfig dotnet_diagnostic keys still apply on top.
        AnalyzerConfigOptions globalOptions = context.Options.AnalyzerConfigOptionsProvider.GlobalOptions;
        Severity severity = SeverityConfiguration.Resolve(
            diagnostic,
            key => fileOptions.TryGetValue(key, out string? value) || globalOptions.TryGetValue(key, out value) ? value : null);
        if (severity == Severity.None)
        {
            return;
        }

        // A newsroom's own style rule (TEMPO001) has an ID the compiler was never told about: it travels under the
        // declared carrier NL5000, its own ID first in the message and in a property (see docs/NL5000.md).
        string message = diagnostic.Message;
        ImmutableDictionary<string, string?> properties = ImmutableDictionary<string, string?>.Empty;
        DiagnosticDescriptor? descriptor = DescriptorMap.Find(diagnostic.Id);
        if (descriptor is null)
        {
            descriptor = DescriptorMap.Find(NL5000StyleRules.Descriptor.Id)!;
            message = NL5000StyleRules.Descriptor.FormatMessage(diagnostic.Id, diagnostic.Message);
            properties = properties.Add(RuleIdProperty, diagnostic.Id);
        }

        var span = new TextSpan(diagnostic.Span.Start, diagnostic.Span.Length);
        var lineSpan = new LinePositionSpan(
            new LinePosition(diagnostic.LineSpan.Start.Line - 1, diagnostic.LineSpan.Start.Column - 1),
            new LinePosition(diagnostic.LineSpan.End.Line - 1, diagnostic.LineSpan.End.Column - 1));
        Location location = Location.Create(file.Path, span, lineSpan);
        foreach (KeyValuePair<string, string> pair in diagnostic.Properties)
        {
            properties = properties.SetItem(pair.Key, pair.Value);
        }

        context.ReportDiagnostic(Diagnostic.Create(descriptor, location, DescriptorMap.ToRoslyn(severity), additionalLocations: null, properties, message));
    }

    private static FileRole RoleOf(AdditionalText file, AnalyzerConfigOptionsProvider options)
    {
        if (options.GetOptions(file).TryGetValue(RoleKey, out string? role))
        {
            if (string.Equals(role, "rules", StringComparison.OrdinalIgnoreCase))
            {
                return FileRole.Rules;
            }

            if (string.Equals(role, "article", StringComparison.OrdinalIgnoreCase))
            {
                return FileRole.Article;
            }

            if (string.Equals(role, "none", StringComparison.OrdinalIgnoreCase))
            {
                return FileRole.None;
            }
        }

        // Without metadata (files added by hand): rule files sit in a rule kind's folder under a "rules" folder.
        string path = file.Path.Replace('\\', '/');
        if (path.IndexOf("/rules/", StringComparison.OrdinalIgnoreCase) >= 0 && RuleSetLoader.KindOf(path) is not null)
        {
            return FileRole.Rules;
        }

        return Path.GetExtension(path).Equals(".md", StringComparison.OrdinalIgnoreCase) ? FileRole.Article : FileRole.None;
    }

    private enum FileRole
    {
        None,
        Article,
        Rules,
    }
}
