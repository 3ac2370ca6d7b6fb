using System;
using System.Collections.Immutable;
using NewsLint.Language;

namespace NewsLint.Recognizers.Quotations;

internal sealed partial class QuotationScan
{
    /// <summary>The most words taken for a speaker next to a cue, or before an introducing colon.</summary>
    private const int MaxSpeakerWords = 10;

    /// <summary>
    /// Pass 4 for one cue: the speaker words next to it, and the name among them. A class of its own, as it reads only
    /// the cue's block (tokens, sentences) and the lexicon, and sets the cue's speaker.
    /// </summary>
    private sealed class SpeakerFinder
    {
        private readonly QuotationLexicon _lexicon;

        public SpeakerFinder(QuotationLexicon lexicon)
        {
            _lexicon = lexicon;
        }

        public void FindSpeaker(BlockInfo info, Cue cue)
        {
            if (!cue.IsPhrase && HasSpeakerSuffix(info.Block.Text, cue.Start, cue.End - cue.Start))
            {
                cue.SpeakerKind = SpeakerKind.Suffix;
                cue.SpeakerStart = cue.SpeakerEnd = cue.End;
                return;
            }

            Segment segment = SegmentAt(info, cue.Start);
            int before = WordsBefore(info, cue.TokenIndex, segment.Start, skipComma: false);
            int after = WordsAfter(info, cue.TokenEnd, segment.End);
            ImmutableArray<Token> tokens = info.Tokens;
            if (cue.IsPhrase && after > cue.TokenEnd)
            {
                SetSpeaker(info, segment, cue, cue.TokenEnd, after);
            }
            else if (before < cue.TokenIndex)
            {
                SetSpeaker(info, segment, cue, before, cue.TokenIndex);
            }
            else
            {
                // "Zhu Yongbiao, direktur pusat studi, menjelaskan": the subject stands before an apposition's comma.
                before = WordsBefore(info, cue.TokenIndex, segment.Start, skipComma: true);
                if (before < cue.TokenIndex && tokens[cue.TokenIndex - 1].Kind == TokenKind.Symbol)
                {
                    SetSpeaker(info, segment, cue, before, cue.TokenIndex - 1);
                }
                else if (after > cue.TokenEnd)
                {
                    SetSpeaker(info, segment, cue, cue.TokenEnd, after);
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
            for (int s = 0; s < _lexicon.SpeakerSuffixes.Count; s++)
            {
                string suffix = _lexicon.SpeakerSuffixes[s];
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

        /// <summary>Sets the speaker to tokens [from, to), words of the cue's sentence <paramref name="segment"/>.</summary>
        private void SetSpeaker(BlockInfo info, Segment segment, Cue cue, int from, int to)
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
            int firstToken = LowerBound(tokens, segment.Start);
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
    }
}
