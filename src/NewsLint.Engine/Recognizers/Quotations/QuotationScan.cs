using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using NewsLint.Analysis;
using NewsLint.Language;
using NewsLint.Markdown;

namespace NewsLint.Recognizers.Quotations;

/// <summary>The per-article work of <see cref="QuotationRecognizer"/>: mutable drafts, built into immutable mentions.</summary>
internal sealed partial class QuotationScan
{
    private const int MaxSpeakerWords = 10;
    private const int MaxSignatureWords = 8;

    private static readonly Func<Token, int> TokenStart = t => t.Start;
    private static readonly Func<Cue, int> CueStart = c => c.Start;
    private static readonly Func<Segment, int> SegmentStart = s => s.Start;

    private readonly ArticleContext _context;
    private readonly QuotationLexicon _lexicon;
    private readonly ImmutableArray<ProseBlock> _blocks;
    private readonly List<Draft> _drafts = new();
    private readonly List<UnbalancedMark> _unbalanced = new();

    /// <summary>One per block, from <see cref="Scratch"/>: only the first <c>_blocks.Length</c> are this article's.</summary>
    private readonly BlockInfo[] _info;
    private readonly Scratch _scratch;

    /// <summary>For tests: every block's sentences and cues, where a scan otherwise finds only those an attribution reads.</summary>
    private readonly bool _readsEveryBlock;

    /// <summary>
    /// Per-thread working state (block infos with their sentence and cue lists, cues, the text builder): an article's
    /// scan reuses the last one's instead of allocating them again, and <see cref="Scratch.Release"/> drops the article's
    /// references when the scan ends.
    /// </summary>
    [ThreadStatic]
    private static Scratch? _scratches;

    public QuotationScan(ArticleContext context, QuotationLexicon lexicon, bool readsEveryBlock)
    {
        _context = context;
        _readsEveryBlock = readsEveryBlock;
        _lexicon = lexicon;
        _blocks = context.Document.Blocks;
        _scratch = _scratches ??= new Scratch();
        _info = _scratch.Infos(_blocks.Length);
        for (int i = 0; i < _blocks.Length; i++)
        {
            _info[i].Reset(_blocks[i], context.TokensOf(_blocks[i]));
        }
    }

    public QuotationSet Run()
    {
        try
        {
            return Scan();
        }
        finally
        {
            _scratch.Release(_blocks.Length);
        }
    }

    private QuotationSet Scan()
    {
        PairMarks();
        ResolveNesting();
        AddBlockQuotes();
        int minimumWords = _context.Options.MinimumQuotationWords;
        foreach (Draft draft in _drafts)
        {
            if (draft.IsTopLevel)
            {
                CountWords(draft);
                draft.IsTitle = draft.Kind == QuotationKind.Marks && IsTitle(draft);
                draft.IsTerm = draft.IsTitle || draft.WordCount < minimumWords;
                draft.IsSpeech = !draft.IsTitle && (!draft.IsTerm || EndsLikeClause(draft.Last));
                foreach (PartDraft part in draft.Parts)
                {
                    _info[part.Block.Index].AddInterval(new Interval(part, draft));
                }
            }
        }

        for (int b = 0; b < _blocks.Length; b++)
        {
            BlockInfo info = _info[b];
            if (info.Intervals.Count > 1)
            {
                info.Intervals.Sort((a, b) => a.Start.CompareTo(b.Start));
            }
        }

        if (_readsEveryBlock)
        {
            ReadEveryBlock();
        }

        foreach (Draft draft in _drafts)
        {
            if (draft.IsTopLevel)
            {
                draft.Attribution = draft.Kind == QuotationKind.BlockQuote ? AttributeBlockQuote(draft) : AttributeOwn(draft);
                if (draft.Attribution is { Placement: AttributionPlacement.SameSentence or AttributionPlacement.IntroducingColon } own && draft.IsSpeech)
                {
                    AttributeSegment(draft.First.Block, draft.First.OpenStart, own);
                    AttributeSegment(draft.Last.Block, Math.Max(draft.Last.CloseStart, draft.Last.End - 1), own);
                }
            }
        }

        foreach (Draft draft in _drafts)
        {
            if (draft.IsTopLevel && draft.Attribution is null && draft.Kind == QuotationKind.Marks)
            {
                draft.Attribution = AttributeByNeighbour(draft);
            }
        }

        return Build();
    }

