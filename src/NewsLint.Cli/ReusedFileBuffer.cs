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

    /// <summary>The first size of a thread's buffer: most articles are 3–20 KB.</summary>
    private const int InitialSize = 1 << 15;

    [ThreadStatic]
    private static byte[]? _buffer;

    /// <summary>The file's bytes in buffer[0..length); the buffer is overwritten by this thread's next read.</summary>
    public static byte[] Read(string path, out int length)
    {
        using SafeFileHandle handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);

        // The file's size is asked for only when the kept buffer fills up: a file that fits costs one system call
        // fewer (syscalls are a sixth of a run over many small files), and the read that finds its end is needed anyway.
        byte[] buffer = _buffer ?? new byte[InitialSize];
        length = 0;
        bool sized = false;
        while (true)
        {
            if (length == buffer.Length)
            {
                buffer = Grow(handle, path, buffer, length, ref sized);
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

    /// <summary>A larger buffer holding the first <paramref name="length"/> bytes: the file's size and one byte more (so
    /// the read that finds the end needs no larger one), or, if the file grew or has no size (a pipe, a file under
    /// /proc), twice the length.</summary>
    private static byte[] Grow(SafeFileHandle handle, string path, byte[] buffer, int length, ref bool sized)
    {
        long wanted;
        if (!sized)
        {
            sized = true;
            long size = RandomAccess.GetLength(handle);
            if (size >= Array.MaxLength)
            {
                throw new IOException($"'{path}' is larger than 2 GB.");
            }

            wanted = Math.Max(length, size) + 1;
        }
        else
        {
            if (length >= Array.MaxLength)
            {
                throw new IOException($"'{path}' is larger than 2 GB.");
            }

            wanted = Math.Min((long)length * 2, Array.MaxLength);
        }

        var larger = new byte[wanted];
        buffer.AsSpan(0, length).CopyTo(larger);
        return larger;
    }
}
