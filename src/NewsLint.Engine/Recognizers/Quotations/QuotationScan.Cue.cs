using NewsLint.Markdown;

namespace NewsLint.Recognizers.Quotations;

internal sealed partial class QuotationScan
{
    /// <summary>An attribution verb or phrase; reused from article to article (<see cref="Scratch.NewCue"/>).</summary>
    private sealed class Cue
    {
        public ProseBlock Block { get; private set; } = null!;

        public int TokenIndex { get; private set; }

        public int TokenEnd { get; private set; }

        public int Start { get; private set; }

        public int End { get; private set; }

        public bool IsPhrase { get; private set; }

        public void Reset(ProseBlock block, int tokenIndex, int tokenEnd, int start, int end, bool isPhrase)
        {
            Block = block;
            TokenIndex = tokenIndex;
            TokenEnd = tokenEnd;
            Start = start;
            End = end;
            IsPhrase = isPhrase;
            SpeakerStart = 0;
            SpeakerEnd = 0;
            SpeakerKind = SpeakerKind.None;
            Name = null;
            ResolvedSpeaker = null;
        }

        public int SpeakerStart { get; set; }

        public int SpeakerEnd { get; set; }

        public SpeakerKind SpeakerKind { get; set; }

        public string? Name { get; set; }

        public string? ResolvedSpeaker { get; set; }
    }
}
