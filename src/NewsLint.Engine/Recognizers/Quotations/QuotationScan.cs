using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using NewsLint.Analysis;
using NewsLint.Markdown;
using NewsLint.Recognizers.Numbers;

namespace NewsLint.Recognizers.Quotations;

// A partial class with a file a pass. A pass that reads only what it is given is a nested class, its inputs and
// outputs explicit: MarkPairing (pass 1: the blocks and the lexicon in; drafts from the per-thread pools and unbalanced
// marks out), SentenceAndCueFinder (pass 3: one block's sentences and cues) and SpeakerFinder (pass 4: one cue's
// speaker). Passes that share the article's working state are parts of this class: block quotes (.BlockQuotes.cs) add
// drafts among pass 1's, which words and titles (.WordsAndTitles.cs), attribution (.Attribution.cs) and the build
// (.Build.cs) read and set; attribution has a block read when it first looks at it (.ReadOnDemand.cs), a pronoun
// walking back through the blocks before, so the two read and set every block's info. Searches the passes share are
// in .Lookups.cs; each working-state type has a file of its own.
/// <summary>The per-article work of <see cref="QuotationRecognizer"/>: mutable drafts, built into immutable mentions.</summary>
internal sealed partial class QuotationScan
{
    private readonly ArticleContext _context;
    private readonly QuotationLexicon _lexicon;
    private readonly ImmutableArray<ProseBlock> _blocks;
    /// <summary>The article's drafts and unbalanced marks: the thread's lists (<see cref="Scratch"/>).</summary>
    private readonly List<Draft> _drafts;
    private readonly List<UnbalancedMark> _unbalanced;

    /// <summary>One per block, from <see cref="Scratch"/>: only the first <c>_blocks.Length</c> are this article's.</summary>
    private readonly BlockInfo[] _info;
    private readonly Scratch _scratch;
    private readonly SentenceAndCueFinder _sentencesAndCues;
    private readonly SpeakerFinder _speakers;

    /// <summary>
    /// For tests: every block's sentences and cues, where a scan otherwise finds only those an attribution reads, marks
    /// found by their characters, where a scan otherwise walks the symbol tokens, every token checked against the
    /// quotations, where a scan otherwise passes over a quotation's tokens, and every pronoun resolved, where a scan
    /// otherwise resolves those an attribution takes.
    /// </summary>
    private readonly bool _readsEveryBlock;

    /// <summary>
    /// Per-thread working state (block infos with their sentence and cue lists, cues, drafts, parts): an article's
    /// scan reuses the last one's instead of allocating them again, and <see cref="Scratch.Release"/> drops the article's
    /// references when the scan ends.
    /// </summary>
    [ThreadStatic]
    private static Scratch? _scratches;

    /// <summary>For tests: whether the thread's working state holds nothing of the article scanned last.</summary>
    internal static bool ThreadStateIsEmpty => _scratches is null || _scratches.IsEmpty;

    public QuotationScan(ArticleContext context, QuotationLexicon lexicon, bool readsEveryBlock)
    {
        _context = context;
        _readsEveryBlock = readsEveryBlock;
        _lexicon = lexicon;
        _blocks = context.Document.Blocks;
        _scratch = _scratches ??= new Scratch();
        _info = _scratch.Infos(_blocks.Length);
        _drafts = _scratch.Drafts;
        _unbalanced = _scratch.Unbalanced;
        _sentencesAndCues = new SentenceAndCueFinder(lexicon, _scratch, checksEveryToken: readsEveryBlock);
        _speakers = new SpeakerFinder(lexicon);
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
        // The reference reads characters, the shortcut the tokens.
        BlockInfo[]? tokensOf = _lexicon.MarksStartSymbols && !_readsEveryBlock ? _info : null;
        NumberTokenIndex? uncommonSymbols = tokensOf is not null && _lexicon.MarksStartUncommonSymbols ? _context.Get(NumberTokenRecognizer.Instance) : null;
        new MarkPairing(_blocks, tokensOf, uncommonSymbols, _lexicon, _scratch, _context.CancellationToken).Run();
        AddBlockQuotes();
        int minimumWords = _context.Options.MinimumQuotationWords;
        for (int d = 0; d < _drafts.Count; d++)
        {
            Draft draft = _drafts[d];
            if (draft.IsTopLevel)
            {
                CountWords(draft);
                draft.IsTitle = draft.Kind == QuotationKind.Marks && IsTitle(draft);
                draft.IsTerm = draft.IsTitle || draft.WordCount < minimumWords;
                draft.IsSpeech = !draft.IsTitle && (!draft.IsTerm || EndsLikeClause(draft.Last));
                for (int p = 0; p < draft.Parts.Count; p++)
                {
                    PartDraft part = draft.Parts[p];
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

        for (int d = 0; d < _drafts.Count; d++)
        {
            Draft draft = _drafts[d];
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

        for (int d = 0; d < _drafts.Count; d++)
        {
            Draft draft = _drafts[d];
            if (draft.IsTopLevel && draft.Attribution is null && draft.Kind == QuotationKind.Marks)
            {
                draft.Attribution = AttributeByNeighbour(draft);
            }
        }

        return Build();
    }
}
