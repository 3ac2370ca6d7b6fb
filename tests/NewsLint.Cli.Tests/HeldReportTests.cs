using System;
using System.IO;
using System.Linq;
using System.Text;
using Xunit;

namespace NewsLint.Cli.Tests;

/// <summary>A worker's held report gives back exactly what was written, in a temporary file that leaves nothing behind,
/// or in memory.</summary>
public sealed class HeldReportTests
{
    [Fact]
    public void A_report_held_in_a_file_is_written_out_whole_and_leaves_no_file()
    {
        using var folder = new TempFolder();
        byte[] expected = Report(3_000);
        using (HeldReport held = HeldReport.Create(folder.Path))
        {
            Assert.True(held.InFile);
            WriteInPieces(held, expected);
            Assert.Equal(expected.Length, held.Length);
            Assert.Equal(expected, WrittenOut(held));
        }

        Assert.Empty(Directory.GetFileSystemEntries(folder.Path));
    }

    [Fact]
    public void Without_a_usable_folder_the_report_is_held_in_memory()
    {
        byte[] expected = Report(30_000); // more than one 1 MB block
        using HeldReport held = HeldReport.Create(Path.Combine(Path.GetTempPath(), "newslint-no-such-folder-" + Guid.NewGuid().ToString("N")));
        Assert.False(held.InFile);
        WriteInPieces(held, expected);
        Assert.Equal(expected.Length, held.Length);
        Assert.Equal(expected, WrittenOut(held));
    }

    /// <summary>Report lines as a worker writes them, with multi-byte UTF-8 (Indonesian and arrows).</summary>
    private static byte[] Report(int lines)
    {
        var text = new StringBuilder();
        for (int i = 0; i < lines; i++)
        {
            text.Append(CultureInvariant($"articles/id/{i / 100:D4}/article-{i:D7}.id.md({i % 90 + 1},4): warning NL5004: 'hakiki' → 'perseorangan' ({i})\n"));
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static string CultureInvariant(FormattableString text) => FormattableString.Invariant(text);

    private static void WriteInPieces(HeldReport held, byte[] bytes)
    {
        // Pieces of odd sizes, as a StreamWriter's flushes and the last partial buffer give them.
        int at = 0;
        foreach (int size in Enumerable.Range(1, int.MaxValue).Select(n => (n * 7919) % 70_000 + 1))
        {
            int n = Math.Min(size, bytes.Length - at);
            held.Write(bytes, at, n);
            at += n;
            if (at == bytes.Length)
            {
                return;
            }
        }
    }

    private static byte[] WrittenOut(HeldReport held)
    {
        var output = new MemoryStream();
        held.WriteTo(output);
        return output.ToArray();
    }
}
