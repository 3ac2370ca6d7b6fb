using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Json.Schema;
using NewsLint.Rules;
using Xunit;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NewsLint.Tests.Rules;

/// <summary>
/// The JSON Schemas in rules/schema give editors completion and validation. They must cover every rule kind and
/// accept every shipped rule file (they forbid unknown keys, so a key the schema lacks fails here).
/// </summary>
public sealed class RuleSchemaTests
{
    private static readonly string RulesRoot = Path.Combine(AppContext.BaseDirectory, "rules");
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, JsonSchema> Schemas = new(StringComparer.Ordinal);

    public static TheoryData<string> Kinds()
    {
        var data = new TheoryData<string>();
        foreach (RuleKind kind in RuleSetLoader.Kinds)
        {
            data.Add(kind.Folder);
        }

        return data;
    }

    public static TheoryData<string> ShippedFiles()
    {
        var data = new TheoryData<string>();
        foreach (RuleFile file in RuleSetLoader.DefaultFiles)
        {
            data.Add(file.Path);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_rule_kind_has_a_schema(string folder) =>
        Assert.True(File.Exists(SchemaPath(folder)), $"rules/schema/{folder}.schema.json is missing");

    [Theory]
    [MemberData(nameof(ShippedFiles))]
    public void Every_shipped_rule_file_is_valid_against_its_schema(string path)
    {
        RuleFile file = RuleSetLoader.DefaultFiles.Single(f => f.Path == path);
        string folder = path.Split('/')[1];
        EvaluationResults results = Evaluate(folder, file.Text, IsMarkdown(path));
        Assert.True(results.IsValid, $"{path}:\n  {string.Join("\n  ", Errors(results))}");
    }

    [Theory]
    [MemberData(nameof(ShippedFiles))]
    public void Every_shipped_yaml_file_names_its_schema_for_editors(string path)
    {
        if (IsMarkdown(path))
        {
            return;
        }

        string folder = path.Split('/')[1];
        string first = RuleSetLoader.DefaultFiles.Single(f => f.Path == path).Text.Split('\n')[0].TrimEnd('\r');
        Assert.Equal($"# yaml-language-server: $schema=../schema/{folder}.schema.json", first);
    }

    [Fact]
    public void Schema_rejects_an_unknown_key_as_the_engine_does()
    {
        const string text = "language: en\nmonhts: [Jan]\n";
        Assert.False(Evaluate("languages", text, markdown: false).IsValid);
        RuleSet rules = RuleSetLoader.Load(new[] { new RuleFile("rules/languages/typo.yaml", text) }, includeDefaults: false);
        Assert.Contains(rules.Diagnostics, d => d.Id == "NL0005");
    }

    [Fact]
    public void Schema_rejects_a_month_table_without_twelve_months()
    {
        Assert.False(Evaluate("languages", "language: xx\nmonths: [Jan, Feb]\n", markdown: false).IsValid);
        Assert.True(Evaluate("languages", "language: xx\nweekdays: [Mo, Tu, We, Th, Fr, Sa, [Su, Sun]]\n", markdown: false).IsValid);
    }

    [Fact]
    public void Schema_rejects_a_fact_with_a_date_that_is_not_iso()
    {
        const string text = "events:\n  - id: x\n    match: { en: [[summit]] }\n    date: 16 May 2022\n";
        Assert.False(Evaluate("facts", text, markdown: false).IsValid);
    }

    private static bool IsMarkdown(string path) => path.EndsWith(".md", StringComparison.Ordinal);

    private static string SchemaPath(string folder) => Path.Combine(RulesRoot, "schema", folder + ".schema.json");

    private static EvaluationResults Evaluate(string folder, string text, bool markdown)
    {
        // JsonSchema.Net registers each schema's $id globally: build each one once per process.
        JsonSchema schema = Schemas.GetOrAdd(folder, f => JsonSchema.FromText(File.ReadAllText(SchemaPath(f))));
        JsonNode? node = ToJson(markdown ? FrontMatterOf(text) : text);
        using var document = System.Text.Json.JsonDocument.Parse(node?.ToJsonString() ?? "null");
        return schema.Evaluate(document.RootElement.Clone(), new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    private static IEnumerable<string> Errors(EvaluationResults results) =>
        (results.Details ?? new List<EvaluationResults>())
            .Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"));

    /// <summary>The YAML between the opening and closing <c>---</c> of a Markdown rule file.</summary>
    private static string FrontMatterOf(string text)
    {
        string[] lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        int end = Array.IndexOf(lines, "---", 1);
        Assert.True(lines[0] == "---" && end > 0, "a Markdown rule file starts with front matter");
        return string.Join("\n", lines.Skip(1).Take(end - 1));
    }

    private static JsonNode? ToJson(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents.Count == 0 ? null : ToJson(stream.Documents[0].RootNode);
    }

    /// <summary>YAML's core schema: plain scalars that read as integers or booleans are those; the rest are strings.</summary>
    private static JsonNode? ToJson(YamlNode node)
    {
        switch (node)
        {
            case YamlMappingNode map:
                var obj = new JsonObject();
                foreach (KeyValuePair<YamlNode, YamlNode> entry in map.Children)
                {
                    obj[((YamlScalarNode)entry.Key).Value!] = ToJson(entry.Value);
                }

                return obj;
            case YamlSequenceNode sequence:
                return new JsonArray(sequence.Children.Select(ToJson).ToArray());
            case YamlScalarNode scalar when scalar.Style == ScalarStyle.Plain:
                string value = scalar.Value ?? string.Empty;
                if (long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long number))
                {
                    return JsonValue.Create(number);
                }

                return value is "true" or "false" ? JsonValue.Create(value == "true") : value is "null" or "~" or "" ? null : JsonValue.Create(value);
            case YamlScalarNode quoted:
                return JsonValue.Create(quoted.Value ?? string.Empty);
            default:
                throw new InvalidOperationException("unexpected YAML node " + node.NodeType);
        }
    }
}
