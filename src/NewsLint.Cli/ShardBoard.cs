using System;
using System.Collections.Generic;
using System.IO;
using System.IO.MemoryMappedFiles;
using System.Runtime.CompilerServices;
using System.Threading;

namespace NewsLint.Cli;

/// <summary>
/// What the processes of one run share (<see cref="ShardProcesses"/>), in a small memory-mapped file: the files come in
/// chunks that each process claims as it goes, so a process that starts late or meets slower articles simply lints fewer
/// of them; chunks are printed in file order, each by the process that linted it, when the turn comes to it. Each
/// process adds its findings' tally after printing a chunk, so the tallies always count exactly what was printed, and
/// the owner of every claimed chunk is recorded, so that the first process can lint again the chunks of a worker that
/// stopped before printing them. The board also holds the first process's list of files (<see cref="BoardFileList"/>),
/// which the workers read instead of searching the folders again: the same list by construction, and about 10 ms less
/// of each worker's start over 10,000 files (docs/performance.md, fifteenth round).
/// </summary>
internal sealed unsafe class ShardBoard : IDisposable
{
    /// <summary>Files a chunk: about 2–3 ms of work, so processes end within a chunk of each other, while the claims,
    /// one atomic increment and one write of the chunk's report each, stay far below a thousandth of a run.</summary>
    public const int FilesPerChunk = 16;

    private const long Magic = 0x4E4C_5348_4152_4433; // "NLSHARD3"

    // The header, in 8-byte words: magic, files, bytes of the file list, processes, next chunk to claim, next chunk to
    // print, workers that have opened the board; then three words a process (errors, warnings, unreadable files);
    // then an int a chunk (its owner's index + 1, 0 while unclaimed); then, from the next multiple of 8, the
    // file list (BoardFileList).
    private const int HeaderWords = 7;
    private const int SlotWords = 3;

    private readonly MemoryMappedFile _map;
    private readonly MemoryMappedViewAccessor _view;
    private readonly byte* _base;
    private string? _path; // in the first process, until the file is deleted
    private int _workers;

    private ShardBoard(MemoryMappedFile map, int processes, int chunks, long listBytes)
    {
        _map = map;
        _view = map.CreateViewAccessor(0, ListStart(processes, chunks) + listBytes, MemoryMappedFileAccess.ReadWrite);
        byte* pointer = null;
        _view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
        _base = pointer + _view.PointerOffset;
        Processes = processes;
        Chunks = chunks;
    }

    public int Processes { get; }

    public int Chunks { get; }

    /// <summary>The files of the run, in the order the first process found them.</summary>
    public IReadOnlyList<string> Files { get; private set; } = Array.Empty<string>();

    /// <summary>The chunk whose turn it is to be printed (<see cref="Chunks"/> when all are).</summary>
    public int Turn => (int)Volatile.Read(ref Word(5));

    /// <summary>A board for <paramref name="files"/> and <paramref name="processes"/> processes, in a new file at
    /// <paramref name="path"/>.</summary>
    public static ShardBoard Create(string path, IReadOnlyList<string> files, int processes)
    {
        int chunks = ChunkCount(files.Count);
        long listBytes = BoardFileList.SizeOf(files);
        long size = ListStart(processes, chunks) + listBytes;

        // Windows deletes the file when the last process closes it; elsewhere the first process deletes its name once
        // every worker has opened it (DeleteNameWhenOpened), or at the end of the run.
        var stream = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, Sharing, 1,
            OperatingSystem.IsWindows() ? FileOptions.DeleteOnClose : FileOptions.None);
        ShardBoard board;
        try
        {
            stream.SetLength(size);
            BoardFileList.Write(stream.SafeFileHandle, ListStart(processes, chunks), files);
            board = new ShardBoard(Map(stream, size), processes, chunks, listBytes);
        }
        catch
        {
            stream.Dispose();
            throw;
        }

