using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using NewsLint.Language;
using NewsLint.Markdown;

namespace NewsLint.Recognizers.Quotations;

// Pass 5: each quotation's attribution, from its own sentence, the one before or after, or a neighbour.
internal sealed partial class QuotationScan
{
    private const int MaxSignatureWords = 8;

    private Attribution? AttributeOwn(Draft draft)
    {
        PartDraft first = draft.First;
        PartDraft last = draft.Last;
        BlockInfo firstInfo = Ready(first.Block.Index);
        BlockInfo lastInfo = Ready(last.Block.Index);
        int firstSegment = SegmentIndex(firstInfo, first.OpenStart);
        int lastSegment = SegmentIndex(lastInfo, Math.Max(last.OpenStart, last.End - 1));
        Segment lead = firstInfo.Segments[firstSegment];
        Segment tail = lastInfo.Segments[lastSegment];

        Cue? after = FirstCue(lastInfo, lastSegment, last.End, tail.End);
        Cue? before = LastCue(firstInfo, firstSegment, lead.Start, first.OpenStart);
        if (after is not null && (before is null || WordsBetween(lastInfo, last.End, after.Start) <= 3))
        {
            return Make(after, AttributionPlacement.SameSentence);
        }

        if (before is not null)
        {
            return Make(before, AttributionPlacement.SameSentence);
        }

        string firstText = first.Block.Text;
        int leadEnd = TrimEnd(firstText, first.OpenStart, lead.Start);
        if (leadEnd > lead.Start && firstText[leadEnd - 1] == ':')
        {
            return Colon(first.Block, lead.Start, leadEnd - 1);
        }

        Cue? elsewhere = FirstCue(firstInfo, firstSegment, lead.Start, lead.End) ?? FirstCue(lastInfo, lastSegment, tail.Start, tail.End);
        if (elsewhere is not null)
        {
            return Make(elsewhere, AttributionPlacement.SameSentence);
        }

        Attribution? noun = SpeakerNounNextTo(lastInfo, last.End, after: true) ?? SpeakerNounNextTo(firstInfo, first.OpenStart, after: false);
        if (noun is not null)
        {
            return noun;
        }

        return Preceding(firstInfo, firstSegment) ?? Following(lastInfo, lastSegment);
    }

    /// <summary>A speaker noun touching the marks: <c>"…" sign</c>, <c>the statement "…"</c>.</summary>
    private Attribution? SpeakerNounNextTo(BlockInfo info, int offset, bool after)
    {
        ImmutableArray<Token> tokens = info.Tokens;
        int t = LowerBound(tokens, offset) - (after ? 0 : 1);
        if (t < 0 || t >= tokens.Length || tokens[t].Kind != TokenKind.Word)
        {
            return null;
        }

        Token token = tokens[t];
        string text = info.Block.Text;
        string between = after ? text.Substring(offset, token.Start - offset) : text.Substring(token.End, offset - token.End);
        if (between.Trim().Length > 0 || !_lexicon.SpeakerNouns.Contains(text, token.Start, token.Length))
        {
            return null;
        }

        string word = token.GetText(text);

        return new Attribution(AttributionPlacement.SameSentence, info.Block, token.Start, token.Length, word, word, word, SpeakerKind.Other, null);
    }

    private Attribution? AttributeBlockQuote(Draft draft)
    {
        if (draft.SignatureBlock is { } signature)
        {
            string text = signature.Text;
            int start = SkipSpace(text, 0);
            int dash = StartsWithDash(text, start);
            int end = TrimEnd(text, text.Length, start);
            int words = WordsBetween(_info[signature.Index], start + dash, end);
            if (words > 0 && words <= MaxSignatureWords)
            {
                string speaker = text.Substring(start + dash, end - start - dash).Trim();
                return new Attribution(AttributionPlacement.Signature, signature, start, end - start, text.Substring(start, end - start), text.Substring(start, dash), speaker, SpeakerKind.Name, null);
            }
        }

        BlockInfo firstInfo = Ready(draft.First.Block.Index);
        BlockInfo lastInfo = Ready(draft.Last.Block.Index);
        return Preceding(firstInfo, 0) ?? Following(lastInfo, lastInfo.Segments.Count - 1);
    }

