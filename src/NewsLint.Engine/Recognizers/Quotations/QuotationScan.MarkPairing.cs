using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using NewsLint.Language;
using NewsLint.Markdown;
using NewsLint.Recognizers.Numbers;
using NewsLint.Rules.Languages;

namespace NewsLint.Recognizers.Quotations;

internal sealed partial class QuotationScan
{
    /// <summary>
    /// Pass 1: pairs quote marks into drafts, carries a quotation across paragraphs, reports unbalanced marks. A class
    /// of its own, as it reads only the blocks and the lexicon: it takes drafts and their parts from the scratch pools
    /// and adds them, and the unbalanced marks, to the lists it is given.
    /// </summary>
    private sealed class MarkPairing
    {
        private readonly ImmutableArray<ProseBlock> _blocks;
        private readonly QuotationLexicon _lexicon;
        private readonly Scratch _scratch;
        private readonly List<Draft> _drafts;
        private readonly List<UnbalancedMark> _unbalanced;
        private readonly CancellationToken _cancellation;

        /// <summary>Each block's tokens, when marks are found by walking its symbol tokens; null to search its characters.</summary>
        private readonly BlockInfo[]? _tokensOf;

        /// <summary>With <see cref="_tokensOf"/>, where a block's walk may start; null to walk every token.</summary>
        private readonly NumberTokenIndex? _uncommonSymbols;

        public MarkPairing(ImmutableArray<ProseBlock> blocks, BlockInfo[]? tokensOf, NumberTokenIndex? uncommonSymbols, QuotationLexicon lexicon, Scratch scratch, CancellationToken cancellation)
        {
            _blocks = blocks;
            _tokensOf = tokensOf;
            _uncommonSymbols = uncommonSymbols;
            _lexicon = lexicon;
            _scratch = scratch;
            _drafts = scratch.Drafts;
            _unbalanced = scratch.Unbalanced;
            _cancellation = cancellation;
        }

        /// <summary>Pairs the marks into drafts, then gives each its nearest closed ancestor.</summary>
        public void Run()
        {
            PairMarks();
            ResolveNesting();
        }

        private void PairMarks()
        {
            // The open marks: the thread's list, empty between scans.
            List<Draft> stack = _scratch.Stack;
            Draft? carried = null;
            // Only a search of the characters walks the mark starts.
            int[]? walk = _tokensOf is null ? _lexicon.MarkStarts.NewWalk() : null;
            for (int b = 0; b < _blocks.Length; b++)
            {
                _cancellation.ThrowIfCancellationRequested();
                ProseBlock block = _blocks[b];
                string text = block.Text;
                int i = 0;
                int t = 0;
                ImmutableArray<Token> tokens = _tokensOf is null ? default : _tokensOf[b].Tokens;
                if (walk is not null)
                {
                    AnyCharSearch.Reset(walk);
                }

                if (carried is not null)
                {
                    int p = SkipSpace(text, 0);
                    carried.Parts.Add(_scratch.NewPart(block, p, carried.OpenMark.Length));
                    stack.Add(carried);
                    carried = null;
                    i = p + stack[0].OpenMark.Length;
                }
                else if (_uncommonSymbols is not null)
                {
                    // No mark starts with a common symbol, so none starts before the block's first uncommon one; a block
                    // without one (most) has nothing to pair, and nothing open to carry.
                    t = _uncommonSymbols.FirstUncommonSymbol(block);
                    if (t < 0)
                    {
                        continue;
                    }
                }

                while (i < text.Length)
                {
                    if (_tokensOf is not null)
                    {
                        // Every mark starts a symbol token (the lexicon checked): the tokens, already made, skip the words,
                        // and most symbols are ASCII punctuation no mark starts with.
                        while (t < tokens.Length && (tokens[t].Kind != TokenKind.Symbol || tokens[t].Start < i || !_lexicon.MayStartMark(text[tokens[t].Start])))
                        {
                            t++;
                        }

                        if (t == tokens.Length)
                        {
                            break;
                        }

                        i = tokens[t].Start;
                    }
                    else
                    {
                        // Marks are a few characters in a hundred: vectorized searches find the next character one starts with.
                        i = _lexicon.MarkStarts.IndexOfAny(text, i, walk!);
                        if (i < 0)
                        {
                            break;
                        }
                    }

                    string? mark = _lexicon.MarkAt(text, i);
                    if (mark is null)
                    {
                        i++;
                        continue;
                    }

                    if (!IsMark(text, i, mark))
                    {
                        i += mark.Length;
                        continue;
                    }

                    bool canOpen = _lexicon.CanOpen(mark);
                    bool canClose = _lexicon.CanClose(mark);
                    bool opens;
                    if (canOpen != canClose)
                    {
                        opens = canOpen;
                    }
                    else
                    {
                        char before = i > 0 ? text[i - 1] : ' ';
                        char after = i + mark.Length < text.Length ? text[i + mark.Length] : ' ';
                        bool left = !char.IsWhiteSpace(after) && (char.IsWhiteSpace(before) || char.IsPunctuation(before) || char.IsSymbol(before));
                        bool right = !char.IsWhiteSpace(before) && (char.IsWhiteSpace(after) || char.IsPunctuation(after) || char.IsSymbol(after));
                        opens = left == right ? !CanCloseTop(stack, mark) : left;
                    }

                    if (opens)
                    {
                        Open(stack, block, i, mark);
                    }
                    else if (!TryClose(stack, block, i, mark))
                    {
                        if (canOpen)
                        {
                            Open(stack, block, i, mark);
                        }
                        else if (!(mark.Length == 1 && _lexicon.Apostrophes.Contains(mark[0])))
                        {
                            _unbalanced.Add(new UnbalancedMark(block, i, mark.Length, isOpening: false));
                        }
                    }

                    i += mark.Length;
                }

                if (stack.Count == 0)
                {
                    continue;
                }

                for (int j = 1; j < stack.Count; j++)
                {
                    ReportUnclosed(stack[j]);
                }

                Draft outer = stack[0];
                stack.Clear();
                if (ContinuesInto(block, b + 1, outer.OpenMark))
                {
                    PartDraft part = outer.Last;
                    part.ContentEnd = TrimEnd(text, text.Length, part.ContentStart);
                    part.CloseStart = part.ContentEnd;
                    carried = outer;
                }
                else
                {
                    ReportUnclosed(outer);
                }
            }
        }

