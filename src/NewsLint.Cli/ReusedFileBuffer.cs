using System;
using System.IO;
using Microsoft.Win32.SafeHandles;

namespace NewsLint.Cli;

/// <summary>
/// Reads a whole file into a buffer kept per thread: each article's bytes live only until they are decoded, so a run
/// over thousands of files allocates one buffer per thread instead of one array per file.
/// </summary>
internal static class ReusedFileBuffer
{
    /// <summary>A buffer larger than this is not kept for the next file (one huge file should not pin its memory).</summary>
    private const int MaxKept = 1 << 20;

    [ThreadStatic]
    private static byte[]? _buffer;

    /// <summary>The file's bytes in buffer[0..length); the buffer is overwritten by this thread's next read.</summary>
    public static byte[] Read(string path, out int length)
    {
        using SafeFileHandle handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        long size = RandomAccess.GetLength(handle);
        if (size >= Array.MaxLength)
        {
            throw new IOException($"'{path}' is larger than 2 GB.");
        }

        // One byte more than the file's size, so the read that finds its end needs no larger buffer.
        byte[] buffer = _buffer is { } kept && kept.Length > size ? kept : new byte[Math.Max(4096, size + 1)];
        length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                // The file grew, or its size was not known (a pipe, a file under /proc).
                Array.Resize(ref buffer, buffer.Length * 2);
            }

            int read = RandomAccess.Read(handle, buffer.AsSpan(length), length);
            if (read == 0)
            {
                break;
            }

            length += read;
        }

        if (buffer.Length <= MaxKept)
        {
            _buffer = buffer;
        }

        return buffer;
    }
}
