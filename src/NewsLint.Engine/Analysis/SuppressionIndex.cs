using System;
using System.Collections.Generic;
using NewsLint.Markdown;
using NewsLint.Text;

namespace NewsLint.Analysis;

/// <summary>
/// Suppressions as markdownlint and Vale users write them:
/// <c>&lt;!-- newslint-disable NL4001 --&gt;</c> … <c>&lt;!-- newslint-enable NL4001 --&gt;</c>,
/// <c>&lt;!-- newslint-disable-next-line NL4001 --&gt;</c>, <c>&lt;!-- newslint-disable-line --&gt;</c>, and a
/// front matter list <c>newslint-disable: [NL4001]</c>. No IDs means every rule.
/// </summary>
public sealed class SuppressionIndex
{
    private const string All = "*";

    private readonly List<Range> _ranges = new();
    private readonly HashSet<string> _fileWide = new(StringComparer.OrdinalIgnoreCase);

    private SuppressionIndex()
    {
    }

    /// <summary>Whether the article holds anything that can suppress a finding: an HTML comment or a front matter
    /// <c>newslint-disable</c> list. Without either, <see cref="Build"/> gives an index that suppresses nothing.</summary>
    public static bool MaySuppress(ArticleDocument document) =>
        !document.Comments.IsEmpty || !document.FrontMatter.DisabledRules.IsEmpty;

    public static SuppressionIndex Build(ArticleDocument document)
    {
        var index = new SuppressionIndex();
        foreach (string id in document.FrontMatter.DisabledRules)
        {
            index._fileWide.Add(string.Equals(id, "all", StringComparison.OrdinalIgnoreCase) ? All : id);
        }

        SourceDocument source = document.Source;
        var open = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (HtmlComment comment in document.Comments)
        {
            string[] words = comment.Body.Split(new[] { ' ', '\t', '\r', '\n', ',' }, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0)
            {
                continue;
            }

            var ids = new List<string>();
            for (int i = 1; i < words.Length && !words[i].StartsWith("--", StringComparison.Ordinal); i++)
            {
                ids.Add(words[i]);
            }

            if (ids.Count == 0)
            {
                ids.Add(All);
            }

            switch (words[0].ToLowerInvariant())
            {
                case "newslint-disable":
                    foreach (string id in ids)
                    {
                        if (!open.ContainsKey(id))
                        {
                            open[id] = comment.Span.End;
                        }
                    }

                    break;
                case "newslint-enable":
                    foreach (string id in ids)
                    {
                        if (id == All)
                        {
                            foreach (KeyValuePair<string, int> pair in open)
                            {
                                index._ranges.Add(new Range(pair.Key, pair.Value, comment.Span.Start));
                            }

                            open.Clear();
                        }
                        else if (open.TryGetValue(id, out int start))
                        {
                            index._ranges.Add(new Range(id, start, comment.Span.Start));
                            open.Remove(id);
                        }
                    }

                    break;
                case "newslint-disable-next-line":
                case "newslint-disable-line":
                    int line = source.GetLinePosition(comment.Span.End).Line + (words[0].EndsWith("next-line", StringComparison.OrdinalIgnoreCase) ? 1 : 0);
                    if (line <= source.LineCount)
                    {
                        int lineStart = source.GetLineStart(line);
                        int lineEnd = line < source.LineCount ? source.GetLineStart(line + 1) : source.Text.Length;
                        foreach (string id in ids)
                        {
                            index._ranges.Add(new Range(id, lineStart, lineEnd));
                        }
                    }

                    break;
            }
        }

        foreach (KeyValuePair<string, int> pair in open)
        {
            index._ranges.Add(new Range(pair.Key, pair.Value, int.MaxValue));
        }

        return index;
    }

    public bool IsSuppressed(string id, int offset)
    {
        if (_fileWide.Contains(All) || _fileWide.Contains(id))
        {
            return true;
        }

        foreach (Range range in _ranges)
        {
            if (offset >= range.Start && offset < range.End && (range.Id == All || string.Equals(range.Id, id, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    private readonly struct Range
    {
        public Range(string id, int start, int end)
        {
            Id = id;
            Start = start;
            End = end;
        }

        public string Id { get; }

        public int Start { get; }

        public int End { get; }
    }
}