    // ---- Pass 4: speakers ---------------------------------------------------------------------------------------

    /// <summary>
    /// The block's sentences and cues, each cue with its speaker and, for <c>-nya</c> and pronouns, the last speaker
    /// named before it. Found on first use: only the blocks of quotations and their neighbours are read (and, for a
    /// pronoun, the blocks back to the last name), where most of an article's blocks are neither.
    /// </summary>
    private BlockInfo Ready(int b)
    {
        BlockInfo info = _info[b];
        if (info.IsResolved)
        {
            return info;
        }

        ReadSentencesAndCues(info);
        string? lastNamed = null;
        bool known = false;
        foreach (Cue cue in info.Cues)
        {
            if (cue.SpeakerKind is SpeakerKind.Suffix or SpeakerKind.Pronoun)
            {
                if (!known)
                {
                    lastNamed = LastNamedBefore(b);
                    known = true;
                }

                cue.ResolvedSpeaker = lastNamed;
            }
            else if (cue.Name is not null)
            {
                lastNamed = cue.Name;
                known = true;
            }
        }

        info.IsResolved = true;
        return info;
    }

    /// <summary>The reference for <see cref="Ready"/>: every block read, pronouns resolved in one pass in article order.</summary>
    private void ReadEveryBlock()
    {
        string? lastNamed = null;
        for (int b = 0; b < _blocks.Length; b++)
        {
            BlockInfo info = _info[b];
            ReadSentencesAndCues(info);
            foreach (Cue cue in info.Cues)
            {
                if (cue.SpeakerKind is SpeakerKind.Suffix or SpeakerKind.Pronoun)
                {
                    cue.ResolvedSpeaker = lastNamed;
                }
                else if (cue.Name is not null)
                {
                    lastNamed = cue.Name;
                }
            }

            info.IsResolved = true;
        }
    }

    /// <summary>Sentences, cues and each cue's speaker words: what one block tells alone.</summary>
    private void ReadSentencesAndCues(BlockInfo info)
    {
        if (info.IsRead)
        {
            return;
        }

        SplitSentences(info);
        FindCues(info);
        foreach (Cue cue in info.Cues)
        {
            FindSpeaker(info, cue);
        }

        info.IsRead = true;
    }

    /// <summary>The name of the last cue with a named speaker in the blocks before <paramref name="b"/>, or null.</summary>
    private string? LastNamedBefore(int b)
    {
        string? found = null;
        int i = b - 1;
        for (; i >= 0; i--)
        {
            BlockInfo earlier = _info[i];
            if (earlier.KnowsLastName)
            {
                found = earlier.LastName;
                break;
            }

            ReadSentencesAndCues(earlier);
            if (LastName(earlier) is { } name)
            {
                found = name;
                break;
            }
        }

        // Remembered for the blocks walked, so pronouns in later blocks do not walk them again.
        for (int j = Math.Max(i, 0); j < b; j++)
        {
            _info[j].RememberLastName(found);
        }

        return found;
    }

    private static string? LastName(BlockInfo info)
    {
        for (int c = info.Cues.Count - 1; c >= 0; c--)
        {
            if (info.Cues[c].Name is { } name)
            {
                return name;
            }
        }

        return null;
    }

