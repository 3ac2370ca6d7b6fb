using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using NewsLint.Language;

namespace NewsLint.Recognizers.Quotations;

internal sealed partial class QuotationScan
{
    /// <summary>
    /// Pass 3 for one block: its sentences outside quotations and its attribution cues. A class of its own, as it reads
    /// only the block's tokens and quotation intervals and the lexicon, and adds the sentences and the cues (taken from
    /// the scratch pools) to the block's info.
    /// </summary>
    private sealed class SentenceAndCueFinder
    {
        private readonly QuotationLexicon _lexicon;
        private readonly Scratch _scratch;

        /// <summary>The reference's way (for tests): every token checked against the quotations, none passed over.</summary>
        private readonly bool _checksEveryToken;

        public SentenceAndCueFinder(QuotationLexicon lexicon, Scratch scratch, bool checksEveryToken)
        {
            _lexicon = lexicon;
            _scratch = scratch;
            _checksEveryToken = checksEveryToken;
        }

        /// <summary>Sentences outside quotations: a quotation is opaque, and ends its sentence when it ends with a stop.</summary>
        public void SplitSentences(BlockInfo info)
        {
            string text = info.Block.Text;
            List<Interval> intervals = info.Intervals;
            int start = SkipSpace(text, 0);
            int i = start;
            int k = 0;
            bool hasQuotation = false;
            int nextStop = -1;
            while (i < text.Length)
            {
                while (k < intervals.Count && intervals[k].Start < i)
                {
                    k++;
                }

                // Only a stop or a quotation does anything: jump to the nearer (the next stop is searched once i passes it).
                if (nextStop < i)
                {
                    nextStop = SentenceStopSearch.IndexOf(text, i);
                    nextStop = nextStop < 0 ? text.Length : nextStop;
                }

                int target = k < intervals.Count ? Math.Min(intervals[k].Start, nextStop) : nextStop;
                if (target > i)
                {
                    i = target;
                    continue;
                }

                if (k < intervals.Count && intervals[k].Start == i)
                {
                    Interval interval = intervals[k];
                    hasQuotation |= interval.Draft.IsSpeech;
                    i = Math.Max(i + 1, interval.End);
                    k++;
                    if (interval.EndsSentence)
                    {
                        int next = SkipSpace(text, i);
                        if (next > i && next < text.Length && StartsSentence(text[next]))
                        {
                            info.Segments.Add(NewSegment(text, start, i, hasQuotation));
                            start = next;
                            i = next;
                            hasQuotation = false;
                        }
                    }

                    continue;
                }

                char c = text[i];
                if (c == '.' || c == '!' || c == '?' || c == '\u2026')
                {
                    int end = i + 1;
                    while (end < text.Length && (text[end] == '.' || text[end] == '!' || text[end] == '?' || text[end] == ')' || text[end] == ']'))
                    {
                        end++;
                    }

                    int next = SkipSpace(text, end);
                    if (next > end && next < text.Length && StartsSentence(text[next]) && !(c == '.' && IsAbbreviation(text, i)))
                    {
                        info.Segments.Add(NewSegment(text, start, end, hasQuotation));
                        start = next;
                        i = next;
                        hasQuotation = false;
                        continue;
                    }

                    i = end;
                    continue;
                }

                i++;
            }

            if (start < text.Length || info.Segments.Count == 0)
            {
                info.Segments.Add(NewSegment(text, start, text.Length, hasQuotation));
            }
        }

        private static Segment NewSegment(string text, int start, int end, bool hasQuotation)
        {
            int last = TrimEnd(text, end, start);
            return new Segment(start, end, hasQuotation, last > start && text[last - 1] == ':');
        }

        private bool StartsSentence(char c) => char.IsUpper(c) || char.IsDigit(c) || _lexicon.OpenerFirstChars.Contains(c);

        private bool IsAbbreviation(string text, int stop)
        {
            int start = stop;
            while (start > 0 && char.IsLetter(text[start - 1]))
            {
                start--;
            }

            int length = stop - start;
            return length > 0 && ((length == 1 && char.IsUpper(text[start])) || _lexicon.Abbreviations.Contains(text, start, length));
        }