        board.Word(1) = files.Count;
        board.Word(2) = listBytes;
        board.Word(3) = processes;
        board.Files = files;
        board._path = path;
        Volatile.Write(ref board.Word(0), Magic);
        return board;
    }

    /// <summary>The board at <paramref name="path"/> with the run's files, or null if the file is not a whole board of
    /// this version.</summary>
    public static ShardBoard? Open(string path)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, Sharing, 1);
        long length = stream.Length;
        if (length < HeaderWords * 8)
        {
            stream.Dispose();
            return null;
        }

        MemoryMappedFile map;
        try
        {
            map = Map(stream, 0);
        }
        catch
        {
            stream.Dispose();
            throw;
        }

        var header = new ShardBoard(map, processes: 0, chunks: 0, listBytes: 0);
        Interlocked.Increment(ref header.Word(6)); // opened: the first process may delete the file's name now
        bool valid = Volatile.Read(ref header.Word(0)) == Magic;
        long files = header.Word(1), listBytes = header.Word(2), processes = header.Word(3);
        header.ReleaseView();
        if (!valid || processes is <= 0 or > 1024 || files is < 0 or > int.MaxValue || listBytes < 0
            || ListStart((int)processes, ChunkCount((int)files)) + listBytes != length)
        {
            map.Dispose();
            return null;
        }

        var board = new ShardBoard(map, (int)processes, ChunkCount((int)files), listBytes);
        BoardFileList? list = BoardFileList.Read(board._base + ListStart(board.Processes, board.Chunks), listBytes, (int)files);
        if (list is null)
        {
            board.Dispose();
            return null;
        }

        board.Files = list;
        return board;
    }

    /// <summary>Every process of the run opens the file for reading and writing (MemoryMappedFile.CreateFromFile(path)
    /// would share it for reading only, which Windows enforces).</summary>
    private const FileShare Sharing = FileShare.ReadWrite | FileShare.Delete;

    private static MemoryMappedFile Map(FileStream stream, long capacity) =>
        MemoryMappedFile.CreateFromFile(stream, null, capacity, MemoryMappedFileAccess.ReadWrite, HandleInheritability.None, leaveOpen: false);

    public static int ChunkCount(int files) => (files + FilesPerChunk - 1) / FilesPerChunk;

    /// <summary>The files [Start, End) of <paramref name="chunk"/>.</summary>
    public static (int Start, int End) RangeOf(int chunk, int files) =>
        (chunk * FilesPerChunk, Math.Min(files, (chunk + 1) * FilesPerChunk));

    /// <summary>Claims the next unclaimed chunk for <paramref name="process"/>; false when none is left.</summary>
    public bool TryClaim(int process, out int chunk)
    {
        long next = Interlocked.Increment(ref Word(4)) - 1;
        if (next >= Chunks)
        {
            chunk = -1;
            return false;
        }

        chunk = (int)next;
        Volatile.Write(ref Owner(chunk), process + 1);
        return true;
    }

    /// <summary>The process that claimed <paramref name="chunk"/>, or -1 while nobody has (or a process stopped
    /// between claiming it and saying so).</summary>
    public int OwnerOf(int chunk) => Volatile.Read(ref Owner(chunk)) - 1;

    /// <summary>In the first process: <paramref name="workers"/> were started, to open the board.</summary>
    public void Expect(int workers) => _workers = workers;

    /// <summary>In the first process, outside Windows: deletes the file's name once every worker started has opened
    /// it, so that a run stopped by Ctrl+C leaves nothing in the temporary folder (each process keeps its mapping).
    /// Windows deletes the file when its last handle closes.</summary>
    public void DeleteNameWhenOpened()
    {
        if (_path is null || OperatingSystem.IsWindows() || Volatile.Read(ref Word(6)) < _workers)
        {
            return;
        }

        try
        {
            File.Delete(_path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The run deletes it again at its end.
        }

        _path = null;
    }

    /// <summary>Whether every chunk is claimed.</summary>
    public bool AllClaimed => Volatile.Read(ref Word(4)) >= Chunks;

    /// <summary>After printing <paramref name="chunk"/> (whose turn it was): adds its tally to
    /// <paramref name="process"/>'s and passes the turn on.</summary>
    public void Printed(int process, int chunk, int errors, int warnings, bool unreadable)
    {
        if (Turn != chunk)
        {
            throw new InvalidOperationException($"chunk {chunk} printed out of turn ({Turn})");
        }

        Word(Slot(process)) += errors;
        Word(Slot(process) + 1) += warnings;
        if (unreadable)
        {
            Word(Slot(process) + 2) = 1;
        }

        Volatile.Write(ref Word(5), chunk + 1);
    }

    /// <summary>What <paramref name="process"/> has printed: errors, warnings, whether a file was unreadable.</summary>
    public (int Errors, int Warnings, bool Unreadable) TallyOf(int process) =>
        ((int)Volatile.Read(ref Word(Slot(process))), (int)Volatile.Read(ref Word(Slot(process) + 1)), Volatile.Read(ref Word(Slot(process) + 2)) != 0);

    public void Dispose()
    {
        ReleaseView();
        _map.Dispose();
    }

    private void ReleaseView()
    {
        _view.SafeMemoryMappedViewHandle.ReleasePointer();
        _view.Dispose();
    }

    private static long SizeOf(int processes, int chunks) => ((HeaderWords + ((long)SlotWords * processes)) * 8) + ((long)chunks * 4);

    /// <summary>Where the file list starts: after the owners, at a multiple of 8 for its offsets.</summary>
    private static long ListStart(int processes, int chunks) => (SizeOf(processes, chunks) + 7) & ~7L;

    private static int Slot(int process) => HeaderWords + (SlotWords * process);

    private ref long Word(int index) => ref Unsafe.AsRef<long>(_base + (index * 8L));

    private ref int Owner(int chunk) => ref Unsafe.AsRef<int>(_base + ((HeaderWords + ((long)SlotWords * Processes)) * 8) + (chunk * 4L));
}
