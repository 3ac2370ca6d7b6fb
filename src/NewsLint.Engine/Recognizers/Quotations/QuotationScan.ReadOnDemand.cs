using System;
using System.Collections.Generic;

namespace NewsLint.Recognizers.Quotations;

// Pass 4: a block is read (sentences, cues, speakers) when an attribution first looks at it; the speaker of a
// pronoun an attribution takes is the last name before it, found by walking back and remembered.
internal sealed partial class QuotationScan
{
    /// <summary>
    /// The block's sentences and cues, each cue with its speaker. Found on first use: only the blocks of quotations and
    /// their neighbours are read, where most of an article's blocks are neither.
    /// </summary>
    private BlockInfo Ready(int b)
    {
        BlockInfo info = _info[b];
        ReadSentencesAndCues(info);
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

        List<Cue> cues = _info[cue.Block.Index].Cues;
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
        if (info.IsRead)
        {
            return;
        }

        _sentencesAndCues.SplitSentences(info);
        _sentencesAndCues.FindCues(info);
        foreach (Cue cue in info.Cues)
        {
            _speakers.FindSpeaker(info, cue);
        }

        info.IsRead = true;
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
