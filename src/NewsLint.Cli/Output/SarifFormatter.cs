using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsLint.Analysis;
using NewsLint.Diagnostics;

namespace NewsLint.Cli.Output;

/// <summary>SARIF 2.1.0, with rule metadata and help links, for code-scanning dashboards.</summary>
public sealed class SarifFormatter : IDiagnosticFormatter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    public void Write(TextWriter writer, IReadOnlyList<LintDiagnostic> diagnostics, IReadOnlyList<ArticleReport> articles)
    {
        // Rules: every descriptor that reported, in ID order, so ruleIndex is stable.
        var descriptors = new SortedDictionary<string, RuleDescriptor>(StringComparer.Ordinal);
        foreach (LintDiagnostic d in diagnostics)
        {
            descriptors[d.Id] = d.Descriptor;
        }

        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "NewsLint");
            json.WriteString("semanticVersion", typeof(SarifFormatter).Assembly.GetName().Version?.ToString(3));
            json.WriteString("informationUri", RuleDescriptor.HelpLinkBase);
            json.WriteStartArray("rules");
            foreach (KeyValuePair<string, RuleDescriptor> pair in descriptors)
            {
                index[pair.Key] = index.Count;
                RuleDescriptor r = pair.Value;
                json.WriteStartObject();
                json.WriteString("id", pair.Key);
                json.WriteString("name", r.Title);
                json.WriteStartObject("shortDescription");
                json.WriteString("text", r.Title);
                json.WriteEndObject();
                if (r.Description.Length > 0)
                {
                    json.WriteStartObject("fullDescription");
                    json.WriteString("text", r.Description);
                    json.WriteEndObject();
                }

                json.WriteString("helpUri", r.HelpLink);
                json.WriteStartObject("defaultConfiguration");
                json.WriteString("level", Level(r.DefaultSeverity));
                json.WriteEndObject();
                json.WriteStartObject("properties");
                json.WriteString("category", r.Category);
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteStartArray("results");
            foreach (LintDiagnostic d in diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("ruleId", d.Id);
                json.WriteNumber("ruleIndex", index[d.Id]);
                json.WriteString("level", Level(d.Severity));
                json.WriteStartObject("message");
                json.WriteString("text", d.Message);
                json.WriteEndObject();
                json.WriteStartArray("locations");
                json.WriteStartObject();
                json.WriteStartObject("physicalLocation");
                json.WriteStartObject("artifactLocation");
                json.WriteString("uri", d.Path);
                json.WriteEndObject();
                json.WriteStartObject("region");
                json.WriteNumber("startLine", d.LineSpan.Start.Line);
                json.WriteNumber("startColumn", d.LineSpan.Start.Column);
                json.WriteNumber("endLine", d.LineSpan.End.Line);
                json.WriteNumber("endColumn", d.LineSpan.End.Column);
                json.WriteNumber("charOffset", d.Span.Start);
                json.WriteNumber("charLength", d.Span.Length);
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("artifacts");
            foreach (ArticleReport article in articles)
            {
                json.WriteStartObject();
                json.WriteStartObject("location");
                json.WriteString("uri", article.Path);
                json.WriteEndObject();
                json.WriteString("sourceLanguage", "markdown");
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        writer.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        Severity.Info => "note",
        _ => "none",
    };
}
