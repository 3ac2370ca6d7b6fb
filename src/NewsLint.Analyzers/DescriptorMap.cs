using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using NewsLint.Analysis;
using NewsLint.Diagnostics;

namespace NewsLint.Analyzers;

/// <summary>The engine's descriptors as Roslyn descriptors, built once. Messages arrive formatted, hence "{0}".</summary>
internal static class DescriptorMap
{
    private static readonly Dictionary<string, DiagnosticDescriptor> ById = Build();

    public static ImmutableArray<DiagnosticDescriptor> All { get; } = ImmutableArray.CreateRange(ById.Values);

    public static DiagnosticDescriptor? Find(string id) => ById.TryGetValue(id, out DiagnosticDescriptor? descriptor) ? descriptor : null;

    public static DiagnosticSeverity ToRoslyn(Severity severity) => severity switch
    {
        Severity.Error => DiagnosticSeverity.Error,
        Severity.Warning => DiagnosticSeverity.Warning,
        Severity.Info => DiagnosticSeverity.Info,
        _ => DiagnosticSeverity.Hidden,
    };

    private static Dictionary<string, DiagnosticDescriptor> Build()
    {
        var map = new Dictionary<string, DiagnosticDescriptor>(StringComparer.Ordinal);
        foreach (RuleDescriptor d in RuleCatalog.Descriptors)
        {
            map[d.Id] = new DiagnosticDescriptor(
                d.Id,
                d.Title,
                "{0}",
                d.Category,
                ToRoslyn(d.DefaultSeverity),
                isEnabledByDefault: d.DefaultSeverity != Severity.None,
                description: d.Description,
                helpLinkUri: d.HelpLink,
                customTags: "NewsLint");
        }

        return map;
    }
}