        /// <summary>False for apostrophes that look like marks: <c>Russia’s</c>, <c>’90s</c>, <c>‘90s</c>.</summary>
        private bool IsMark(string text, int i, string mark)
        {
            if (mark.Length != 1)
            {
                return true;
            }

            bool wordBefore = i > 0 && Tokenizer.IsWordChar(text, i - 1);
            bool wordAfter = i + 1 < text.Length && Tokenizer.IsWordChar(text, i + 1);
            bool digitAfter = i + 1 < text.Length && char.IsDigit(text[i + 1]);
            if (_lexicon.Apostrophes.Contains(mark[0]) && wordBefore && wordAfter)
            {
                return false;
            }

            if (!wordBefore && digitAfter && (i == 0 || !char.IsDigit(text[i - 1])))
            {
                // An elided year: the digits run into a letter or a space ("’90s", "‘90 an"), never into a closing mark.
                int k = i + 1;
                while (k < text.Length && char.IsDigit(text[k]))
                {
                    k++;
                }

                if (k - i - 1 == 2 && (k == text.Length || char.IsLetter(text[k]) || char.IsWhiteSpace(text[k])))
                {
                    return false;
                }
            }

            return true;
        }

        private bool CanCloseTop(List<Draft> stack, string close) =>
            stack.Count > 0 && _lexicon.Pair(stack[stack.Count - 1].OpenMark, close) is not null;

        private void Open(List<Draft> stack, ProseBlock block, int at, string mark)
        {
            Draft draft = _scratch.NewDraft(QuotationKind.Marks, mark, stack.Count > 0 ? stack[stack.Count - 1] : null, _drafts.Count);
            draft.Parts.Add(_scratch.NewPart(block, at, mark.Length));
            _drafts.Add(draft);
            stack.Add(draft);
        }

        private bool TryClose(List<Draft> stack, ProseBlock block, int at, string mark)
        {
            int floor = Math.Max(0, stack.Count - QuotationRecognizer.MaxSearchDepth);
            for (int j = stack.Count - 1; j >= floor; j--)
            {
                QuotePair? pair = _lexicon.Pair(stack[j].OpenMark, mark);
                if (pair is null)
                {
                    continue;
                }

                for (int k = stack.Count - 1; k > j; k--)
                {
                    ReportUnclosed(stack[k]);
                }

                Draft draft = stack[j];
                stack.RemoveRange(j, stack.Count - j);
                PartDraft part = draft.Last;
                if (!ReferenceEquals(part.Block, block))
                {
                    return false;
                }

                part.ContentEnd = at;
                part.CloseStart = at;
                part.CloseLength = mark.Length;
                draft.Pair = pair;
                draft.Closed = true;
                return true;
            }

            return false;
        }

        private void ReportUnclosed(Draft draft)
        {
            PartDraft part = draft.Last;
            _unbalanced.Add(new UnbalancedMark(part.Block, part.OpenStart, part.OpenLength, isOpening: true));
        }

        /// <summary>The multi-paragraph convention: the next paragraph, at the same quote depth, opens with the same mark.</summary>
        private bool ContinuesInto(ProseBlock block, int next, string openMark)
        {
            if (next >= _blocks.Length || block.Kind != ProseKind.Paragraph)
            {
                return false;
            }

            ProseBlock following = _blocks[next];
            if (following.Kind != ProseKind.Paragraph || following.QuoteDepth != block.QuoteDepth)
            {
                return false;
            }

            int p = SkipSpace(following.Text, 0);
            return p + openMark.Length <= following.Text.Length
                && string.CompareOrdinal(following.Text, p, openMark, 0, openMark.Length) == 0
                && string.Equals(_lexicon.MarkAt(following.Text, p), openMark, StringComparison.Ordinal);
        }

        /// <summary>Each draft's nearest closed ancestor, in creation order (parents first), so it stays linear.</summary>
        private void ResolveNesting()
        {
            for (int d = 0; d < _drafts.Count; d++)
            {
                Draft draft = _drafts[d];
                Draft? parent = draft.Parent;
                draft.EffectiveParent = parent is null ? null : parent.Closed ? parent : parent.EffectiveParent;
            }
        }
    }
}
