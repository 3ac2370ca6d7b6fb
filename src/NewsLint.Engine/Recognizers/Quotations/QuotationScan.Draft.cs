using System.Collections.Generic;
using NewsLint.Markdown;
using NewsLint.Rules.Languages;

namespace NewsLint.Recognizers.Quotations;

internal sealed partial class QuotationScan
{
    /// <summary>A quotation being found; reused from article to article (<see cref="Scratch.NewDraft"/>).</summary>
    private sealed class Draft
    {
        public QuotationKind Kind { get; private set; }

        public string OpenMark { get; private set; } = string.Empty;

        public Draft? Parent { get; private set; }

        public int Order { get; private set; }

        public void Reset(QuotationKind kind, string openMark, Draft? parent, int order)
        {
            Kind = kind;
            OpenMark = openMark;
            Parent = parent;
            Order = order;
            Parts.Clear();
            Closed = false;
            Pair = null;
            EffectiveParent = null;
            SignatureBlock = null;
            WordCount = 0;
            IsTitle = false;
            IsTerm = false;
            IsSpeech = false;
            Attribution = null;
            Built = null;
        }

        public List<PartDraft> Parts { get; } = new();

        public PartDraft First => Parts[0];

        public PartDraft Last => Parts[Parts.Count - 1];

        public bool Closed { get; set; }

        public QuotePair? Pair { get; set; }

        public Draft? EffectiveParent { get; set; }

        public bool IsTopLevel => Closed && EffectiveParent is null;

        public ProseBlock? SignatureBlock { get; set; }

        public int WordCount { get; set; }

        public bool IsTitle { get; set; }

        public bool IsTerm { get; set; }

        /// <summary>Speech rather than a term: long enough, or short but ending like a clause (<c>“Sudah final,” kata Budi</c>).</summary>
        public bool IsSpeech { get; set; }

        public Attribution? Attribution { get; set; }

        public Quotation? Built { get; set; }
    }
}
