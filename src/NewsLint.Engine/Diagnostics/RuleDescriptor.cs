using System;
using System.Globalization;
#if NET8_0_OR_GREATER
using System.Text;
#endif

namespace NewsLint.Diagnostics;

/// <summary>What a diagnostic ID means: the engine's own, host-neutral twin of Roslyn's DiagnosticDescriptor.</summary>
public sealed class RuleDescriptor
{
    public const string HelpLinkBase = "https://github.com/newslint/newslint/blob/main/docs/";

    public RuleDescriptor(string id, string title, string messageFormat, string category, Severity defaultSeverity, string description = "", string? helpLink = null)
    {
        Id = id ?? throw new ArgumentNullException(nameof(id));
        Title = title;
        MessageFormat = messageFormat;
        Category = category;
        DefaultSeverity = defaultSeverity;
        Description = description;
        HelpLink = helpLink ?? HelpLinkBase + id + ".md";
    }

    public string Id { get; }

    public string Title { get; }

    /// <summary>A composite format string; arguments are formatted with the invariant culture.</summary>
    public string MessageFormat { get; }

    public string Category { get; }

    public Severity DefaultSeverity { get; }

    public string Description { get; }

    /// <summary>The doc page: <c>docs/ID.md</c> for NewsLint's own IDs, the rule file's <c>link</c> for a newsroom's.</summary>
    public string HelpLink { get; }

#if NET8_0_OR_GREATER
    /// <summary><see cref="MessageFormat"/> parsed at the first message, not at every one (a race only parses it twice).</summary>
    private CompositeFormat? _parsed;

    public string FormatMessage(params object?[] arguments) =>
        arguments.Length == 0 ? MessageFormat : string.Format(CultureInfo.InvariantCulture, _parsed ??= CompositeFormat.Parse(MessageFormat), arguments);
#else
    public string FormatMessage(params object?[] arguments) =>
        arguments.Length == 0 ? MessageFormat : string.Format(CultureInfo.InvariantCulture, MessageFormat, arguments);
#endif

    public override string ToString() => Id;
}
