using System;
#if NET
using System.Buffers;
#endif
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

        // Each key's start and length, to find a repeated key: front matter has a handful of keys, so a look back
        // over them costs less than a set of strings (and no key becomes a string).
        Span<int> keys = stackalloc int[2 * MaxSimpleKeys];
        int keyCount = 0;
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

            if (!TrySimpleLine(yaml, lineStart, lineEnd, out int keyEnd, out int valueStart, out int valueEnd))
            {
                return false;
            }

            if (keyEnd >= 0)
            {
                ReadOnlySpan<char> key = yaml.AsSpan(lineStart, keyEnd - lineStart);
                if (keyCount == MaxSimpleKeys || IsRepeated(yaml, keys, keyCount, key) || key.SequenceEqual("newslint-disable".AsSpan()))
                {
                    return false;
                }

                keys[2 * keyCount] = lineStart;
                keys[(2 * keyCount) + 1] = key.Length;
                keyCount++;
                if (key.SequenceEqual("title".AsSpan()))
                {
                    title = ValueOrNull(yaml, valueStart, valueEnd);
                }
                else if (key.SequenceEqual("date".AsSpan()))
                {
                    date = ValueOrNull(yaml, valueStart, valueEnd);
                }
                else if (key.SequenceEqual("lang".AsSpan()))
                {
                    language = ValueOrNull(yaml, valueStart, valueEnd);
                }
                else if (key.SequenceEqual("language".AsSpan()))
                {
                    languageLong = ValueOrNull(yaml, valueStart, valueEnd);
                }
            }

            lineStart = next;
        }

        if (keyCount == 0)
        {
            return false;
        }

        language ??= languageLong;
        return true;
    }

    /// <summary>More keys than this and the simple reader declines (YamlDotNet reads them): the look back for a
    /// repeated key stays short.</summary>
    private const int MaxSimpleKeys = 32;

    /// <summary>A flow list's value is not read (null), as YamlDotNet gives no scalar for it.</summary>
    private static string? ValueOrNull(string yaml, int start, int end) => start < 0 ? null : yaml.Substring(start, end - start);

    private static bool IsRepeated(string yaml, Span<int> keys, int count, ReadOnlySpan<char> key)
    {
        for (int k = 0; k < count; k++)
        {
            if (yaml.AsSpan(keys[2 * k], keys[(2 * k) + 1]).SequenceEqual(key))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A blank line (<paramref name="keyEnd"/> -1), or <c>key: value</c> with a plain value, the key ending at
    /// <paramref name="keyEnd"/> and the value (a flow list's value is never read: it spans -1..-1) at
    /// [<paramref name="valueStart"/>, <paramref name="valueEnd"/>); false for anything else.
    /// </summary>
    private static bool TrySimpleLine(string yaml, int start, int end, out int keyEnd, out int valueStart, out int valueEnd)
    {
        keyEnd = -1;
        valueStart = -1;
        valueEnd = -1;
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

        keyEnd = i;
        int from = i + 2;
        int to = end;
        while (from < to && yaml[from] == ' ')
        {
            from++;
        }

        while (to > from && yaml[to - 1] == ' ')
        {
            to--;
        }

        if (from == to)
        {
            return false;
        }

        if (yaml[from] == '[')
        {
            return yaml[to - 1] == ']' && IsPlainFlowList(yaml, from + 1, to - 1);
        }

        valueStart = from;
        valueEnd = to;
        return IsPlain(yaml, from, to, inFlow: false);
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

            // The item without the spaces around it, read in place.
            int from = itemStart;
            int to = i;
            while (from < to && yaml[from] == ' ')
            {
                from++;
            }

            while (to > from && yaml[to - 1] == ' ')
            {
                to--;
            }

            if (from == to || !IsPlain(yaml, from, to, inFlow: true))
            {
                return false;
            }

            itemStart = i + 1;
        }

        return true;
    }

    /// <summary>Whether yaml[start..end) (not empty) is a plain scalar that means its own text: no indicator first, no
    /// comment, no mapping, no odd character.</summary>
    internal static bool IsPlain(string yaml, int start, int end, bool inFlow)
    {
        if ("-?:,[]{}#&*!|>'\"%@`".IndexOf(yaml[start]) >= 0 || yaml[end - 1] == ':')
        {
            return false;
        }

        for (int i = start; i < end; i++)
        {
#if NET
            // Only these characters can end a plain scalar: the letters, digits and spaces between them, nearly all of
            // any value, are passed over many at a time.
            int stop = yaml.AsSpan(i, end - i).IndexOfAny(PlainScalarStops);
            if (stop < 0)
            {
                return true;
            }

            i += stop;
#endif
            char c = yaml[i];
            if (c == '\t' || c == '\r' || c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\uFEFF'
                || c == '{' || c == '}' || c == '[' || c == ']' || (inFlow && c == ',')
                || (c == ':' && (i + 1 == end || yaml[i + 1] == ' ' || (inFlow && yaml[i + 1] == ',')))
                || (c == '#' && i > start && yaml[i - 1] == ' '))
            {
                return false;
            }
        }

        return true;
    }

#if NET
    /// <summary>Every character <see cref="IsPlain"/> looks at twice; any other one leaves a scalar plain.</summary>
    private static readonly SearchValues<char> PlainScalarStops = SearchValues.Create("\t\r\n\u0085\u2028\u2029\uFEFF{}[],:#");
#endif

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
