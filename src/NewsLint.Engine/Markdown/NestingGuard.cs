using System;
using System.Collections.Immutable;
using System.Text;
using NewsLint.Text;

namespace NewsLint.Markdown;

/// <summary>
/// Keeps hostile nesting away from Markdig, which gives up on a whole article (an exception) past 127 nested
/// blocks or a few thousand nested inline delimiters. Before parsing, lines nested deeper than
/// <see cref="MaxNestingLevels"/> lose their quote and list markers, and paragraphs with more than
/// <see cref="MaxInlineDelimiters"/> emphasis or link delimiters lose those delimiters. Each removed character
/// becomes a no-break space, so every offset stays exact and the text is still checked, as plain paragraphs.
/// Every place this happens is reported (NL0009), never silently.
/// </summary>
internal static class NestingGuard
{
    /// <summary>Quote markers, list markers and indentation/2, counted at the start of a line.</summary>
    public const int MaxNestingLevels = 48;

    /// <summary><c>*</c>, <c>_</c>, <c>[</c> and <c>]</c> in one paragraph (a run of non-blank lines).</summary>
    public const int MaxInlineDelimiters = 2000;

    private const char Neutral = '\u00A0';

    /// <summary>Per-thread scratch for the regions found: nearly every article has none, so no builder per article.</summary>
    [ThreadStatic]
    private static ImmutableArray<FlattenedRegion>.Builder? Found;

    /// <summary>Flattens what is nested too deeply (never adding or removing a <c>|</c>, so <see cref="SourceDocument.HasPipe"/> still holds).</summary>
    public static string Flatten(SourceDocument source, out ImmutableArray<FlattenedRegion> regions)
    {
        string text = source.Text;
        StringBuilder? result = null;
        ImmutableArray<FlattenedRegion>.Builder found = Found ??= ImmutableArray.CreateBuilder<FlattenedRegion>();
        found.Clear();
        FlattenBlocks(text, source.LineStarts, ref result, found);
        if (HasMoreDelimitersThanLimit(source))
        {
            FlattenInlines(text, ref result, found);
        }

        regions = found.Count == 0 ? ImmutableArray<FlattenedRegion>.Empty : found.ToImmutable();
        found.Clear();
        return result?.ToString() ?? text;
    }

    /// <summary>Reads each line's container prefix; the lines are the source's own line map (a prefix never holds a
    /// line break, so the line after a prefix is the next line of the map).</summary>
    private static void FlattenBlocks(string text, ReadOnlySpan<int> lineStarts, ref StringBuilder? result, ImmutableArray<FlattenedRegion>.Builder found)
    {
        int regionStart = -1;
        int regionEnd = 0;
        int deepest = 0;
        int lines = 0;
        foreach (int lineStart in lineStarts)
        {
            if (lineStart >= text.Length)
            {
                break;
            }

            int prefixEnd = ContainerPrefix(text, lineStart, out int levels);
            if (levels > MaxNestingLevels)
            {
                result ??= new StringBuilder(text);
                for (int i = lineStart; i < prefixEnd; i++)
                {
                    result[i] = Neutral;
                }

                regionStart = regionStart < 0 ? lineStart : regionStart;
                regionEnd = prefixEnd;
                deepest = levels > deepest ? levels : deepest;
                lines++;
            }
        }

        if (regionStart >= 0)
        {
            found.Add(new FlattenedRegion(
                TextSpan.FromBounds(regionStart, regionEnd),
                $"{lines} line(s) nested up to {deepest} levels deep, more than the {MaxNestingLevels} NewsLint reads, lost their quote and list markers"));
        }
    }

