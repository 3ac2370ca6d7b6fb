using System;
using System.Collections.Generic;
using System.IO;

namespace NewsLint.Cli;

/// <summary>
/// A worker's report, held until its turn (<see cref="ShardProcesses"/>): written into 1 MB blocks that are never
/// copied or cleared (a MemoryStream doubles and copies its buffer: with 7 MB of findings its copies were 2.7% of a
/// worker's samples), then written out block by block.
/// </summary>
internal sealed class HeldReport : Stream
{
    private const int BlockSize = 1 << 20;
    private readonly List<byte[]> _blocks = new();
    private int _used = BlockSize; // of the last block: full, so the first write takes a block

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => _blocks.Count == 0 ? 0 : ((long)(_blocks.Count - 1) * BlockSize) + _used;

    public override long Position
    {
        get => Length;
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
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
}
