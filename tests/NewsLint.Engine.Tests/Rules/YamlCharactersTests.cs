using System;
using CsCheck;
using NewsLint.Rules;
using Xunit;

namespace NewsLint.Tests.Rules;

/// <summary>
/// <see cref="YamlCharacters.FindForbidden"/> skips printable ASCII many characters at a time; it must find what a
/// character-by-character reading of YAML 1.2's printable set finds.
/// </summary>
public sealed class YamlCharactersTests
{
    private const string Alphabet = "ab: -\t\n\r\0\u001F\u007F\u0085\u009F\u00A0é—\uFFFD\uFFFE\uFFFF\uD83D\uDE00\uDC00";

    [Fact]
    public void Every_character_is_judged_as_the_reference_judges_it()
    {
        for (int c = 0; c <= char.MaxValue; c++)
        {
            string text = "key: va" + (char)c + "lue\n";
            Assert.Equal(Reference(text, 0, text.Length), YamlCharacters.FindForbidden(text));
        }
    }

    [Fact]
    public void Generated_text_and_ranges_find_what_the_reference_finds() =>
        Gen.Select(Gen.Char[Alphabet].Array[0, 80], Gen.Int[0, 80], Gen.Int[0, 80]).Sample(
            (chars, a, b) =>
            {
                string text = new string(chars);
                int start = Math.Min(a, text.Length);
                int end = Math.Min(Math.Max(b, start), text.Length);
                Assert.Equal(Reference(text, 0, text.Length), YamlCharacters.FindForbidden(text));
                Assert.Equal(Reference(text, start, end), YamlCharacters.FindForbidden(text, start, end));
            },
            iter: 20000,
            threads: 1);

    [Fact]
    public void A_long_plain_stretch_then_a_control_character_is_found() =>
        Assert.Equal(200, YamlCharacters.FindForbidden(new string('a', 200) + "\u0001"));

    /// <summary>YAML 1.2's printable characters, one at a time; a surrogate must be half of a pair inside the range.</summary>
    private static int Reference(string text, int start, int stop)
    {
        for (int i = start; i < stop; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < stop && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                    continue;
                }

                return i;
            }

            bool printable = c is '\t' or '\n' or '\r' or '\u0085' or (>= ' ' and <= '~') || (c >= '\u00A0' && c <= '\uFFFD' && !char.IsLowSurrogate(c));
            if (!printable)
            {
                return i;
            }
        }

        return -1;
    }
}