        /// <summary>
        /// Attribution verbs and phrases outside quotations, in order, among the tokens from <paramref name="first"/>
        /// that start before <paramref name="to"/>; each is put in the block's cues from <paramref name="insertAt"/> on.
        /// Returns how many it found. A run of whole sentences read alone finds what reading the block finds there: a
        /// sentence ends after a stop or a closing mark, and a phrase (words only) or a quotation never spans one.
        /// </summary>
        public int FindCues(BlockInfo info, int first, int to, int insertAt)
        {
            string text = info.Block.Text;
            ImmutableArray<Token> tokens = info.Tokens;
            List<Interval> intervals = info.Intervals;
            int k = 0;
            int found = 0;

            // The start of the next quotation: tokens before it are outside every quotation, and its own are passed
            // over at once, so a token costs one comparison for it.
            int nextQuotation = intervals.Count > 0 ? intervals[0].Start : int.MaxValue;
            bool checksEveryToken = _checksEveryToken;
            for (int t = first; t < tokens.Length; t++)
            {
                Token token = tokens[t];
                if (token.Start >= to)
                {
                    break;
                }

                if (token.Start >= nextQuotation || checksEveryToken)
                {
                    while (k < intervals.Count && intervals[k].End <= token.Start)
                    {
                        k++;
                    }

                    if (k < intervals.Count && intervals[k].Start <= token.Start)
                    {
                        if (!checksEveryToken)
                        {
                            // Passes over the quotation's tokens by a search: a token takes a character at least, so the
                            // first one at or after its end is at most end - token.Start tokens on.
                            int end = intervals[k].End;
                            t = LowerBound(tokens, end, t + 1, Math.Min(tokens.Length, t + end - token.Start)) - 1;
                        }

                        continue;
                    }

                    nextQuotation = k < intervals.Count ? intervals[k].Start : int.MaxValue;
                }

                if (token.Kind != TokenKind.Word)
                {
                    continue;
                }

                // The cue word as the lexicon spells it: it looks up the same phrases and verbs, ignoring case, and is not cut out.
                // Most words pass the first filter in Indonesian ("me…" verbs), so both filters are asked before the call.
                WordSet cueWords = _lexicon.CueWords;
                if (!cueWords.MayContain(text, token.Start, token.Length) || !cueWords.MayEndAs(text, token.Start, token.Length))
                {
                    continue;
                }

                string? word = cueWords.Find(text, token.Start, token.Length);
                if (word is null)
                {
                    continue;
                }

                if (char.IsUpper(text[token.Start]) && !StartsClause(text, token.Start))
                {
                    // "United States", "Said Hassan": a capitalised word inside a sentence is part of a name.
                    continue;
                }

                int phraseEnd = MatchPhrase(text, tokens, t, word);
                if (phraseEnd > t + 1)
                {
                    info.InsertCue(insertAt + found++, _scratch.NewCue(info.Block, t, phraseEnd, token.Start, tokens[phraseEnd - 1].End, isPhrase: true));
                    t = phraseEnd - 1;
                }
                else if (_lexicon.Verbs.Contains(word))
                {
                    info.InsertCue(insertAt + found++, _scratch.NewCue(info.Block, t, t + 1, token.Start, token.End, isPhrase: false));
                }
            }

            return found;
        }

        /// <summary>Whether only space, an opening bracket or a mark stands between a sentence start and <paramref name="at"/>.</summary>
        private static bool StartsClause(string text, int at)
        {
            int i = at - 1;
            while (i >= 0 && (char.IsWhiteSpace(text[i]) || text[i] == '(' || text[i] == '[' || char.GetUnicodeCategory(text[i]) is System.Globalization.UnicodeCategory.InitialQuotePunctuation or System.Globalization.UnicodeCategory.FinalQuotePunctuation || text[i] == '"'))
            {
                i--;
            }

            return i < 0 || text[i] == '.' || text[i] == '!' || text[i] == '?' || text[i] == ':' || text[i] == ',' || text[i] == ';';
        }

        private int MatchPhrase(string text, ImmutableArray<Token> tokens, int t, string first)
        {
            string[][]? phrases = _lexicon.PhrasesStartingWith(first);
            if (phrases is null)
            {
                return t;
            }

            foreach (string[] phrase in phrases)
            {
                if (t + phrase.Length > tokens.Length)
                {
                    continue;
                }

                bool match = true;
                for (int w = 1; w < phrase.Length && match; w++)
                {
                    Token token = tokens[t + w];
                    match = token.Kind == TokenKind.Word && token.Length == phrase[w].Length
                        && string.Compare(text, token.Start, phrase[w], 0, token.Length, StringComparison.OrdinalIgnoreCase) == 0;
                }

                if (match)
                {
                    return t + phrase.Length;
                }
            }

            return t;
        }
    }
}