    /// <summary>Called only when the whole text holds more delimiters than a paragraph may (nearly never).</summary>
    private static void FlattenInlines(string text, ref StringBuilder? result, ImmutableArray<FlattenedRegion>.Builder found)
    {
        int paragraphStart = -1;
        int delimiters = 0;
        int lineStart = 0;
        while (lineStart <= text.Length)
        {
            int lineEnd = LineBreaks.EndOfLine(text, lineStart);
            bool blank = IsBlank(text, lineStart, lineEnd);
            if (!blank)
            {
                paragraphStart = paragraphStart < 0 ? lineStart : paragraphStart;
                delimiters += CountInlineDelimiters(text.AsSpan(lineStart, lineEnd - lineStart));
            }

            bool last = lineEnd >= text.Length;
            if ((blank || last) && paragraphStart >= 0)
            {
                int paragraphEnd = blank ? lineStart : lineEnd;
                if (delimiters > MaxInlineDelimiters)
                {
                    result ??= new StringBuilder(text);
                    for (int i = paragraphStart; i < paragraphEnd; i++)
                    {
                        if (IsInlineDelimiter(text[i]))
                        {
                            result[i] = Neutral;
                        }
                    }

                    found.Add(new FlattenedRegion(
                        TextSpan.FromBounds(paragraphStart, paragraphEnd),
                        $"a paragraph with {delimiters} emphasis and link delimiters, more than the {MaxInlineDelimiters} NewsLint reads, lost them"));
                }

                paragraphStart = -1;
                delimiters = 0;
            }

            if (last)
            {
                break;
            }

            lineStart = NextLine(text, lineEnd);
        }
    }

    /// <summary>The end of the line's run of indentation, quote markers and list markers; <paramref name="levels"/> estimates its nesting.</summary>
    private static int ContainerPrefix(string text, int start, out int levels)
    {
        levels = 0;
        int columns = 0;
        int i = start;
        while (i < text.Length)
        {
            char c = text[i];
            if (c == ' ')
            {
                columns++;
                i++;
            }
            else if (c == '\t')
            {
                columns += 4;
                i++;
            }
            else if (c == '>')
            {
                levels++;
                i++;
            }
            else if ((c == '-' || c == '+' || c == '*') && IsMarkerEnd(text, i + 1))
            {
                levels++;
                i++;
            }
            else if (c >= '0' && c <= '9')
            {
                int j = i;
                while (j < text.Length && j - i < 9 && text[j] >= '0' && text[j] <= '9')
                {
                    j++;
                }

                if (j < text.Length && (text[j] == '.' || text[j] == ')') && IsMarkerEnd(text, j + 1))
                {
                    levels++;
                    i = j + 1;
                }
                else
                {
                    break;
                }
            }
            else
            {
                break;
            }
        }

        levels += columns / 2;
        return i;
    }

    private static bool IsMarkerEnd(string text, int i) =>
        i >= text.Length || text[i] == ' ' || text[i] == '\t' || text[i] == '\n' || text[i] == '\r';

    /// <summary>Whether the text holds more inline delimiters than a paragraph may (counted with the line map).</summary>
    internal static bool HasMoreDelimitersThanLimit(SourceDocument source) => source.InlineDelimiterCount > MaxInlineDelimiters;

    private static bool IsInlineDelimiter(char c) => SourceScan.IsInlineDelimiter(c);

    /// <summary>The <c>* _ [ ]</c> of a line, found by a vectorized search: a long article holds more of them than one
    /// paragraph may, so its every line comes here (testing each character was 3% of linting a 500 KB article).</summary>
    private static int CountInlineDelimiters(ReadOnlySpan<char> line)
    {
        int count = 0;
        for (int at; (at = line.IndexOfAny(SourceScan.InlineDelimiters)) >= 0; line = line.Slice(at + 1))
        {
            count++;
        }

        return count;
    }

    private static bool IsBlank(string text, int start, int end)
    {
        for (int i = start; i < end; i++)
        {
            if (text[i] != ' ' && text[i] != '\t')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The start of the line after the one containing <paramref name="from"/> (CRLF, CR or LF).</summary>
    private static int NextLine(string text, int from)
    {
        int next = LineBreaks.NextLineStart(text, from);
        return next < 0 ? text.Length + 1 : next;
    }
}

/// <summary>A part of an article whose Markdown structure was too deep to parse and was read as plain paragraphs.</summary>
public sealed class FlattenedRegion
{
    public FlattenedRegion(TextSpan span, string reason)
    {
        Span = span;
        Reason = reason;
    }

    public TextSpan Span { get; }

    public string Reason { get; }
}
