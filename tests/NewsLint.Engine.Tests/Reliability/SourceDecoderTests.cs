using System;
using System.Linq;
using System.Text;
using NewsLint.Analysis;
using NewsLint.Diagnostics;
using NewsLint.Tests.Infrastructure;
using NewsLint.Text;
using Xunit;

namespace NewsLint.Tests.Reliability;

public sealed class SourceDecoderTests
{
    private static readonly LintEngine Engine = new(Lint.DefaultRules);

    private static byte[] Utf8(string s) => new UTF8Encoding(false).GetBytes(s);

    private static byte[] Concat(params byte[][] parts) => parts.SelectMany(p => p).ToArray();

    [Fact]
    public void Utf8_without_bom_is_clean()
    {
        DecodedSource decoded = SourceDecoder.Decode(Utf8("Kota “Kyiv” – 😀 é"));
        Assert.Equal("Kota “Kyiv” – 😀 é", decoded.Text);
        Assert.Equal("utf-8", decoded.EncodingName);
        Assert.Empty(decoded.Problems);
    }

    [Fact]
    public void Utf8_bom_is_dropped_and_offsets_count_from_the_text()
    {
        DecodedSource decoded = SourceDecoder.Decode(Concat(new byte[] { 0xEF, 0xBB, 0xBF }, Utf8(Hostile.Canary)));
        Assert.Equal("utf-8-bom", decoded.EncodingName);
        Assert.True(decoded.HadByteOrderMark);
        LintResult result = Engine.Lint("a.md", decoded);
        Hostile.AssertCanaryFound(decoded.Text, result);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf16_with_bom_decodes_and_is_linted(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        byte[] bytes = Concat(encoding.GetPreamble(), encoding.GetBytes(Hostile.Canary));
        LintResult result = Engine.Lint("a.md", bytes);
        Hostile.AssertCanaryFound(Hostile.Canary, result);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "NL0003");
    }

    [Fact]
    public void Bomless_utf16_is_told_from_other_bytes_as_by_counting_every_pair()
    {
        // Pairs with a zero in one half, the other or neither, in proportions around the 90% threshold.
        var random = new Random(2611);
        for (int round = 0; round < 4000; round++)
        {
            int pairs = random.Next(2, 140);
            int oddZeroPercent = random.Next(70, 101);
            int evenZeroPercent = random.Next(0, 4) == 0 ? random.Next(70, 101) : random.Next(0, 3);
            var bytes = new byte[(pairs * 2) + random.Next(2)];
            for (int i = 0; i + 1 < bytes.Length; i += 2)
            {
                bytes[i] = random.Next(100) < evenZeroPercent ? (byte)0 : (byte)random.Next(1, 128);
                bytes[i + 1] = random.Next(100) < oddZeroPercent ? (byte)0 : (byte)random.Next(1, 128);
            }

            bytes[0] = (byte)'a'; // no byte order mark
            string encoding = SourceDecoder.Decode(bytes).EncodingName;
            Assert.Equal(CountsAsUtf16(bytes), encoding.StartsWith("utf-16", StringComparison.Ordinal));
        }
    }

    /// <summary>The BOM-less UTF-16 test written plainly: every pair of the first 256 bytes counted.</summary>
    private static bool CountsAsUtf16(byte[] bytes)
    {
        int sample = Math.Min(bytes.Length, 256) & ~1;
        if (sample < 4)
        {
            return false;
        }

        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < sample; i += 2)
        {
            evenZeros += bytes[i] == 0 ? 1 : 0;
            oddZeros += bytes[i + 1] == 0 ? 1 : 0;
        }