    /// <summary>The sentence before: an introducing colon, or a cue in a sentence that quotes nothing.</summary>
    private Attribution? Preceding(BlockInfo info, int segment)
    {
        BlockInfo? where = info;
        int s = segment - 1;
        if (s < 0)
        {
            where = info.Block.Index > 0 ? _info[info.Block.Index - 1] : null;
            if (where is null || where.Block.Kind == ProseKind.Heading)
            {
                return null;
            }

            Ready(where.Block.Index);

            s = where.Segments.Count - 1;
        }

        Segment previous = where.Segments[s];
        Cue? cue = LastCue(where, s, previous.Start, previous.End);
        if (previous.EndsWithColon)
        {
            string text = where.Block.Text;
            return cue is not null ? Make(cue, AttributionPlacement.IntroducingColon) : Colon(where.Block, previous.Start, TrimEnd(text, previous.End, previous.Start) - 1);
        }

        return cue is not null && !previous.HasQuotation ? Make(cue, AttributionPlacement.PrecedingSentence) : null;
    }

    /// <summary>The sentence after, when it quotes nothing and has a cue.</summary>
    private Attribution? Following(BlockInfo info, int segment)
    {
        BlockInfo? where = info;
        int s = segment + 1;
        if (s >= info.Segments.Count)
        {
            where = info.Block.Index + 1 < _blocks.Length ? _info[info.Block.Index + 1] : null;
            if (where is null || where.Block.Kind == ProseKind.Heading)
            {
                return null;
            }

            Ready(where.Block.Index);

            s = 0;
        }

        Segment next = where.Segments[s];
        Cue? cue = FirstCue(where, s, next.Start, next.End);
        return cue is not null && !next.HasQuotation ? Make(cue, AttributionPlacement.FollowingSentence) : null;
    }

    /// <summary>In one paragraph, a quotation next to an attributed one continues the same speaker's words.</summary>
    private Attribution? AttributeByNeighbour(Draft draft)
    {
        BlockInfo firstInfo = Ready(draft.First.Block.Index);
        int s = SegmentIndex(firstInfo, draft.First.OpenStart);
        Attribution? found = s > 0 ? firstInfo.Segments[s - 1].Attribution : null;
        if (found is null)
        {
            BlockInfo lastInfo = Ready(draft.Last.Block.Index);
            int e = SegmentIndex(lastInfo, Math.Max(draft.Last.OpenStart, draft.Last.End - 1));
            found = e + 1 < lastInfo.Segments.Count ? lastInfo.Segments[e + 1].Attribution : null;
            if (found is not null)
            {
                return Reuse(found, AttributionPlacement.FollowingSentence);
            }

            return null;
        }

        return Reuse(found, AttributionPlacement.PrecedingSentence);
    }

    private static Attribution Reuse(Attribution a, AttributionPlacement placement) => a.WithPlacement(placement);

    private Attribution Make(Cue cue, AttributionPlacement placement)
    {
        int start = Math.Min(cue.Start, cue.SpeakerStart);
        int end = Math.Max(cue.End, cue.SpeakerEnd);
        int speakerLength = Math.Max(0, cue.SpeakerEnd - cue.SpeakerStart);
        return new Attribution(placement, cue.Block, start, end - start, cue.Start, cue.End - cue.Start, cue.SpeakerStart, speakerLength, cue.SpeakerKind, ResolvedSpeaker(cue));
    }

    private Attribution Colon(ProseBlock block, int start, int colon)
    {
        string text = block.Text;
        int from = Math.Max(start, colon);
        int words = 0;
        while (from > start && words <= MaxSpeakerWords)
        {
            from--;
            if (from == start || (char.IsWhiteSpace(text[from - 1]) && !char.IsWhiteSpace(text[from])))
            {
                words++;
            }
        }

        string speaker = text.Substring(from, colon - from).Trim();
        return new Attribution(AttributionPlacement.IntroducingColon, block, from, colon + 1 - from, text.Substring(from, colon + 1 - from), ":", speaker, speaker.Length == 0 ? SpeakerKind.None : SpeakerKind.Other, null);
    }

    /// <summary>Gives the sentence at <paramref name="offset"/> the attribution, unless it has one.</summary>
    private void AttributeSegment(ProseBlock block, int offset, Attribution attribution)
    {
        BlockInfo info = Ready(block.Index);
        List<Segment> segments = info.Segments;
        int at = SegmentIndex(info, offset);
        Segment segment = segments[at];
        if (segment.Attribution is null)
        {
            segments[at] = segment.WithAttribution(attribution);
        }
    }
}
