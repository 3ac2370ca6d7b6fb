using System.Linq;
using CsCheck;
using NewsLint.Language;
using Xunit;

namespace NewsLint.Tests.Language;

/// <summary>
/// <see cref="SentenceStopSearch"/> packs characters to bytes, where every character above U+00FF looks alike: it must
/// find what <c>string.IndexOfAny</c> over the four stops finds, from any start, with look-alikes of the stops
/// (‥ ․ ‧ ． ｡ ¿ ¡), characters that pack to 0xFF or 0x00 (ÿ, Ā, U+8000, U+FFFF), CRLF, and text of any length.
/// </summary>
public sealed class SentenceStopSearchTests
{
    private static readonly char[] Stops = { '.', '!', '?', '\u2026' };

    private static readonly Gen<char> Char = Gen.Frequency(
        (40, Gen.Char['a', 'z']),
        (8, Gen.OneOfConst(' ', ',', '\r', '\n', '\0', '>', '/', 'A')),
        (2, Gen.OneOfConst('\u2025', '\u2024', '\u2027', '\uff0e', '\uff61', '\u00bf', '\u00a1', '\u00ff', '\u0100', '\u012e', '\u2e2e', '\u8000', '\u802e', '\uffff', '“', '”')),
        (1, Gen.OneOfConst(Stops)));

    private static readonly Gen<(string Text, int From)> Cases =
        Char.Array[0, 80].Select(chars => new string(chars)).SelectMany(text => Gen.Int[0, text.Length].Select(from => (text, from)));

    [Fact]
    public void Finds_what_IndexOfAny_finds()
    {
        Cases.Sample(c => Assert.Equal(c.Text.IndexOfAny(Stops, c.From), SentenceStopSearch.IndexOf(c.Text, c.From)), iter: 30000);
    }

    [Fact]
    public void Finds_a_lone_stop_at_every_place_past_look_alikes()
    {
        // Every look-alike that packs to a byte the search checks, then one stop, at each place of several 16-character steps.
        string noise = "ab\u2025c\u00ffd \u0100e\u802e\uffff “x” \u2027\r\n";
        string plain = string.Concat(Enumerable.Repeat(noise, 4));
        Assert.Equal(-1, SentenceStopSearch.IndexOf(plain, 0));
        foreach (char stop in Stops)
        {
            for (int at = 0; at < plain.Length; at++)
            {
                string text = plain.Substring(0, at) + stop + plain.Substring(at + 1);
                for (int from = 0; from <= at + 1 && from <= text.Length; from += 3)
                {
                    Assert.Equal(text.IndexOfAny(Stops, from), SentenceStopSearch.IndexOf(text, from));
                }
            }
        }
    }

    [Fact]
    public void Empty_text_has_no_stop()
    {
        Assert.Equal(-1, SentenceStopSearch.IndexOf(string.Empty, 0));
    }
}
