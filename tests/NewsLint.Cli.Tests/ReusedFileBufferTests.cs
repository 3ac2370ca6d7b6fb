using System;
using System.IO;
using System.Threading;
using Xunit;

namespace NewsLint.Cli.Tests;

public sealed class ReusedFileBufferTests
{
    [Fact]
    public void Files_read_one_after_another_give_each_file_its_own_bytes()
    {
        // Sizes around the kept buffer's (32 KB at first): empty, small, one byte short of it, exactly it (found full,
        // then sized), one byte more, larger (a new buffer), smaller again (the larger buffer reused, its old tail
        // beyond the length), larger than the most a thread keeps (1 MB), then small and mid-sized. On a thread of its
        // own, so the sequence starts with no kept buffer whatever other tests ran before on this one.
        using var folder = new TempFolder();
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                ReadOneAfterAnother(folder, 0, 1, 100, 32_767, 32_768, 32_769, 70_000, 3, 70_000, 1_500_000, 12, 65_536);
            }
            catch (Exception ex)
            {
                failure = ex;
            }
        });
        thread.Start();
        thread.Join();
        Assert.Null(failure);
    }

    [Fact]
    public void A_missing_file_is_an_io_error_as_before()
    {
        using var folder = new TempFolder();
        Assert.ThrowsAny<IOException>(() => ReusedFileBuffer.Read(Path.Combine(folder.Path, "missing.md"), out _));
    }

    private static void ReadOneAfterAnother(TempFolder folder, params int[] sizes)
    {
        var random = new Random(4096);
        foreach (int size in sizes)
        {
            var bytes = new byte[size];
            random.NextBytes(bytes);
            string path = folder.WriteBytes($"file-{size}.md", bytes);
            byte[] buffer = ReusedFileBuffer.Read(path, out int length);
            Assert.Equal(size, length);
            Assert.True(bytes.AsSpan().SequenceEqual(buffer.AsSpan(0, length)), $"the bytes of a {size}-byte file");
        }
    }
}
