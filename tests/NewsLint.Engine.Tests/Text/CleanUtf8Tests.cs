using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using NewsLint.Text;
using Xunit;

namespace NewsLint.Tests.Text;

/// <summary><see cref="CleanUtf8"/> against .NET's strict decoder, which the checking path it shortcuts is built on.</summary>
public sealed class CleanUtf8Tests
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Pieces articles are made of: ASCII prose, CRLF, look-alike quotes and dashes, accents, emoji (four
    /// bytes, two characters), a written U+FFFD, and the bytes of every kind of ill-formed sequence and NUL.</summary>
    private static readonly byte[][] Pieces =
    {
        Utf8("Pada Selasa, 17 Mei 2022, para pemimpin CSTO bertemu di Moskwa. "),
        Utf8("The minister said"),
        Utf8("\r\n"),
        Utf8("\n\n"),
        Utf8("“"),
        Utf8("”"),
        Utf8("‘’"),
        Utf8("–—…"),
        Utf8("é"),
        Utf8("Ā"),
        Utf8("😀"),
        Utf8("\U0010FFFF"),
        Utf8("\uFFFD"),
        Utf8("\u07FF\u0800\uFFFF\U00010000"),
        new byte[] { 0 },
        new byte[] { 0xE9 },
        new byte[] { 0xC3 },
        new byte[] { 0xE2, 0x80 },
        new byte[] { 0xF0, 0x9F, 0x98 },
        new byte[] { 0xC0, 0xAF },
        new byte[] { 0xED, 0xA0, 0x80 },
        new byte[] { 0xF4, 0x90, 0x80, 0x80 },
        new byte[] { 0xE0, 0x80, 0xAF },
        new byte[] { 0x80 },
        new byte[] { 0xFF },
    };

    private static byte[] Utf8(string s) => new UTF8Encoding(false).GetBytes(s);

    /// <summary>What the checking path gives: the strict decoding when the bytes are well-formed and hold no NUL.</summary>
    private static string? Reference(byte[] bytes, int start, int end)
    {
        ReadOnlySpan<byte> piece = bytes.AsSpan(start, end - start);
        bool clean = piece.IndexOf((byte)0) < 0 && System.Text.Unicode.Utf8.IsValid(piece);
        return clean ? Strict.GetString(bytes, start, end - start) : null;
    }

    [Fact]
    public void Empty_input_is_the_empty_string() => Assert.Equal(string.Empty, CleanUtf8.TryDecode(Array.Empty<byte>(), 0, 0));

    [Fact]
    public void Random_mixes_decode_as_the_strict_decoder_or_are_refused_exactly_when_it_would_refuse()
    {
        var random = new Random(71201);
        for (int trial = 0; trial < 6000; trial++)
        {
            var bytes = new List<byte>();
            int pieces = random.Next(0, 24);
            bool clean = random.Next(2) == 0;
            for (int k = 0; k < pieces; k++)
            {
                // Half the texts are well-formed, so the decoding itself is compared as often as the refusal.
                byte[] piece = Pieces[random.Next(clean ? 14 : Pieces.Length)];
                bytes.AddRange(piece);
            }

            // A prefix and a suffix outside the range, which must not be read.
            byte[] outside = Pieces[14 + random.Next(Pieces.Length - 14)];
            byte[] array = outside.Concat(bytes).Concat(outside).ToArray();
            int start = outside.Length;
            int end = start + bytes.Count;
            Assert.Equal(Reference(array, start, end), CleanUtf8.TryDecode(array, start, end));
        }
    }

    [Fact]
    public void Every_offset_of_a_long_ascii_run_stops_at_a_multibyte_character_a_nul_or_a_bad_byte()
    {
        // The vector searches step 16 and more bytes at a time: put each kind of stop at every offset of a run.
        byte[] run = Utf8(string.Concat(Enumerable.Repeat("Kota Kyiv dan Moskwa, 2022. ", 6)));
        foreach (byte[] stop in Pieces.Skip(4))
        {
            for (int at = 0; at <= run.Length; at++)
            {
                byte[] bytes = run.Take(at).Concat(stop).Concat(run.Skip(at)).ToArray();
                Assert.Equal(Reference(bytes, 0, bytes.Length), CleanUtf8.TryDecode(bytes, 0, bytes.Length));
            }
        }
    }

    [Fact]
    public void Every_bmp_character_and_a_spread_of_supplementary_ones_round_trip()
    {
        var text = new StringBuilder();
        for (int c = 1; c < 0x10000; c++)
        {
            if (c < 0xD800 || c > 0xDFFF)
            {
                text.Append((char)c);
            }
        }

        for (int scalar = 0x10000; scalar <= 0x10FFFF; scalar += 0x3FF)
        {
            text.Append(char.ConvertFromUtf32(scalar));
        }

        byte[] bytes = Utf8(text.ToString());
        Assert.Equal(text.ToString(), CleanUtf8.TryDecode(bytes, 0, bytes.Length));
    }

    [Fact]
    public void Real_looking_articles_decode_as_the_strict_decoder()
    {
        foreach (string path in System.IO.Directory.EnumerateFiles(System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures"), "*.md", System.IO.SearchOption.AllDirectories))
        {
            byte[] bytes = System.IO.File.ReadAllBytes(path);
            Assert.Equal(Reference(bytes, 0, bytes.Length), CleanUtf8.TryDecode(bytes, 0, bytes.Length));
        }
    }
}
