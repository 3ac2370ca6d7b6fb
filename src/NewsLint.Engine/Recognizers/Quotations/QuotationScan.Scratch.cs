using System;
using System.Collections.Generic;
using NewsLint.Markdown;

namespace NewsLint.Recognizers.Quotations;

internal sealed partial class QuotationScan
{
    /// <summary>The per-thread state <see cref="QuotationScan"/> reuses (see <c>_scratches</c>).</summary>
    private sealed class Scratch
    {
        private readonly List<Cue> _cues = new();
        private readonly List<Draft> _drafts = new();
        private readonly List<PartDraft> _parts = new();
        private BlockInfo[] _infos = Array.Empty<BlockInfo>();
        private bool[] _flags = Array.Empty<bool>();
        private int _cuesUsed;
        private int _draftsUsed;
        private int _partsUsed;

        /// <summary>A hostile article's thousands of blocks, quotations or cues are not all kept for the next one.</summary>
        private const int MaxKept = 4096;

        /// <summary>The article's drafts in reading order: pass 1's, then the block quotes' sorted among them.</summary>
        public List<Draft> Drafts { get; } = new();

        public List<UnbalancedMark> Unbalanced { get; } = new();

        /// <summary>Pass 1's open marks (empty between blocks).</summary>
        public List<Draft> Stack { get; } = new();

        /// <summary>A flag per block, all false: the caller clears those it set before it is done.</summary>
        public bool[] Flags(int blocks) => _flags.Length >= blocks ? _flags : _flags = new bool[Math.Max(blocks, 2 * _flags.Length)];

        /// <summary>At least <paramref name="count"/> block infos, each to be <see cref="BlockInfo.Reset"/>.</summary>
        public BlockInfo[] Infos(int count)
        {
            if (_infos.Length < count)
            {
                int old = _infos.Length;
                Array.Resize(ref _infos, Math.Max(count, old * 2));
                for (int i = old; i < _infos.Length; i++)
                {
                    _infos[i] = new BlockInfo();
                }
            }

            _cuesUsed = 0;
            _draftsUsed = 0;
            _partsUsed = 0;
            return _infos;
        }

        public Draft NewDraft(QuotationKind kind, string openMark, Draft? parent, int order)
        {
            if (_draftsUsed == _drafts.Count)
            {
                _drafts.Add(new Draft());
            }

            Draft draft = _drafts[_draftsUsed++];
            draft.Reset(kind, openMark, parent, order);
            return draft;
        }

        public PartDraft NewPart(ProseBlock block, int openStart, int openLength)
        {
            if (_partsUsed == _parts.Count)
            {
                _parts.Add(new PartDraft());
            }

            PartDraft part = _parts[_partsUsed++];
            part.Reset(block, openStart, openLength);
            return part;
        }

        public Cue NewCue(ProseBlock block, int tokenIndex, int tokenEnd, int start, int end, bool isPhrase)
        {
            if (_cuesUsed == _cues.Count)
            {
                _cues.Add(new Cue());
            }

            Cue cue = _cues[_cuesUsed++];
            cue.Reset(block, tokenIndex, tokenEnd, start, end, isPhrase);
            return cue;
        }

        private static void Trim<T>(List<T> pool)
        {
            if (pool.Count > MaxKept)
            {
                pool.RemoveRange(MaxKept, pool.Count - MaxKept);
                pool.TrimExcess();
            }
        }

        /// <summary>Whether <see cref="Release"/> left nothing of the article: empty lists, cleared flags, released block infos.</summary>
        public bool IsEmpty => Drafts.Count == 0 && Unbalanced.Count == 0 && Stack.Count == 0 && _cuesUsed == 0 && _draftsUsed == 0 && _partsUsed == 0
            && Array.TrueForAll(_flags, flag => !flag) && Array.TrueForAll(_infos, info => info.Block is null);

        /// <summary>Forgets the article: no block, token, string or attribution of it stays reachable from here.</summary>
        public void Release(int blocks)
        {
            for (int i = 0; i < blocks; i++)
            {
                _infos[i].Release();
            }

            for (int i = 0; i < _cuesUsed; i++)
            {
                _cues[i].Reset(null!, 0, 0, 0, 0, false);
            }

            for (int i = 0; i < _draftsUsed; i++)
            {
                _drafts[i].Reset(QuotationKind.Marks, string.Empty, null, 0);
            }

            for (int i = 0; i < _partsUsed; i++)
            {
                _parts[i].Reset(null!, 0, 0);
            }

            _cuesUsed = 0;
            _draftsUsed = 0;
            _partsUsed = 0;
            Drafts.Clear();
            Unbalanced.Clear();
            Stack.Clear();
            Trim(_cues);
            Trim(_drafts);
            Trim(_parts);
            Trim(Drafts);
            Trim(Unbalanced);
            if (_infos.Length > MaxKept)
            {
                _infos = Array.Empty<BlockInfo>();
                _flags = Array.Empty<bool>();
            }
        }
    }
}
