using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using NewsLint.Diagnostics;
using NewsLint.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NewsLint.Rules;

/// <summary>
/// Typed, position-aware reads from one YAML rule file. Every problem becomes an NL0001 (or NL0005 for an unknown key)
/// at the offending node's line and column; readers then skip the broken entry and go on.
/// </summary>
public sealed class RuleFileReader
{
    private readonly List<LintDiagnostic> _diagnostics;
    private readonly SourceDocument _source;

    internal RuleFileReader(RuleFile file, string kind, List<LintDiagnostic> diagnostics)
    {
        File = file;
        Kind = kind;
        _diagnostics = diagnostics;
        _source = new SourceDocument(file.Path, file.Text);
    }

    public RuleFile File { get; }

    /// <summary>The rule kind's folder name, for messages.</summary>
    public string Kind { get; }

    public SourceDocument Source => _source;

    public void Error(YamlNode? node, string message) => Report(InfrastructureDescriptors.InvalidRuleFile, node?.Start, node?.End, message);

    public void Error(Mark start, Mark end, string message) => Report(InfrastructureDescriptors.InvalidRuleFile, start, end, message);

    /// <summary>Reports NL0005 for every key of <paramref name="map"/> not in <paramref name="allowed"/>.</summary>
    public void CheckKeys(YamlMappingNode map, params string[] allowed)
    {
        foreach (KeyValuePair<YamlNode, YamlNode> entry in map.Children)
        {
            string key = (entry.Key as YamlScalarNode)?.Value ?? string.Empty;
            if (Array.IndexOf(allowed, key) < 0)
            {
                Report(InfrastructureDescriptors.UnknownRuleKey, entry.Key.Start, entry.Key.End, key, Kind, string.Join(", ", allowed));
            }
        }
    }

    public YamlNode? Node(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out YamlNode? node) ? node : null;

    public string? String(YamlMappingNode map, string key, bool required = false)
    {
        YamlNode? node = Node(map, key);
        if (node is null)
        {
            if (required)
            {
                Error(map, $"'{key}' is required");
            }

            return null;
        }

        if (node is YamlScalarNode scalar)
        {
            if (required && string.IsNullOrWhiteSpace(scalar.Value))
            {
                Error(node, $"'{key}' must not be empty");
                return null;
            }

            return scalar.Value;
        }

        Error(node, $"'{key}' must be a text value, not a {Describe(node)}");
        return null;
    }

    public int? Integer(YamlMappingNode map, string key, bool required = false)
    {
        string? text = String(map, key, required);
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value))
        {
            return value;
        }

        Error(Node(map, key), $"'{key}' must be a whole number, not '{text}'");
        return null;
    }

    public bool? Boolean(YamlMappingNode map, string key)
    {
        string? text = String(map, key);
        if (text is null)
        {
            return null;
        }

        switch (text.Trim().ToLowerInvariant())
        {
            case "true":
            case "yes":
                return true;
            case "false":
            case "no":
                return false;
            default:
                Error(Node(map, key), $"'{key}' must be true or false, not '{text}'");
                return null;
        }
    }

    /// <summary>A list of text values; a single text value counts as a list of one.</summary>
    public ImmutableArray<string> Strings(YamlMappingNode map, string key, bool required = false)
    {
        YamlNode? node = Node(map, key);
        if (node is null)
        {
            if (required)
            {
                Error(map, $"'{key}' is required");
            }

            return ImmutableArray<string>.Empty;
        }

        return Strings(node, key);
    }

    public ImmutableArray<string> Strings(YamlNode node, string what)
    {
        if (node is YamlScalarNode single)
        {
            return string.IsNullOrEmpty(single.Value) ? ImmutableArray<string>.Empty : ImmutableArray.Create(single.Value!);
        }

        if (node is not YamlSequenceNode sequence)
        {
            Error(node, $"'{what}' must be a list of text values, not a {Describe(node)}");
            return ImmutableArray<string>.Empty;
        }

        var values = ImmutableArray.CreateBuilder<string>(sequence.Children.Count);
        foreach (YamlNode item in sequence)
        {
            if (item is YamlScalarNode scalar && !string.IsNullOrEmpty(scalar.Value))
            {
                values.Add(scalar.Value!);
            }
            else
            {
                Error(item, $"each item of '{what}' must be a non-empty text value");
            }
        }

        return values.ToImmutable();
    }

    public YamlMappingNode? Mapping(YamlMappingNode map, string key, bool required = false)
    {
        YamlNode? node = Node(map, key);
        if (node is null)
        {
            if (required)
            {
                Error(map, $"'{key}' is required");
            }

            return null;
        }

        if (node is YamlMappingNode mapping)
        {
            return mapping;
        }

        Error(node, $"'{key}' must be a mapping of keys to values, not a {Describe(node)}");
        return null;
    }

    /// <summary>The mappings of a list; items that are not mappings are reported and skipped.</summary>
    public IEnumerable<YamlMappingNode> Mappings(YamlMappingNode map, string key, bool required = false)
    {
        YamlNode? node = Node(map, key);
        if (node is null)
        {
            if (required)
            {
                Error(map, $"'{key}' is required");
            }

            return Enumerable.Empty<YamlMappingNode>();
        }

        if (node is not YamlSequenceNode sequence)
        {
            Error(node, $"'{key}' must be a list, not a {Describe(node)}");
            return Enumerable.Empty<YamlMappingNode>();
        }

        var result = new List<YamlMappingNode>(sequence.Children.Count);
        foreach (YamlNode item in sequence)
        {
            if (item is YamlMappingNode mapping)
            {
                result.Add(mapping);
            }
            else
            {
                Error(item, $"each item of '{key}' must be a mapping of keys to values, not a {Describe(item)}");
            }
        }

        return result;
    }

    /// <summary>Reports a diagnostic of any descriptor at a node of this rule file.</summary>
    public void Report(RuleDescriptor descriptor, Mark? start, Mark? end, params object?[] arguments)
    {
        TextSpan span = ToSpan(start, end);
        _diagnostics.Add(new LintDiagnostic(descriptor, descriptor.DefaultSeverity, File.Path, span, _source.GetLineSpan(span), descriptor.FormatMessage(arguments)));
    }

    internal void ReportAt(RuleDescriptor descriptor, TextSpan span, params object?[] arguments) =>
        _diagnostics.Add(new LintDiagnostic(descriptor, descriptor.DefaultSeverity, File.Path, span, _source.GetLineSpan(span), descriptor.FormatMessage(arguments)));

    private TextSpan ToSpan(Mark? start, Mark? end)
    {
        int length = _source.Text.Length;
        if (start is null)
        {
            return new TextSpan(0, 0);
        }

        // YamlDotNet's marks count from the text it was given, which is the file without its BOM.
        int from = (int)Math.Min(Math.Max(0, start.Value.Index), length);
        int to = end is null ? from : (int)Math.Min(Math.Max(from, end.Value.Index), length);
        if (to <= from)
        {
            // Collections carry no useful end mark: point at the rest of the line.
            string text = _source.Text;
            to = from;
            while (to < length && text[to] != '\n' && text[to] != '\r')
            {
                to++;
            }

            while (to > from && char.IsWhiteSpace(text[to - 1]))
            {
                to--;
            }
        }

        return TextSpan.FromBounds(from, to);
    }

    private static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "mapping",
        YamlSequenceNode => "list",
        _ => "text value",
    };
}
