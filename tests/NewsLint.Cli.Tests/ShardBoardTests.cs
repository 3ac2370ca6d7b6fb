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
                using ShardBoard board = me == 0 ? null! : ShardBoard.Open(Path.Combine(dir.Path, "run.board"), files)!;
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

                own.Finish(me);
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
        Assert.All(Enumerable.Range(0, processes), p => Assert.True(first.Finished(p)));
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
    public void Only_a_board_for_the_same_files_in_the_same_order_opens()
    {
        using var dir = new TempFolder();
        string path = Path.Combine(dir.Path, "run.board");
        List<string> files = ["/news/a.md", "/news/b.md", "/news/c.md"];
        using ShardBoard board = ShardBoard.Create(path, files, processes: 2);

        using (ShardBoard? same = ShardBoard.Open(path, new List<string>(files)))
        {
            Assert.NotNull(same);
            Assert.Equal(2, same.Processes);
            Assert.True(same.TryClaim(1, out int chunk));
            Assert.Equal(1, board.OwnerOf(chunk)); // one memory, seen from both
        }

        Assert.Null(ShardBoard.Open(path, ["/news/a.md", "/news/c.md", "/news/b.md"]));
        Assert.Null(ShardBoard.Open(path, ["/news/a.md", "/news/b.md"]));
        Assert.Null(ShardBoard.Open(path, ["/news/a.md", "/news/b.md", "/news/d.md"]));
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
        using ShardBoard? first = ShardBoard.Open(path, files);
        board.DeleteNameWhenOpened();
        Assert.True(File.Exists(path)); // one of two workers has opened it

        using ShardBoard? second = ShardBoard.Open(path, files);
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
