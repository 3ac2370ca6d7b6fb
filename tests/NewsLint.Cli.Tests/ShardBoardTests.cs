using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using Xunit;

namespace NewsLint.Cli.Tests;

/// <summary>The board the processes of a run share: every chunk is claimed once, printed once and in order, and the
/// tallies count what was printed.</summary>
public sealed class ShardBoardTests
{
    [Fact]
    public void Processes_claim_every_chunk_once_and_print_them_in_order()
    {
        using var dir = new TempFolder();
        List<string> files = Enumerable.Range(0, 1000).Select(i => $"/news/desk{i % 7}/article-{i:D4}.md").ToList();
        const int processes = 4;
        using ShardBoard first = ShardBoard.Create(Path.Combine(dir.Path, "run.board"), files, processes);
        Assert.Equal(63, first.Chunks);

        var printed = new ConcurrentQueue<(int Chunk, int Process)>();
        var threads = new Thread[processes];
        for (int p = 0; p < processes; p++)
        {
            int me = p;
            threads[p] = new Thread(() =>
            {
                // Each "process" opens the board itself, lints a chunk for a while, and prints in turn, as ChunkRun does.
                using ShardBoard board = me == 0 ? null! : ShardBoard.Open(Path.Combine(dir.Path, "run.board"))!;
                ShardBoard own = me == 0 ? first : board;
                var held = new Queue<int>();
                var random = new Random(me);
                bool PrintReady()
                {
                    bool any = false;
                    while (held.Count > 0 && held.Peek() == own.Turn)
                    {
                        int next = held.Dequeue();
                        printed.Enqueue((next, me));
                        (int start, int end) = ShardBoard.RangeOf(next, files.Count);
                        own.Printed(me, next, errors: 0, warnings: end - start, unreadable: false);
                        any = true;
                    }

                    return any;
                }

                while (own.TryClaim(me, out int chunk))
                {
                    Thread.SpinWait(random.Next(1, 20_000));
                    held.Enqueue(chunk);
                    PrintReady();
                }

                while (held.Count > 0)
                {
                    if (!PrintReady())
                    {
                        Thread.Yield();
                    }
                }
            });
            threads[p].Start();
        }

        foreach (Thread thread in threads)
        {
            thread.Join();
        }

        Assert.Equal(Enumerable.Range(0, 63), printed.Select(p => p.Chunk));
        Assert.All(printed, p => Assert.Equal(p.Process, first.OwnerOf(p.Chunk)));
        Assert.Equal(63, first.Turn);
        Assert.True(first.AllClaimed);
        Assert.Equal(1000, Enumerable.Range(0, processes).Sum(p => first.TallyOf(p).Warnings));
    }

    [Fact]
    public void Chunks_are_sixteen_files_and_the_last_takes_the_rest()
    {
        Assert.Equal(0, ShardBoard.ChunkCount(0));
        Assert.Equal(1, ShardBoard.ChunkCount(16));
        Assert.Equal(2, ShardBoard.ChunkCount(17));
        Assert.Equal((16, 17), ShardBoard.RangeOf(1, 17));
        Assert.Equal((32, 48), ShardBoard.RangeOf(2, 1000));
    }

