using System;

namespace NewsLint.Recognizers.Quotations;

// Pass 4: a block is read (sentences, cues, speakers) when an attribution first looks at it;
// a pronoun's speaker is the last name before it, found by walking back and remembered.
internal sealed partial class QuotationScan
{
    /// <summary>
    /// The block's sentences and cues, each cue with its speaker and, for <c>-nya</c> and pronouns, the last speaker
    /// named before it. Found on first use: only the blocks of quotations and their neighbours are read (and, for a
    /// pronoun, the blocks back to the last name), where most of an article's blocks are neither.
    /// </summary>
    private BlockInfo Ready(int b)
    {
        BlockInfo info = _info[b];
        if (info.IsResolved)
        {
            return info;
        }

        ReadSentencesAndCues(info);
        string? lastNamed = null;
        bool known = false;
        foreach (Cue cue in info.Cues)
        {
            if (cue.SpeakerKind is SpeakerKind.Suffix or SpeakerKind.Pronoun)
            {
                if (!known)
                {
                    lastNamed = LastNamedBefore(b);
                    known = true;
                }

                cue.ResolvedSpeaker = lastNamed;
            }
            else if (cue.Name is not null)
            {
                lastNamed = cue.Name;
                known = true;
            }
        }

        info.IsResolved = true;
        return info;
    }

    /// <summary>The reference for <see cref="Ready"/>: every block read, pronouns resolved in one pass in article order.</summary>
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

            info.IsResolved = true;
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
