using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using NewsLint.Language;

namespace NewsLint.Recognizers.Quotations;

// Searches in a block's tokens, sentences and cues, shared by the passes.
internal sealed partial class QuotationScan
{
    private static readonly Func<Token, int> TokenStart = t => t.Start;
    private static readonly Func<Cue, int> CueStart = c => c.Start;
    private static readonly Func<Segment, int> SegmentStart = s => s.Start;

    private static int SegmentIndex(BlockInfo info, int offset) => OffsetSearch.LastAtOrBefore(info.Segments, offset, SegmentStart);

    private static int CueLowerBound(List<Cue> cues, int offset) => OffsetSearch.FirstAtOrAfter(cues, offset, CueStart);

    private static int LowerBound(ImmutableArray<Token> tokens, int offset) => OffsetSearch.FirstAtOrAfter(tokens, offset, TokenStart);

    private static Segment SegmentAt(BlockInfo info, int offset) => info.Segments[SegmentIndex(info, offset)];

    /// <summary>The first cue starting in [from, to).</summary>
    private static Cue? FirstCue(BlockInfo info, int from, int to)
    {
        int i = CueLowerBound(info.Cues, from);
        return i < info.Cues.Count && info.Cues[i].Start < to ? info.Cues[i] : null;
    }

    /// <summary>The last cue lying wholly in [from, to).</summary>
    private static Cue? LastCue(BlockInfo info, int from, int to)
    {
        int i = CueLowerBound(info.Cues, to) - 1;
        while (i >= 0 && info.Cues[i].End > to)
        {
            i--;
        }

        return i >= 0 && info.Cues[i].Start >= from ? info.Cues[i] : null;
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
