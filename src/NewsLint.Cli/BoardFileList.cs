using System;
using System.Buffers;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace NewsLint.Cli;

/// <summary>
/// The run's files as the board holds them (<see cref="ShardBoard"/>): <c>files + 1</c> offsets in UTF-16 code units
/// (8 bytes each), then the paths' code units one after another, so that any path comes back exactly as it went in. The
/// first process writes the list with the file's own writes, not through the mapping (a page written through a mapping
/// costs a page fault, about 1.5 MB for 10,000 paths); a worker makes the string of a path only when it lints that
/// file, so the list's strings never fill its heap, and it reads the pages it needs through its mapping.
/// </summary>
internal sealed unsafe class BoardFileList : IReadOnlyList<string>
{
    private readonly long* _offsets;
    private readonly char* _chars;

    private BoardFileList(long* offsets, int count)
    {
        _offsets = offsets;
        _chars = (char*)(offsets + count + 1);
        Count = count;
    }

    public int Count { get; }

    /// <summary>A new string each time: the caller keeps it as long as it needs it.</summary>
    public string this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count)
            {
                throw new ArgumentOutOfRangeException(nameof(index));
            }

            return new string(_chars, (int)_offsets[index], (int)(_offsets[index + 1] - _offsets[index]));
        }
    }

    /// <summary>Bytes the list of <paramref name="files"/> takes on the board.</summary>
    public static long SizeOf(IReadOnlyList<string> files)
    {
        long chars = 0;
        for (int i = 0; i < files.Count; i++)
        {
            chars += files[i].Length;
        }

        return ((files.Count + 1L) * sizeof(long)) + (chars * sizeof(char));
    }

    /// <summary>Writes <paramref name="files"/> into <paramref name="file"/> at <paramref name="at"/>, in 64 KB writes.</summary>
    public static void Write(SafeFileHandle file, long at, IReadOnlyList<string> files)
    {
        byte[] buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
        try
        {
            var writer = new PieceWriter(file, at, buffer);
            long offset = 0;
            for (int i = 0; i <= files.Count; i++)
            {
                writer.Put(MemoryMarshal.AsBytes(new ReadOnlySpan<long>(in offset)));
                offset += i < files.Count ? files[i].Length : 0;
            }

            for (int i = 0; i < files.Count; i++)
            {
                writer.Put(MemoryMarshal.AsBytes(files[i].AsSpan()));
            }

            writer.Flush();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The list of <paramref name="count"/> files in the <paramref name="bytes"/> at <paramref name="at"/>
    /// (8-byte aligned, mapped as long as the list is used), or null if its offsets do not describe exactly those bytes.</summary>
    public static BoardFileList? Read(byte* at, long bytes, int count)
    {
        long chars = (bytes - ((count + 1L) * sizeof(long))) / sizeof(char);
        if (chars < 0 || ((count + 1L) * sizeof(long)) + (chars * sizeof(char)) != bytes)
        {
            return null;
        }

        long* offsets = (long*)at;
        if (offsets[0] != 0 || offsets[count] != chars)
        {
            return null;
        }

        for (int i = 0; i < count; i++)
        {
            if (offsets[i + 1] < offsets[i] || offsets[i + 1] - offsets[i] > int.MaxValue || offsets[i] > int.MaxValue)
            {
                return null;
            }
        }

        return new BoardFileList(offsets, count);
    }

    public IEnumerator<string> GetEnumerator()
    {
        for (int i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Gathers small pieces into one buffer and writes it at the next position when it is full.</summary>
    private struct PieceWriter(SafeFileHandle file, long at, byte[] buffer)
    {
        private long _at = at;
        private int _used;

        public void Put(ReadOnlySpan<byte> bytes)
        {
            while (bytes.Length > 0)
            {
                int n = Math.Min(bytes.Length, buffer.Length - _used);
                bytes[..n].CopyTo(buffer.AsSpan(_used));
                _used += n;
                bytes = bytes[n..];
                if (_used == buffer.Length)
                {
                    Flush();
                }
            }
        }

        public void Flush()
        {
            RandomAccess.Write(file, buffer.AsSpan(0, _used), _at);
            _at += _used;
            _used = 0;
        }
    }
}