    private void FindSpeaker(BlockInfo info, Cue cue)
    {
        if (!cue.IsPhrase && HasSpeakerSuffix(info.Block.Text, cue.Start, cue.End - cue.Start))
        {
            cue.SpeakerKind = SpeakerKind.Suffix;
            cue.SpeakerStart = cue.SpeakerEnd = cue.End;
            return;
        }

        Segment segment = SegmentAt(info.Block, cue.Start);
        int before = WordsBefore(info, cue.TokenIndex, segment.Start, skipComma: false);
        int after = WordsAfter(info, cue.TokenEnd, segment.End);
        ImmutableArray<Token> tokens = info.Tokens;
        if (cue.IsPhrase && after > cue.TokenEnd)
        {
            SetSpeaker(info, cue, cue.TokenEnd, after);
        }
        else if (before < cue.TokenIndex)
        {
            SetSpeaker(info, cue, before, cue.TokenIndex);
        }
        else
        {
            // "Zhu Yongbiao, direktur pusat studi, menjelaskan": the subject stands before an apposition's comma.
            before = WordsBefore(info, cue.TokenIndex, segment.Start, skipComma: true);
            if (before < cue.TokenIndex && tokens[cue.TokenIndex - 1].Kind == TokenKind.Symbol)
            {
                SetSpeaker(info, cue, before, cue.TokenIndex - 1);
            }
            else if (after > cue.TokenEnd)
            {
                SetSpeaker(info, cue, cue.TokenEnd, after);
            }
            else
            {
                cue.SpeakerStart = cue.SpeakerEnd = cue.End;
                cue.SpeakerKind = SpeakerKind.None;
            }
        }
    }

