using System;
using System.Collections.Immutable;
using System.IO;
using NewsLint.Rules;
using NewsLint.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NewsLint.Markdown;

/// <summary>Reads the keys NewsLint understands from a front matter block; other keys belong to the site generator.</summary>
internal static class FrontMatterReader
{
    public static FrontMatter Read(string text, TextSpan span, out string? error)
    {
        error = null;
        string block = text.Substring(span.Start, span.Length);
        string yaml = StripFences(block);
        int forbidden = YamlCharacters.FindForbidden(yaml);
        if (forbidden >= 0)
        {
            error = $"it contains {YamlCharacters.Describe(yaml[forbidden])} (front matter line {CountLines(yaml, forbidden)})";
            return new FrontMatter(null, null, null, yaml, ImmutableArray<string>.Empty, span, true);
        }

        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                if (yaml.Trim().Length > 0)
                {
                    error = "expected a mapping of keys to values";
                }

                return new FrontMatter(null, null, null, yaml, ImmutableArray<string>.Empty, span, true);
            }

            var disabled = ImmutableArray.CreateBuilder<string>();
            if (root.Children.TryGetValue(new YamlScalarNode("newslint-disable"), out YamlNode? node))
            {
                if (node is YamlSequenceNode list)
                {
                    foreach (YamlNode item in list)
                    {
                        if (item is YamlScalarNode scalar && scalar.Value is { Length: > 0 } id)
                        {
                            disabled.Add(id.Trim());
                        }
                    }
                }
                else if (node is YamlScalarNode scalar && scalar.Value is { Length: > 0 } value)
                {
                    foreach (string id in value.Split(new[] { ',', ' ' }, StringSplitOptions.RemoveEmptyEntries))
                    {
                        disabled.Add(id);
                    }
                }
            }

            return new FrontMatter(
                Scalar(root, "title"),
                Scalar(root, "date"),
                Scalar(root, "lang") ?? Scalar(root, "language"),
                yaml,
                disabled.ToImmutable(),
                span,
                true);
        }
        catch (YamlException ex)
        {
            error = $"{ex.Message.Trim()} (front matter line {ex.Start.Line + 1})";
            return new FrontMatter(null, null, null, yaml, ImmutableArray<string>.Empty, span, true);
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's failure on a flow list or mapping left open at the end: it gives no position of its own.
            error = $"a '[' or '{{' is never closed (front matter line {CountLines(yaml, YamlCharacters.FindUnclosedFlow(yaml))})";
            return new FrontMatter(null, null, null, yaml, ImmutableArray<string>.Empty, span, true);
        }
#pragma warning disable CA1031 // YamlDotNet has other failures than YamlException; front matter must never stop the article.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            error = $"it could not be read ({ex.GetType().Name}: {ex.Message.Trim()})";
            return new FrontMatter(null, null, null, yaml, ImmutableArray<string>.Empty, span, true);
        }
    }

    private static int CountLines(string text, int offset)
    {
        int line = 1;
        for (int i = 0; i < offset; i++)
        {
            line += text[i] == '\n' ? 1 : 0;
        }

        return line;
    }

    private static string? Scalar(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out YamlNode? node) && node is YamlScalarNode scalar ? scalar.Value : null;

    private static string StripFences(string block)
    {
        // "---\n...\n---": drop the first and the last fence line.
        int firstBreak = block.IndexOf('\n');
        string inner = firstBreak < 0 ? string.Empty : block.Substring(firstBreak + 1);
        string trimmed = inner.TrimEnd();
        int lastBreak = trimmed.LastIndexOf('\n');
        string lastLine = (lastBreak < 0 ? trimmed : trimmed.Substring(lastBreak + 1)).Trim();
        if (lastLine == "---" || lastLine == "...")
        {
            inner = lastBreak < 0 ? string.Empty : trimmed.Substring(0, lastBreak + 1);
        }

        return inner;
    }
}
