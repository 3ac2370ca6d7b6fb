using System;
using System.Collections.Generic;
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
    /// <param name="allowSimple">False to always read with YamlDotNet (tests compare both readers).</param>
    public static FrontMatter Read(string text, TextSpan span, out string? error, bool allowSimple = true)
    {
        error = null;
        string yaml = StripFences(text, span.Start, span.Length);
        int forbidden = YamlCharacters.FindForbidden(yaml);
        if (forbidden >= 0)
        {
            error = $"it contains {YamlCharacters.Describe(yaml[forbidden])} (front matter line {CountLines(yaml, forbidden)})";
            return new FrontMatter(null, null, null, yaml, ImmutableArray<string>.Empty, span, true);
        }

        if (allowSimple && TryReadSimple(yaml, out string? title, out string? date, out string? language))
        {
            return new FrontMatter(title, date, language, yaml, ImmutableArray<string>.Empty, span, true);
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

    /// <summary>
    /// The common front matter, read without YamlDotNet: every line a <c>key: value</c> at the left margin with a plain
    /// one-line value or a flow list of plain words, no comments, quotes, anchors, tags, block scalars, tabs, unusual
    /// line breaks or repeated keys. False (read it with YamlDotNet) on anything else, so both readers always agree.
    /// </summary>
    internal static bool TryReadSimple(string yaml, out string? title, out string? date, out string? language)
    {
        title = null;
        date = null;
        language = null;
        string? languageLong = null;
        var keys = new HashSet<string>(StringComparer.Ordinal);
        int lineStart = 0;
        while (lineStart < yaml.Length)
        {
            int lineEnd = yaml.IndexOf('\n', lineStart);
            int next = lineEnd < 0 ? yaml.Length : lineEnd + 1;
            lineEnd = lineEnd < 0 ? yaml.Length : lineEnd;
            if (lineEnd > lineStart && yaml[lineEnd - 1] == '\r')
            {
                lineEnd--;
            }

            if (!TrySimpleLine(yaml, lineStart, lineEnd, out string? key, out string? value))
            {
                return false;
            }

            if (key is not null)
            {
                if (!keys.Add(key) || key == "newslint-disable")
                {
                    return false;
                }

                switch (key)
                {
                    case "title":
                        title = value;
                        break;
                    case "date":
                        date = value;
                        break;
                    case "lang":
                        language = value;
                        break;
                    case "language":
                        languageLong = value;
                        break;
                }
            }

            lineStart = next;
        }

        if (keys.Count == 0)
        {
            return false;
        }

        language ??= languageLong;
        return true;
    }

    /// <summary>A blank line (key null), or <c>key: value</c> with a plain value; false for anything else.</summary>
    private static bool TrySimpleLine(string yaml, int start, int end, out string? key, out string? value)
    {
        key = null;
        value = null;
        int i = start;
        while (i < end && yaml[i] == ' ')
        {
            i++;
        }

        if (i == end)
        {
            return true;
        }

        if (i != start)
        {
            return false;
        }

        while (i < end && (IsAsciiLetterOrDigit(yaml[i]) || yaml[i] == '_' || (yaml[i] == '-' && i > start)))
        {
            i++;
        }

        if (i == start || i >= end - 1 || yaml[i] != ':' || yaml[i + 1] != ' ')
        {
            return false;
        }

        key = yaml.Substring(start, i - start);
        int valueStart = i + 2;
        int valueEnd = end;
        while (valueStart < valueEnd && yaml[valueStart] == ' ')
        {
            valueStart++;
        }

        while (valueEnd > valueStart && yaml[valueEnd - 1] == ' ')
        {
            valueEnd--;
        }

        if (valueStart == valueEnd)
        {
            return false;
        }

        if (yaml[valueStart] == '[')
        {
            return yaml[valueEnd - 1] == ']' && IsPlainFlowList(yaml, valueStart + 1, valueEnd - 1);
        }

        value = yaml.Substring(valueStart, valueEnd - valueStart);
        return IsPlain(value, inFlow: false);
    }

    private static bool IsPlainFlowList(string yaml, int start, int end)
    {
        int itemStart = start;
        for (int i = start; i <= end; i++)
        {
            if (i < end && yaml[i] != ',')
            {
                continue;
            }

            string item = yaml.Substring(itemStart, i - itemStart).Trim(' ');
            if (item.Length == 0 || !IsPlain(item, inFlow: true))
            {
                return false;
            }

            itemStart = i + 1;
        }

        return true;
    }

    /// <summary>A plain scalar that means its own text: no indicator first, no comment, no mapping, no odd character.</summary>
    private static bool IsPlain(string value, bool inFlow)
    {
        if ("-?:,[]{}#&*!|>'\"%@`".IndexOf(value[0]) >= 0 || value[value.Length - 1] == ':')
        {
            return false;
        }

        for (int i = 0; i < value.Length; i++)
        {
            char c = value[i];
            if (c == '\t' || c == '\r' || c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\uFEFF'
                || c == '{' || c == '}' || c == '[' || c == ']' || (inFlow && c == ',')
                || (c == ':' && (i + 1 == value.Length || value[i + 1] == ' ' || (inFlow && value[i + 1] == ',')))
                || (c == '#' && i > 0 && value[i - 1] == ' '))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAsciiLetterOrDigit(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');

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

    /// <summary>
    /// The block text[start..+length) without its fences: "---\n...\n---" loses its first line, and its last (non-blank)
    /// line when that is a fence. Read in place: one string, the result, is made.
    /// </summary>
    internal static string StripFences(string text, int start, int length)
    {
        int end = start + length;
        int firstBreak = text.IndexOf('\n', start, length);
        if (firstBreak < 0)
        {
            return string.Empty;
        }

        int innerStart = firstBreak + 1;
        int trimmedEnd = end;
        while (trimmedEnd > innerStart && char.IsWhiteSpace(text[trimmedEnd - 1]))
        {
            trimmedEnd--;
        }

        int lastBreak = trimmedEnd > innerStart ? text.LastIndexOf('\n', trimmedEnd - 1, trimmedEnd - innerStart) : -1;
        int lineStart = lastBreak < 0 ? innerStart : lastBreak + 1;
        while (lineStart < trimmedEnd && char.IsWhiteSpace(text[lineStart]))
        {
            lineStart++;
        }

        bool fence = trimmedEnd - lineStart == 3
            && (string.CompareOrdinal(text, lineStart, "---", 0, 3) == 0 || string.CompareOrdinal(text, lineStart, "...", 0, 3) == 0);
        if (fence)
        {
            return lastBreak < 0 ? string.Empty : text.Substring(innerStart, lastBreak + 1 - innerStart);
        }

        return text.Substring(innerStart, end - innerStart);
    }
}
