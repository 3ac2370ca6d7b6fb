using System;
using System.IO;
using Xunit;

namespace NewsLint.Cli.Tests;

public sealed class ReusedFileBufferTests
{
    [Fact]
    public void Files_read_one_after_another_give_each_file_its_own_bytes()
    {
        // Sizes around the kept buffer's: empty, small, exactly its first size, larger (a new buffer), then smaller
        // again (the larger buffer reused, its old tail beyond the length).
        using var folder = new TempFolder();
        var random = new Random(4096);
        foreach (int size in new[] { 0, 1, 100, 4095, 4096, 4097, 70_000, 3, 70_000, 12 })
        {
            var bytes = new byte[size];
            random.NextBytes(bytes);
            string path = folder.WriteBytes($"file-{size}.md", bytes);
            byte[] buffer = ReusedFileBuffer.Read(path, out int length);
            Assert.Equal(bytes, buffer.AsSpan(0, length).ToArray());
            Assert.Equal(File.ReadAllBytes(path), buffer.AsSpan(0, length).ToArray());
        }
    }

    [Fact]
    public void A_missing_file_is_an_io_error_as_before()
    {
        using var folder = new TempFolder();
        Assert.ThrowsAny<IOException>(() => ReusedFileBuffer.Read(Path.Combine(folder.Path, "missing.md"), out _));
    }
}