    [Fact]
    public void A_worker_reads_the_first_process_s_files_from_the_board_exactly()
    {
        using var dir = new TempFolder();
        string path = Path.Combine(dir.Path, "run.board");

        // Names as a newsroom's archive has them (accents, spaces, a name in Greek and one in CJK), an odd and an even
        // length, an empty one, and a lone surrogate, which a Linux file name can decode to and UTF-8 could not keep.
        List<string> files = ["/news/a.md", "/news/ab.md", "/news/Liputan Khusus/Ibukota Nusantara.md", "/news/café-crème.md",
            "/news/Αθήνα.md", "/news/东京.md", "", "/news/bad\ud800name.md"];
        using ShardBoard board = ShardBoard.Create(path, files, processes: 2);

        using (ShardBoard? worker = ShardBoard.Open(path))
        {
            Assert.NotNull(worker);
            Assert.Equal(2, worker.Processes);
            Assert.Equal(files, worker.Files);
            Assert.True(worker.TryClaim(1, out int chunk));
            Assert.Equal(1, board.OwnerOf(chunk)); // one memory, seen from both
        }

        using ShardBoard? none = ShardBoard.Create(Path.Combine(dir.Path, "empty.board"), [], processes: 3);
        using ShardBoard? empty = ShardBoard.Open(Path.Combine(dir.Path, "empty.board"));
        Assert.Empty(empty!.Files);
        Assert.Equal(0, empty.Chunks);
        Assert.False(empty.TryClaim(1, out _));
    }

    [Theory]
    [InlineData(0)] // an empty file
    [InlineData(7)] // a header cut short
    [InlineData(-1)] // the list cut short by one byte
    [InlineData(-2)] // the second path's offset past the third's
    [InlineData(-3)] // another version's magic word
    public void A_file_that_is_not_a_whole_board_does_not_open(int damage)
    {
        using var dir = new TempFolder();
        string path = Path.Combine(dir.Path, "run.board");
        List<string> files = Enumerable.Range(0, 40).Select(i => $"/news/desk{i % 3}/article-{i:D2}.md").ToList();
        ShardBoard.Create(path, files, processes: 2).Dispose();
        byte[] bytes = File.ReadAllBytes(path);
        const int listStart = 136; // the header's 7 words, two processes' 4, three chunks' owners (4 bytes each), to 8
        bytes = damage switch
        {
            -1 => bytes[..^1],
            -2 => Patched(bytes, listStart + 8, 1000),
            -3 => Patched(bytes, 0, 0x31),
            _ => bytes[..damage],
        };
        File.WriteAllBytes(path, bytes);

        Assert.Null(ShardBoard.Open(path));
    }

    private static byte[] Patched(byte[] bytes, int at, int value)
    {
        BitConverter.TryWriteBytes(bytes.AsSpan(at), value);
        return bytes;
    }

    [Fact]
    public void The_file_name_goes_once_every_worker_has_opened_the_board()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Windows deletes the file when its last handle closes
        }

        using var dir = new TempFolder();
        string path = Path.Combine(dir.Path, "run.board");
        List<string> files = Enumerable.Range(0, 100).Select(i => $"/news/{i}.md").ToList();
        using ShardBoard board = ShardBoard.Create(path, files, processes: 3);
        board.Expect(workers: 2);
        using ShardBoard? first = ShardBoard.Open(path);
        board.DeleteNameWhenOpened();
        Assert.True(File.Exists(path)); // one of two workers has opened it

        using ShardBoard? second = ShardBoard.Open(path);
        board.DeleteNameWhenOpened();
        Assert.False(File.Exists(path));
        Assert.True(second!.TryClaim(2, out int chunk)); // the mappings live on
        Assert.Equal(2, board.OwnerOf(chunk));
    }

    [Fact]
    public void A_chunk_cannot_be_printed_out_of_turn()
    {
        using var dir = new TempFolder();
        List<string> files = Enumerable.Range(0, 40).Select(i => $"/news/{i}.md").ToList();
        using ShardBoard board = ShardBoard.Create(Path.Combine(dir.Path, "run.board"), files, processes: 2);
        Assert.True(board.TryClaim(0, out int first));
        Assert.True(board.TryClaim(1, out int second));
        Assert.Throws<InvalidOperationException>(() => board.Printed(1, second, 0, 0, false));
        board.Printed(0, first, errors: 2, warnings: 3, unreadable: true);
        board.Printed(1, second, errors: 0, warnings: 1, unreadable: false);
        Assert.Equal((2, 3, true), board.TallyOf(0));
        Assert.Equal((0, 1, false), board.TallyOf(1));
        Assert.Equal(2, board.Turn);
    }
}
