using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using NewsLint.Language;

namespace NewsLint.Recognizers.Quotations;

// Searches in a block's tokens, sentences and cues, shared by the passes.
internal sealed partial class QuotationScan
{
    // Binary searches written out for each list: through OffsetSearch each probe was an interface call and a delegate
    // call, and the scan searches sentences, cues and tokens about 20,000 times over 300 articles.

    /// <summary>Index of the last sentence starting at or before <paramref name="offset"/> (0 when none does).</summary>
    private static int SegmentIndex(BlockInfo info, int offset)
    {
        List<Segment> segments = info.Segments;
        int lo = 0;
        int hi = segments.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (segments[mid].Start <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return Math.Max(0, lo - 1);
    }

    /// <summary>Index of the first cue starting at or after <paramref name="offset"/> (the count when none does).</summary>
    private static int CueLowerBound(List<Cue> cues, int offset)
    {
        int lo = 0;
        int hi = cues.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (cues[mid].Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>Index of the first token starting at or after <paramref name="offset"/> (the count when none does).</summary>
    private static int LowerBound(ImmutableArray<Token> tokens, int offset) => LowerBound(tokens, offset, 0, tokens.Length);

    /// <summary>As above among tokens [from, to): <paramref name="to"/> when none of them does.</summary>
    private static int LowerBound(ImmutableArray<Token> tokens, int offset, int from, int to)
    {
        int lo = from;
        int hi = to;
        while (lo < hi)
        {
            int mid = (lo + hi) >> 1;
            if (tokens[mid].Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    private static Segment SegmentAt(BlockInfo info, int offset) => info.Segments[SegmentIndex(info, offset)];

    /// <summary>The first cue starting in [from, to), a range of sentence <paramref name="segment"/> (its cues are read first).</summary>
    private Cue? FirstCue(BlockInfo info, int segment, int from, int to)
    {
        if (from >= to)
        {
            return null;
        }

        ReadCuesOf(info, segment, from, to);
        int i = CueLowerBound(info.Cues, from);
        return i < info.Cues.Count && info.Cues[i].Start < to ? info.Cues[i] : null;
    }

    /// <summary>The last cue lying wholly in [from, to), a range of sentence <paramref name="segment"/> (its cues are read first).</summary>
    private Cue? LastCue(BlockInfo info, int segment, int from, int to)
    {
        if (from >= to)
        {
            return null;
        }

        ReadCuesOf(info, segment, from, to);
        int i = CueLowerBound(info.Cues, to) - 1;
        while (i >= 0 && info.Cues[i].End > to)
        {
            i--;
        }

        return i >= 0 && info.Cues[i].Start >= from ? info.Cues[i] : null;
    }

    /// <summary>
    /// Reads the cues of the sentences [from, to) touches: <paramref name="segment"/>, the one it is meant to lie in,
    /// and any other it reaches into. A cue lies in one sentence, so a cue starting or lying in the range is then read.
    /// </summary>
    private void ReadCuesOf(BlockInfo info, int segment, int from, int to)
    {
        Segment where = info.Segments[segment];
        int first = from < where.Start ? SegmentIndex(info, from) : segment;
        int last = to > where.End ? SegmentIndex(info, to - 1) : segment;
        ReadCues(info, first, last);
    }

    private static int WordsBetween(BlockInfo info, int from, int to)
    {
        int words = 0;
        ImmutableArray<Token> tokens = info.Tokens;
        for (int t = LowerBound(tokens, from); t < tokens.Length && tokens[t].Start < to; t++)
        {
            if (tokens[t].Kind != TokenKind.Symbol)
            {
                words++;
            }
        }

        return words;
    }

    private static int SkipSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>One past the last non-space character before <paramref name="end"/>, not below <paramref name="floor"/>.</summary>
    private static int TrimEnd(string text, int end, int floor)
    {
        while (end > floor && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }
}