    /// <summary>Whether text[start..+length) ends with a speaker suffix, compared in place.</summary>
    private bool HasSpeakerSuffix(string text, int start, int length)
    {
        foreach (string suffix in _lexicon.SpeakerSuffixes)
        {
            if (length > suffix.Length + 2 && string.Compare(text, start + length - suffix.Length, suffix, 0, suffix.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>First token index of the words right before <paramref name="t"/>, within the sentence.</summary>
    private int WordsBefore(BlockInfo info, int t, int limit, bool skipComma)
    {
        ImmutableArray<Token> tokens = info.Tokens;
        string text = info.Block.Text;
        int from = t;
        int words = 0;
        for (int i = t - 1; i >= 0 && tokens[i].Start >= limit && words < MaxSpeakerWords; i--)
        {
            if (tokens[i].Kind != TokenKind.Symbol)
            {
                words++;
                from = i;
            }
            else if (!skipComma || text[tokens[i].Start] != ',')
            {
                break;
            }
        }

        return from;
    }

    /// <summary>One past the last token index of the speaker words after <paramref name="t"/>: up to punctuation or a stop word.</summary>
    private int WordsAfter(BlockInfo info, int t, int limit)
    {
        ImmutableArray<Token> tokens = info.Tokens;
        string text = info.Block.Text;
        int i = t;
        while (i < tokens.Length && tokens[i].Start < limit && tokens[i].Kind != TokenKind.Symbol && i - t < MaxSpeakerWords
            && !_lexicon.SpeakerStops.Contains(text, tokens[i].Start, tokens[i].Length))
        {
            i++;
        }

        return i;
    }

    private void SetSpeaker(BlockInfo info, Cue cue, int from, int to)
    {
        ImmutableArray<Token> tokens = info.Tokens;
        string text = info.Block.Text;
        cue.SpeakerStart = tokens[from].Start;
        cue.SpeakerEnd = tokens[to - 1].End;
        if (to - from == 1 && _lexicon.Pronouns.Contains(text, tokens[from].Start, tokens[from].Length))
        {
            cue.SpeakerKind = SpeakerKind.Pronoun;
            return;
        }

        int nameStart = -1;
        int nameEnd = -1;
        int runStart = -1;
        int runWords = 0;
        int firstToken = LowerBound(tokens, SegmentAt(info.Block, tokens[from].Start).Start);
        for (int t = from; t <= to; t++)
        {
            bool capital = t < to && tokens[t].Kind == TokenKind.Word && char.IsUpper(text[tokens[t].Start])
                && !_lexicon.FunctionWords.Contains(text, tokens[t].Start, tokens[t].Length) && !_lexicon.Pronouns.Contains(text, tokens[t].Start, tokens[t].Length);
            if (capital)
            {
                runStart = runWords == 0 ? t : runStart;
                runWords++;
                continue;
            }

            if (runWords > 0)
            {
                // A lone capitalised word opening the sentence may be any word; prefer a later or longer run.
                bool strong = runWords > 1 || runStart != firstToken;
                if (strong || nameStart < 0)
                {
                    nameStart = tokens[runStart].Start;
                    nameEnd = tokens[t - 1].End;
                }

                if (strong)
                {
                    break;
                }

                runWords = 0;
            }
        }

        if (nameStart >= 0)
        {
            cue.Name = text.Substring(nameStart, nameEnd - nameStart);
            cue.SpeakerKind = SpeakerKind.Name;
        }
        else
        {
            cue.SpeakerKind = SpeakerKind.Other;
        }
    }

    // ---- Pass 5: attribution ------------------------------------------------------------------------------------

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

        Cue? after = FirstCue(lastInfo, last.End, tail.End);
        Cue? before = LastCue(firstInfo, lead.Start, first.OpenStart);
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

        Cue? elsewhere = FirstCue(firstInfo, lead.Start, lead.End) ?? FirstCue(lastInfo, tail.Start, tail.End);
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
        Cue? cue = LastCue(where, previous.Start, previous.End);
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
        Cue? cue = FirstCue(where, next.Start, next.End);
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

    private static Attribution Make(Cue cue, AttributionPlacement placement)
    {
        int start = Math.Min(cue.Start, cue.SpeakerStart);
        int end = Math.Max(cue.End, cue.SpeakerEnd);
        int speakerLength = Math.Max(0, cue.SpeakerEnd - cue.SpeakerStart);
        return new Attribution(placement, cue.Block, start, end - start, cue.Start, cue.End - cue.Start, cue.SpeakerStart, speakerLength, cue.SpeakerKind, cue.ResolvedSpeaker);
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

    // ---- Lookups ------------------------------------------------------------------------------------------------

    private static int SegmentIndex(BlockInfo info, int offset) => OffsetSearch.LastAtOrBefore(info.Segments, offset, SegmentStart);

    private static int CueLowerBound(List<Cue> cues, int offset) => OffsetSearch.FirstAtOrAfter(cues, offset, CueStart);

    private static int LowerBound(ImmutableArray<Token> tokens, int offset) => OffsetSearch.FirstAtOrAfter(tokens, offset, TokenStart);

    private Segment SegmentAt(ProseBlock block, int offset)
    {
        BlockInfo info = _info[block.Index];
        return info.Segments[SegmentIndex(info, offset)];
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

    // ---- Build --------------------------------------------------------------------------------------------------

    private QuotationSet Build()
    {
        var quotations = ImmutableArray.CreateBuilder<Quotation>();
        StringBuilder text = _scratch.Text;
        foreach (Draft draft in _drafts)
        {
            if (!draft.Closed)
            {
                continue;
            }

            var parts = ImmutableArray.CreateBuilder<QuotationPart>(draft.Parts.Count);
            text.Clear();
            foreach (PartDraft part in draft.Parts)
            {
                parts.Add(new QuotationPart(part.Block, part.OpenStart, part.OpenLength, part.ContentStart, part.ContentEnd - part.ContentStart, part.CloseStart, part.CloseLength));
                if (text.Length > 0)
                {
                    text.Append('\n');
                }

                text.Append(part.Block.Text, part.ContentStart, part.ContentEnd - part.ContentStart);
            }

            if (!draft.IsTopLevel && draft.WordCount == 0)
            {
                CountWords(draft);
            }

            draft.Built = new Quotation(
                quotations.Count,
                draft.Kind,
                draft.Pair,
                parts.MoveToImmutable(),
                text.ToString(),
                draft.WordCount,
                draft.IsTitle,
                draft.EffectiveParent?.Built,
                draft.Attribution);
            quotations.Add(draft.Built);
        }

        _unbalanced.Sort((a, b) =>
        {
            int byBlock = a.Block.Index.CompareTo(b.Block.Index);
            return byBlock != 0 ? byBlock : a.Start.CompareTo(b.Start);
        });
        return new QuotationSet(quotations.ToImmutable(), _unbalanced.ToImmutableArray());
    }
}
