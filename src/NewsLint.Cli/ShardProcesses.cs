using System;
using System.Diagnostics;
using System.IO;
using System.Runtime.CompilerServices;
using System.Threading;

namespace NewsLint.Cli;

/// <summary>Starts a worker for <c>newslint check ARGUMENTS</c> in <paramref name="workingDirectory"/>.</summary>
public delegate IShardWorker ShardLauncher(string[] arguments, string workingDirectory);

/// <summary>A worker process of a run (or, in tests, its stand-in).</summary>
public interface IShardWorker
{
    bool HasExited { get; }

    /// <summary>Waits for the worker to end and gives its exit code.</summary>
    int WaitForExit();
}

/// <summary>
/// Worker processes for <c>-j N</c> over many files. Articles are independent, but threads of one process share its
/// garbage collector: on two cores the same work took 26–33% more CPU time on two threads than on one (the write
/// barrier's card table, fresh pages, the collector's lock and pauses that stop both threads), while two processes ran
/// each as fast as one alone (docs/performance.md, twelfth and thirteenth rounds). So the native CLI starts N − 1
/// copies of itself (<c>--shard K/N --board PATH</c>), and all N claim chunks of the files from a shared board and print
/// them in file order (<see cref="ShardBoard"/>).
/// </summary>
public static class ShardProcesses
{
    /// <summary>A worker costs a process start, finding the files and loading the rules (about 0.05 s), and starts
    /// behind: over generated articles on two cores processes broke even with threads at 500 files a share and gained
    /// 0.04 s at 1,000 (0.26 s against 0.30 s; docs/performance.md, fourteenth round).</summary>
    public const int MinFilesPerProcess = 1000;

    /// <summary>The variable that turns worker processes off (value 0): threads only, as before.</summary>
    public const string Switch = "NEWSLINT_PROCESSES";

    /// <summary>Starts this native executable as a worker; null in the JIT-compiled tool (each worker would compile the
    /// engine again, 0.4 s) or when <see cref="Switch"/> is 0.</summary>
    public static ShardLauncher? Launcher { get; } = CreateLauncher();

    private static ShardLauncher? CreateLauncher()
    {
        string? executable = Environment.ProcessPath;
        if (RuntimeFeature.IsDynamicCodeSupported || executable is null || Environment.GetEnvironmentVariable(Switch) == "0")
        {
            return null;
        }

        return (arguments, workingDirectory) => Start(executable, arguments, workingDirectory);
    }

    private static IShardWorker Start(string executable, string[] arguments, string workingDirectory)
    {
        // The worker prints to the standard output and error it shares with this process. Its standard input stays open
        // and unused: its end tells a waiting worker that this process has stopped (ParentGone).
        var start = new ProcessStartInfo(executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("check");
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return new ProcessWorker(Process.Start(start) ?? throw new IOException("the worker process did not start"));
    }

    private static volatile bool _parentGone;

    /// <summary>In a worker: whether the process that started it has stopped (its standard input has ended).</summary>
    internal static bool ParentGone => _parentGone;

    /// <summary>In a worker started by <see cref="Launcher"/>: watches its standard input for its end.</summary>
    internal static void WatchParent()
    {
        var watcher = new Thread(() =>
        {
            try
            {
                using Stream input = Console.OpenStandardInput();
                byte[] buffer = new byte[64];
                while (input.Read(buffer, 0, buffer.Length) > 0)
                {
                }
            }
            catch (IOException)
            {
            }

            _parentGone = true;
        })
        { IsBackground = true, Name = "newslint parent watch" };
        watcher.Start();
    }

    private sealed class ProcessWorker : IShardWorker
    {
        private readonly Process _process;

        public ProcessWorker(Process process)
        {
            _process = process;
        }

        public bool HasExited => _process.HasExited;

        public int WaitForExit()
        {
            using (_process)
            {
                _process.WaitForExit();
                _process.StandardInput.Close();
                return _process.ExitCode;
            }
        }
    }
}
