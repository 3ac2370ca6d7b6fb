using System;
using System.Collections.Generic;
using NewsLint.Text;
using Xunit;

namespace NewsLint.Tests.Text;

public sealed class SourceScanTests
{
    [Fact]
    public void The_packed_scan_agrees_with_a_character_by_character_walk()
    {
        // Characters whose low byte is a searched one ('\u012A' is '*' + 0x100, '\u0A0D' ends in CR) must not count:
        // the scan narrows characters to bytes. Lengths cross the 16-character step and the 255-step lane limit.
        var random = new Random(1122026);
        char[] alphabet = { 'a', ' ', '*', '_', '[', ']', '|', '\r', '\n', '\u00E9', '\u012A', '\u015F', '\u0A0D', '\u7C0A', '\u805B', '\uFF5D', '\uFFFF', '\0' };
        for (int trial = 0; trial < 600; trial++)
        {
            int length = trial % 3 == 0 ? random.Next(64) : random.Next(9000);
            int weight = random.Next(1, 100);
            var chars = new char[length];
            for (int k = 0; k < length; k++)
            {
                chars[k] = random.Next(100) < weight ? alphabet[random.Next(alphabet.Length)] : 'a';
            }

            string text = new(chars);
            int[] starts = SourceScan.Scan(text, out int delimiters, out bool hasPipe);
            Assert.Equal(Reference(text, out int expectedDelimiters, out bool expectedPipe), starts);
            Assert.Equal(expectedDelimiters, delimiters);
            Assert.Equal(expectedPipe, hasPipe);
        }
    }

    [Fact]
    public void A_crlf_split_across_two_steps_is_one_line_break()
    {
        foreach (int at in new[] { 14, 15, 16, 31, 47 })
        {
            string text = new string('a', at) + "\r\n" + new string('b', 40) + "\r";
            Assert.Equal(new[] { 0, at + 2, text.Length }, SourceScan.Scan(text, out _, out _));
        }
    }

    [Fact]
    public void More_than_255_steps_of_delimiters_are_all_counted()
    {
        string text = new string('*', 16 * 600) + "_[]";
        SourceScan.Scan(text, out int delimiters, out bool hasPipe);
        Assert.Equal(text.Length, delimiters);
        Assert.False(hasPipe);
    }

    [Fact]
    public void The_table_lookup_classes_every_byte_as_the_compares_do() => Assert.Equal(-1, SourceScan.FirstClassifierDisagreement());

    private static int[] Reference(string text, out int delimiters, out bool hasPipe)
    {
        var starts = new List<int> { 0 };
        delimiters = 0;
        hasPipe = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            delimiters += c is '*' or '_' or '[' or ']' ? 1 : 0;
            hasPipe |= c == '|';
            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
                starts.Add(i + 1);
            }
            else if (c is '\r' or '\n')
            {
                starts.Add(i + 1);
            }
        }

        return starts.ToArray();
    }
}