        int pairs = sample / 2;
        return (oddZeros * 10 >= pairs * 9 && evenZeros == 0) || (evenZeros * 10 >= pairs * 9 && oddZeros == 0);
    }

    [Fact]
    public void Utf16_without_bom_is_recognised()
    {
        DecodedSource decoded = SourceDecoder.Decode(new UnicodeEncoding(false, false).GetBytes(Hostile.Canary));
        Assert.Equal("utf-16le", decoded.EncodingName);
        Assert.Equal(Hostile.Canary, decoded.Text);
    }

    [Fact]
    public void Utf32_with_bom_decodes()
    {
        var encoding = new UTF32Encoding(bigEndian: false, byteOrderMark: true);
        DecodedSource decoded = SourceDecoder.Decode(Concat(encoding.GetPreamble(), encoding.GetBytes("Kyiv 😀")));
        Assert.Equal("Kyiv 😀", decoded.Text);
        Assert.Empty(decoded.Problems);
    }

    [Fact]
    public void Invalid_utf8_gives_NL0003_with_the_byte_offset_and_the_rest_is_linted()
    {
        // "café" in Windows-1252 inside an otherwise UTF-8 article: a mixed encoding.
        byte[] bytes = Concat(Utf8("Le café “"), new byte[] { 0x63, 0x61, 0x66, 0xE9 }, Utf8("” ferme.\n\n" + Hostile.Canary));
        LintResult result = Engine.Lint("a.md", bytes);
        LintDiagnostic nl0003 = Assert.Single(result.Diagnostics, d => d.Id == "NL0003");
        int expectedByte = Utf8("Le café “caf").Length;
        Assert.Contains($"at byte offset {expectedByte} (1 in all)", nl0003.Message, StringComparison.Ordinal);
        Assert.Equal(expectedByte.ToString(System.Globalization.CultureInfo.InvariantCulture), nl0003.Properties["byteOffset"]);
        Assert.Equal(new LinePosition(1, 13), nl0003.LineSpan.Start);

        string text = SourceDecoder.Decode(bytes).Text;
        Assert.Equal(SourceDecoder.Replacement, text[nl0003.Span.Start]);
        Hostile.AssertCanaryFound(text, result);
    }

    [Theory]
    [InlineData(new byte[] { 0xC0, 0xAF }, 0)] // overlong '/'
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 }, 0)] // encoded surrogate
    [InlineData(new byte[] { 0xF4, 0x90, 0x80, 0x80 }, 0)] // above U+10FFFF
    [InlineData(new byte[] { 0x41, 0xE2, 0x82 }, 1)] // truncated at the end
    [InlineData(new byte[] { 0x41, 0x80 }, 1)] // lone continuation byte
    [InlineData(new byte[] { 0x41, 0xFF, 0x42 }, 1)]
    public void Ill_formed_utf8_is_found_at_its_first_byte(byte[] bytes, int offset)
    {
        Assert.False(SourceDecoder.IsValidUtf8(bytes));
        EncodingProblem problem = Assert.Single(SourceDecoder.Decode(bytes).Problems);
        Assert.Equal(EncodingProblemKind.InvalidUtf8, problem.Kind);
        Assert.Equal(offset, problem.ByteOffset);
    }

    [Fact]
    public void A_replacement_character_written_in_the_source_is_valid_utf8()
    {
        // "Kata � asli": the decoder's own replacement character is spelled EF BF BD, which is well-formed.
        byte[] bytes = Encoding.UTF8.GetBytes("Kata \uFFFD asli, 17 Mei 2022.");
        Assert.Empty(SourceDecoder.Decode(bytes).Problems);

        // The same text with one bad byte after it: the scan still finds that byte, not the written U+FFFD.
        byte[] broken = bytes.Concat(new byte[] { 0x41, 0xFF }).ToArray();
        EncodingProblem problem = Assert.Single(SourceDecoder.Decode(broken).Problems);
        Assert.Equal(EncodingProblemKind.InvalidUtf8, problem.Kind);
        Assert.Equal(bytes.Length + 1, problem.ByteOffset);
    }

    [Fact]
    public void Byte_offset_counts_the_bom()
    {
        byte[] bytes = Concat(new byte[] { 0xEF, 0xBB, 0xBF }, Utf8("ab"), new byte[] { 0xFF });
        EncodingProblem problem = Assert.Single(SourceDecoder.Decode(bytes).Problems);
        Assert.Equal(5, problem.ByteOffset);
        Assert.Equal(2, problem.CharOffset);
    }

    [Fact]
    public void Unpaired_surrogate_in_utf16_is_NL0003()
    {
        byte[] bytes = { 0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x42, 0x00 };
        DecodedSource decoded = SourceDecoder.Decode(bytes);
        EncodingProblem problem = Assert.Single(decoded.Problems);
        Assert.Equal(EncodingProblemKind.InvalidUtf16, problem.Kind);
        Assert.Equal(4, problem.ByteOffset);
        Assert.Equal("A\uFFFDB", decoded.Text);
    }

    [Fact]
    public void Nul_bytes_are_reported_once_and_replaced_keeping_offsets()
    {
        byte[] bytes = Concat(Utf8("ab"), new byte[] { 0 }, Utf8("c"), new byte[] { 0 }, Utf8("\n\n" + Hostile.Canary));
        LintResult result = Engine.Lint("a.md", bytes);
        LintDiagnostic nl0003 = Assert.Single(result.Diagnostics, d => d.Id == "NL0003");
        Assert.Contains("a NUL character at byte offset 2 (2 in all)", nl0003.Message, StringComparison.Ordinal);
        string text = SourceDecoder.Decode(bytes).Text;
        Assert.DoesNotContain('\0', text);
        Assert.Equal(bytes.Length, Utf8(text).Length - 4); // each NUL became U+FFFD (3 bytes), nothing moved
        Hostile.AssertCanaryFound(text, result);
    }

    [Fact]
    public void Empty_file_decodes_to_empty_text()
    {
        Assert.Equal(string.Empty, SourceDecoder.Decode(Array.Empty<byte>()).Text);
        Assert.Empty(Engine.Lint("a.md", Array.Empty<byte>()).Diagnostics);
    }

    [Fact]
    public void Host_text_read_with_the_compilers_fallback_code_page_recovers_the_exact_byte_offset()
    {
        // Roslyn reads an AdditionalFile as strict UTF-8 and, failing that, as Latin-1/Windows-1252 (EncodedStringText).
        byte[] bytes = Concat(Utf8("Kyiv “"), new byte[] { 0xE9 }, Utf8("” Kyiv"));
        Encoding latin1 = Encoding.GetEncoding("iso-8859-1");
        string hostText = latin1.GetString(bytes);

        DecodedSource decoded = SourceDecoder.FromHostText(hostText, latin1);
        EncodingProblem problem = Assert.Single(decoded.Problems);
        Assert.Equal(Utf8("Kyiv “").Length, problem.ByteOffset);
        Assert.Equal("Kyiv “\uFFFD” Kyiv", decoded.Text);
        Assert.Equal(SourceDecoder.Decode(bytes).Text, decoded.Text);
    }

    [Fact]
    public void Host_text_with_replacement_characters_is_reported_with_its_utf8_offset()
    {
        DecodedSource decoded = SourceDecoder.FromHostText("\uFEFFé \uFFFD x \uFFFD", Encoding.UTF8);
        EncodingProblem problem = Assert.Single(decoded.Problems);
        Assert.Equal(EncodingProblemKind.ReplacementCharacter, problem.Kind);
        Assert.Equal(3 + 3, problem.ByteOffset); // BOM, "é ", then U+FFFD
        Assert.Equal(2, problem.CharOffset);
        Assert.Equal(2, problem.Count);
    }

    [Fact]
    public void Clean_host_text_has_no_problems()
    {
        DecodedSource decoded = SourceDecoder.FromHostText(Hostile.Canary, Encoding.UTF8);
        Assert.Empty(decoded.Problems);
        Assert.Equal(Hostile.Canary, decoded.Text);
    }

    [Fact]
    public void Every_NL0003_is_documented()
    {
        Assert.NotNull(RuleCatalog.Find("NL0003"));
        Assert.Equal(InfrastructureDescriptors.InvalidEncoding, RuleCatalog.Find("NL0003"));
    }

    [Fact]
    public void First_invalid_byte_is_found_wherever_it_falls_in_an_ascii_run()
    {
        // The ASCII fast path reads eight bytes at a time: a bad byte or a multibyte character at every offset of a
        // block, and at the very end, must give the offset and count a strict decoder gives.
        var random = new Random(20221605);
        byte[] words = Utf8("Pada Selasa, 17 Mei 2022, para pemimpin CSTO bertemu di Moskwa. ");
        byte[][] inserts = { new byte[] { 0xE9 }, new byte[] { 0xC3, 0xA9 }, new byte[] { 0xE2, 0x80 }, new byte[] { 0xF0, 0x9F, 0x98, 0x80 }, new byte[] { 0xC0, 0xAF } };
        for (int trial = 0; trial < 2000; trial++)
        {
            byte[] bytes = words.Take(random.Next(words.Length + 1)).ToArray();
            for (int k = random.Next(3); k > 0; k--)
            {
                int at = random.Next(bytes.Length + 1);
                bytes = Concat(bytes.Take(at).ToArray(), inserts[random.Next(inserts.Length)], bytes.Skip(at).ToArray());
            }

            (int offset, int count) = StrictFirstInvalid(bytes);
            EncodingProblem? problem = SourceDecoder.Decode(bytes).Problems.FirstOrDefault(p => p.Kind == EncodingProblemKind.InvalidUtf8);
            Assert.Equal(offset, problem?.ByteOffset ?? -1);
            Assert.Equal(count, problem?.Count ?? 0);
        }
    }

    [Fact]
    public void A_reused_buffer_decodes_its_first_bytes_as_the_exact_array_would()
    {
        // Every way a file can start (each BOM, its prefixes, BOM-less UTF-16, invalid UTF-8, NULs), followed in the
        // buffer by bytes that would change the result if they were read: a NUL, a BOM, half a code unit.
        var utf16 = new UnicodeEncoding(false, false);
        byte[][] files =
        {
            Array.Empty<byte>(),
            Utf8("Kota “Kyiv” – 😀 é\n"),
            Concat(new byte[] { 0xEF, 0xBB, 0xBF }, Utf8(Hostile.Canary)),
            new byte[] { 0xEF, 0xBB },
            new byte[] { 0xFF },
            Concat(new byte[] { 0xFF, 0xFE }, utf16.GetBytes("Kyiv 😀")),
            Concat(new byte[] { 0xFE, 0xFF }, new UnicodeEncoding(true, false).GetBytes("Kyiv")),
            utf16.GetBytes("Plain text of some length, as UTF-16 without a mark."),
            Concat(new UTF32Encoding(false, true).GetPreamble(), new UTF32Encoding(false, false).GetBytes("Kyiv 😀")),
            Concat(Utf8("ab"), new byte[] { 0xC3 }, Utf8("cd"), new byte[] { 0 }, Utf8("ef")),
            Concat(Utf8("tail "), new byte[] { 0xE2, 0x80 }),
        };
        byte[][] tails = { new byte[] { 0 }, new byte[] { 0xFF, 0xFE, 0, 0 }, new byte[] { 0x41 }, new byte[] { 0x80, 0x80, 0x80 } };
        foreach (byte[] file in files)
        {
            DecodedSource expected = SourceDecoder.Decode(file);
            foreach (byte[] tail in tails)
            {
                DecodedSource decoded = SourceDecoder.Decode(Concat(file, tail, tail), file.Length);
                Assert.Equal(expected.Text, decoded.Text);
                Assert.Equal(expected.EncodingName, decoded.EncodingName);
                Assert.Equal(expected.HadByteOrderMark, decoded.HadByteOrderMark);
                Assert.Equal(expected.Problems.Select(p => p.ToString()), decoded.Problems.Select(p => p.ToString()));
            }
        }
    }

    /// <summary>The first invalid sequence and how many there are, by .NET's strict decoder, one maximal subpart at a time.</summary>
    private static (int Offset, int Count) StrictFirstInvalid(byte[] bytes)
    {
        int first = -1;
        int count = 0;
        int at = 0;
        var chars = new char[bytes.Length * 2 + 2];
        while (at < bytes.Length)
        {
            System.Buffers.OperationStatus status = System.Text.Unicode.Utf8.ToUtf16(bytes.AsSpan(at), chars, out int read, out _, replaceInvalidSequences: false);
            at += read;
            if (status == System.Buffers.OperationStatus.Done)
            {
                break;
            }

            first = first < 0 ? at : first;
            count++;
            System.Buffers.OperationStatus one = System.Text.Rune.DecodeFromUtf8(bytes.AsSpan(at), out _, out int skip);
            at += Math.Max(1, skip);
        }

        return (first, count);
    }
}
