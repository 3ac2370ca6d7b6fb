using System;
using System.Collections.Generic;
using System.IO;

namespace NewsLint.Cli;

/// <summary>
/// A worker's report, held until its turn (<see cref="ShardProcesses"/>). It goes to a temporary file, deleted when
/// closed: the kernel's page cache holds it, where the worker's own memory would have to fault in a fresh page every
/// 4 KB (7 MB of findings for 5,000 articles: 1,900 page faults, about 20 ms on a virtual machine; docs/performance.md,
/// fourteenth round). Where no temporary file can be made, it is held in 1 MB blocks that are never copied or cleared
/// (a MemoryStream doubles and copies its buffer).
/// </summary>
internal sealed class HeldReport : Stream
{
    private const int BlockSize = 1 << 20;
    private readonly FileStream? _file;
    private readonly List<byte[]> _blocks = new();
    private int _used = BlockSize; // of the last block: full, so the first write takes a block

    private HeldReport(FileStream? file)
    {
        _file = file;
    }

    /// <summary>Whether the report is held in a temporary file rather than in memory.</summary>
    public bool InFile => _file is not null;

    /// <summary>A report held in a temporary file, or in memory when <paramref name="folder"/> takes no file.</summary>
    public static HeldReport Create(string folder)
    {
        try
        {
            string path = Path.Combine(folder, "newslint-" + Guid.NewGuid().ToString("N") + ".held");

            // Unbuffered: the StreamWriter above it writes in 64 KB pieces. Windows deletes the file when its handle closes,
            // even if the worker crashes; elsewhere it is unlinked at once and lives on while open.
            var file = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, bufferSize: 0,
                OperatingSystem.IsWindows() ? FileOptions.DeleteOnClose : FileOptions.None);
            if (!OperatingSystem.IsWindows())
            {
                File.Delete(path);
            }

            return new HeldReport(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return InMemory();
        }
    }

    /// <summary>A report held in this process's memory.</summary>
    public static HeldReport InMemory() => new(null);

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => _file?.Length ?? (_blocks.Count == 0 ? 0 : ((long)(_blocks.Count - 1) * BlockSize) + _used);

    public override long Position
    {
        get => Length;
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        if (_file is not null)
        {
            _file.Write(buffer);
            return;
        }

        while (!buffer.IsEmpty)
        {
            if (_used == BlockSize)
            {
                _blocks.Add(GC.AllocateUninitializedArray<byte>(BlockSize));
                _used = 0;
            }

            int n = Math.Min(buffer.Length, BlockSize - _used);
            buffer.Slice(0, n).CopyTo(_blocks[_blocks.Count - 1].AsSpan(_used));
            _used += n;
            buffer = buffer.Slice(n);
        }
    }

    /// <summary>Writes everything held to <paramref name="output"/>, in order.</summary>
    public void WriteTo(Stream output)
    {
        if (_file is not null)
        {
            _file.Position = 0;
            _file.CopyTo(output, 1 << 16);
            return;
        }

        for (int i = 0; i < _blocks.Count; i++)
        {
            output.Write(_blocks[i], 0, i == _blocks.Count - 1 ? _used : BlockSize);
        }
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _file?.Dispose();
        }

        base.Dispose(disposing);
    }
}
