using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsLint.Analysis;
using NewsLint.Diagnostics;
using NewsLint.Text;

namespace NewsLint.Cli.Output;

/// <summary>
/// Exactly one JSON object: <c>{"diagnostics":[...]}</c>, positions 1-based with exclusive ends; with --explain also
/// <c>"articles"</c> with what each recognizer found.
/// </summary>
public sealed class JsonFormatter : IDiagnosticFormatter
{
    private readonly bool _explain;

    public JsonFormatter(bool explain)
    {
        _explain = explain;
    }

    public void Write(TextWriter writer, IReadOnlyList<LintDiagnostic> diagnostics, IReadOnlyList<ArticleReport> articles)
    {
        using var stream = new MemoryStream();
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var json = new Utf8JsonWriter(stream, options))
        {
            json.WriteStartObject();
            json.WriteStartArray("diagnostics");
            foreach (LintDiagnostic d in diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("id", d.Id);
                json.WriteString("severity", SeverityNames.ToName(d.Severity));
                json.WriteString("path", d.Path);
                json.WriteNumber("line", d.LineSpan.Start.Line);
                json.WriteNumber("column", d.LineSpan.Start.Column);
                json.WriteNumber("endLine", d.LineSpan.End.Line);
                json.WriteNumber("endColumn", d.LineSpan.End.Column);
                json.WriteString("message", d.Message);
                json.WriteString("helpUri", d.Descriptor.HelpLink);
                if (d.Properties.Count > 0)
                {
                    json.WriteStartObject("properties");
                    foreach (KeyValuePair<string, string> pair in SortedProperties(d))
                    {
                        json.WriteString(pair.Key, pair.Value);
                    }

                    json.WriteEndObject();
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            if (_explain)
            {
                WriteArticles(json, articles);
            }

            json.WriteEndObject();
        }

        writer.WriteLine(Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteArticles(Utf8JsonWriter json, IReadOnlyList<ArticleReport> articles)
    {
        json.WriteStartArray("articles");
        foreach (ArticleReport article in articles)
        {
            json.WriteStartObject();
            json.WriteString("path", article.Path);
            json.WriteString("language", article.Result.Language);
            json.WriteStartArray("mentions");
            SourceDocument? source = article.Result.Document?.Source;
            foreach (KeyValuePair<object, object> pair in article.Result.Mentions)
            {
                if (pair.Key is not IExplainingRecognizer recognizer || source is null)
                {
                    continue;
                }

                foreach (Explanation explanation in recognizer.Explain(pair.Value))
                {
                    LinePositionSpan span = source.GetLineSpan(explanation.Span);
                    json.WriteStartObject();
                    json.WriteString("kind", explanation.Kind);
                    json.WriteNumber("line", span.Start.Line);
                    json.WriteNumber("column", span.Start.Column);
                    json.WriteNumber("endLine", span.End.Line);
                    json.WriteNumber("endColumn", span.End.Column);
                    foreach (KeyValuePair<string, string> fact in explanation.Facts)
                    {
                        json.WriteString(fact.Key, fact.Value);
                    }

                    foreach (KeyValuePair<string, IReadOnlyList<IReadOnlyDictionary<string, string>>> table in explanation.Tables)
                    {
                        json.WriteStartArray(table.Key);
                        foreach (IReadOnlyDictionary<string, string> row in table.Value)
                        {
                            json.WriteStartObject();
                            foreach (KeyValuePair<string, string> cell in row)
                            {
                                json.WriteString(cell.Key, cell.Value);
                            }

                            json.WriteEndObject();
                        }

                        json.WriteEndArray();
                    }

                    json.WriteEndObject();
                }
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static SortedDictionary<string, string> SortedProperties(LintDiagnostic d) => new(d.Properties, System.StringComparer.Ordinal);
}
