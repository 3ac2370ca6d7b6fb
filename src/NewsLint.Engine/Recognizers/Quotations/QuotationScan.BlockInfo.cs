using System.Collections.Generic;
using System.Collections.Immutable;
using NewsLint.Language;
using NewsLint.Markdown;

namespace NewsLint.Recognizers.Quotations;

internal sealed partial class QuotationScan
{
    /// <summary>One block's tokens, sentences, quotation intervals and cues; reused from article to article.</summary>
    private sealed class BlockInfo
    {
        // Most blocks have no quotation and no cue: they share one empty list, never added to, until they have one.
        private static readonly List<Interval> NoIntervals = new(0);
        private static readonly List<Cue> NoCues = new(0);
        private List<Interval>? _intervals;
        private List<Cue>? _cues;

        public ProseBlock Block { get; private set; } = null!;

        public ImmutableArray<Token> Tokens { get; private set; }

        /// <summary>Read-only unless it has items (add with <see cref="AddInterval"/>).</summary>
        public List<Interval> Intervals => _intervals is { Count: > 0 } ? _intervals : NoIntervals;

        public List<Segment> Segments { get; } = new();

        /// <summary>Read-only (add with <see cref="InsertCue"/>).</summary>
        public List<Cue> Cues => _cues is { Count: > 0 } ? _cues : NoCues;

        /// <summary>Whether the block's sentences are found (<see cref="Segments"/>).</summary>
        public bool IsSplit { get; set; }

        /// <summary>
        /// The sentences whose cues (and their speaker words) are in <see cref="Cues"/>: [CuesFrom, CuesTo), a run that
        /// only grows, so the cues stay in text order; empty until an attribution first asks for a cue of the block.
        /// </summary>
        public int CuesFrom { get; private set; }

        /// <summary>One past the last sentence read for cues (see <see cref="CuesFrom"/>).</summary>
        public int CuesTo { get; private set; }

        public void SetCuesRead(int from, int to)
        {
            CuesFrom = from;
            CuesTo = to;
        }

        /// <summary>Whether <see cref="LastName"/> is known.</summary>
        public bool KnowsLastName { get; private set; }

        /// <summary>The name of the last cue with a named speaker in this block or any before it.</summary>
        public string? LastName { get; private set; }

        public void RememberLastName(string? name)
        {
            LastName = name;
            KnowsLastName = true;
        }

        /// <summary>
        /// Takes an article's block. The info is clear: it is new, or the last scan's <see cref="Scratch.Release"/>
        /// cleared it (a scan ends in it, also when it throws).
        /// </summary>
        public void Reset(ProseBlock block, ImmutableArray<Token> tokens)
        {
            Block = block;
            Tokens = tokens;
        }

        /// <summary>Drops the article's block, tokens and lists (they would otherwise live until the next scan).</summary>
        public void Clear()
        {
            IsSplit = false;
            CuesFrom = 0;
            CuesTo = 0;
            KnowsLastName = false;
            LastName = null;
            Segments.Clear();
            _intervals?.Clear();
            _cues?.Clear();
        }

        public void Release()
        {
            Block = null!;
            Tokens = default;

            // Most blocks are neither split nor hold a quotation: nothing else of theirs was set.
            if (IsSplit || KnowsLastName || _intervals is { Count: > 0 } || _cues is { Count: > 0 })
            {
                Clear();
            }
        }

        public void AddInterval(Interval interval) => (_intervals ??= new List<Interval>()).Add(interval);

        /// <summary>Adds the cue at <paramref name="index"/> of <see cref="Cues"/> (the end, unless a sentence before the run read is read).</summary>
        public void InsertCue(int index, Cue cue) => (_cues ??= new List<Cue>()).Insert(index, cue);
    }
}
