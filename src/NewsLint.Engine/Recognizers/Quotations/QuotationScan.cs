using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using NewsLint.Analysis;
using NewsLint.Markdown;

namespace NewsLint.Recognizers.Quotations;

// One partial class with a file a pass, not a class a pass, because the passes share the article's working state.
// Pairing marks (QuotationScan.MarkPairing.cs) and block quotes (.BlockQuotes.cs) make drafts from the per-thread
// pools (.Scratch.cs) that the later passes read and set: words and titles (.WordsAndTitles.cs), attribution
// (.Attribution.cs) and the build (.Build.cs). Sentences, cues and speakers (.SentencesAndCues.cs, .Speakers.cs) are
// no pass in order: a block is read when an attribution first looks at it (.ReadOnDemand.cs), and a pronoun walks
// back through earlier blocks, so they share the block infos, the lexicon and the pools with attribution. Classes of
// their own would hand all of that to each other or hold it twice. Searches all of them use are in .Lookups.cs, and
// each working-state type has a file of its own.
/// <summary>The per-article work of <see cref="QuotationRecognizer"/>: mutable drafts, built into immutable mentions.</summary>
internal sealed partial class QuotationScan
{
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
        new MarkPairing(_blocks, _lexicon, _scratch, _drafts, _unbalanced, _context.CancellationToken).Run();
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
}
