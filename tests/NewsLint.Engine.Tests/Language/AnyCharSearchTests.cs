using System;
using CsCheck;
using NewsLint.Language;
using Xunit;

namespace NewsLint.Tests.Language;

/// <summary><see cref="AnyCharSearch"/> searches in groups and remembers finds: a walk must find what a plain scan finds.</summary>
public sealed class AnyCharSearchTests
{
    private const string Alphabet = "ab.\"'\u201C\u201D\u2018\u2019\u00AB\u00BB\u201E-";

    [Fact]
    public void A_walk_finds_every_position_a_scan_finds()
    {
        Gen.Select(
            Gen.Char[Alphabet].Array[1, 12],
            Gen.Char[Alphabet].Array[0, 60].Select(c => new string(c)),
            Gen.Int[1, 6].Array[1, 20])
            .Sample((chars, text, steps) =>
            {
                var search = new AnyCharSearch(chars);
                int[] walk = search.NewWalk();
                AnyCharSearch.Reset(walk);
                int from = 0;
                foreach (int step in steps)
                {
                    if (from > text.Length)
                    {
                        break;
                    }

                    int found = search.IndexOfAny(text, from, walk);
                    Assert.Equal(Scan(text, from, chars), found);

                    // Walk on either just past the find or by a step, as a scan that skips a mark does.
                    from = found >= 0 && step % 2 == 0 ? found + 1 : from + step;
                }
            });
    }

    private static int Scan(string text, int from, char[] chars)
    {
        for (int i = from; i < text.Length; i++)
        {
            if (Array.IndexOf(chars, text[i]) >= 0)
            {
                return i;
            }
        }

        return -1;
    }
}
