using System;
using System.Collections.Generic;

namespace NewsLint.Recognizers.Quotations;

// Pass 4: a block's sentences are found when an attribution first looks at it, and the cues (with their speakers) of
// the sentences it looks in; the speaker of a pronoun an attribution takes is the last name before it, found by walking
// back and remembered.
internal sealed partial class QuotationScan
{
    /// <summary>
    /// The block with its sentences found. Found on first use: only the blocks of quotations and their neighbours are
    /// read, where most of an article's blocks are neither; their cues are read per sentence (<see cref="ReadCues"/>).
    /// </summary>
    private BlockInfo Ready(int b)
    {
        BlockInfo info = _info[b];
        if (!info.IsSplit)
        {
            _sentencesAndCues.SplitSentences(info);
            info.IsSplit = true;
        }

        return info;
    }

    /// <summary>
    /// For <c>-nya</c> and pronouns, the last speaker named before the cue (in its block, else in the blocks before);
    /// null for other cues. Asked only for the cue an attribution takes: most pronoun cues of the blocks read are
    /// taken by none, and finding their speaker may read the blocks back to the last name.
    /// </summary>
    private string? ResolvedSpeaker(Cue cue)
    {
        if (_readsEveryBlock || cue.SpeakerKind is not (SpeakerKind.Suffix or SpeakerKind.Pronoun))
        {
            // The reference resolved every cue in article order (ReadEveryBlock); other cues have no pronoun to resolve.
            return cue.ResolvedSpeaker;
        }

        // The cues before it in its block: its sentence and those before are read.
        BlockInfo info = _info[cue.Block.Index];
        ReadCues(info, 0, info.CuesTo - 1);
        List<Cue> cues = info.Cues;
        int c = cues.Count - 1;
        while (c >= 0 && !ReferenceEquals(cues[c], cue))
        {
            c--;
        }

        for (c--; c >= 0; c--)
        {
            // As ReadEveryBlock: a pronoun names no one, the cue before it that names someone does.
            if (cues[c].SpeakerKind is not (SpeakerKind.Suffix or SpeakerKind.Pronoun) && cues[c].Name is { } name)
            {
                return name;
            }
        }

        return LastNamedBefore(cue.Block.Index);
    }

    /// <summary>
    /// The reference for <see cref="Ready"/> and <see cref="ResolvedSpeaker"/>: every block read, every pronoun resolved
    /// in one pass in article order.
    /// </summary>
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
        }
    }

    /// <summary>Sentences, cues and each cue's speaker words: what one block tells alone.</summary>
    private void ReadSentencesAndCues(BlockInfo info)
    {
        Ready(info.Block.Index);
        ReadCues(info, 0, info.Segments.Count - 1);
    }

    /// <summary>
    /// Reads the cues of sentences <paramref name="first"/> to <paramref name="last"/> (and of those between them and
    /// the sentences already read, so the read ones stay a run and the cues in text order), each with its speaker words.
    /// </summary>
    private void ReadCues(BlockInfo info, int first, int last)
    {
        if (last < first)
        {
            return;
        }

        if (info.CuesFrom == info.CuesTo)
        {
            ReadCueRun(info, first, last, insertAt: 0);
            info.SetCuesRead(first, last + 1);
            return;
        }

        if (last >= info.CuesTo)
        {
            ReadCueRun(info, info.CuesTo, last, insertAt: info.Cues.Count);
            info.SetCuesRead(info.CuesFrom, last + 1);
        }

        if (first < info.CuesFrom)
        {
            ReadCueRun(info, first, info.CuesFrom - 1, insertAt: 0);
            info.SetCuesRead(first, info.CuesTo);
        }
    }

    /// <summary>Finds the cues of sentences first..last (none read yet) and their speakers; puts them from <paramref name="insertAt"/> on.</summary>
    private void ReadCueRun(BlockInfo info, int first, int last, int insertAt)
    {
        List<Segment> segments = info.Segments;
        int from = segments[first].Start;

        // The block's first sentence starts after its leading space only: no token stands before it.
        int firstToken = first == 0 ? 0 : LowerBound(info.Tokens, from);
        int found = _sentencesAndCues.FindCues(info, firstToken, segments[last].End, insertAt);
        List<Cue> cues = info.Cues;
        for (int c = insertAt; c < insertAt + found; c++)
        {
            _speakers.FindSpeaker(info, cues[c]);
        }
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
}
