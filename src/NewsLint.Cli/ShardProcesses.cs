using System;
using System.Diagnostics;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading.Tasks;

namespace NewsLint.Cli;

/// <summary>Starts a worker for <c>newslint check ARGUMENTS</c> in <paramref name="workingDirectory"/>. The function it
/// returns is called when the worker's turn to print has come (everything before it is written and flushed): it lets
/// the worker print, waits for it and gives its exit code and standard error.</summary>
public delegate Func<ShardOutput> ShardLauncher(string[] arguments, string workingDirectory);

/// <summary>A worker's exit code, its report when the parent is to print it (null: the worker printed it itself), and
/// its standard error.</summary>
public sealed record ShardOutput(int ExitCode, string? Stdout, string Stderr);

/// <summary>
/// Worker processes for <c>-j N</c> over many files. Articles are independent, but threads of one process share its
/// garbage collector: on two cores the same work took 26–33% more CPU time on two threads than on one (the write
/// barrier's card table, fresh pages, the collector's lock and pauses that stop both threads), while two processes ran
/// each as fast as one alone (docs/performance.md, twelfth and thirteenth rounds). So the native CLI lints the first
/// share of the files itself and starts N − 1 copies of itself for the others (<c>--shard K/N</c>), then prints their
/// reports in file order after its own.
/// </summary>
public static class ShardProcesses
{
    /// <summary>A worker costs a process start, finding the files and loading the rules (about 0.05 s), and starts
    /// behind: over generated articles on two cores processes broke even with threads at 500 files a share and gained
    /// 0.04 s at 1,000 (0.26 s against 0.30 s; docs/performance.md, fourteenth round).</summary>
    public const int MinFilesPerProcess = 1000;

    /// <summary>What a worker writes in, whatever the console's code page (Program.Main).</summary>
    public static readonly Encoding WorkerEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

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

    private static Func<ShardOutput> Start(string executable, string[] arguments, string workingDirectory)
    {
        // The worker writes its report straight to the standard output it shares with this process, once told to by
        // the end of its standard input: no copy of megabytes of text through a pipe and this process's memory.
        var start = new ProcessStartInfo(executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardErrorEncoding = WorkerEncoding,
        };
        start.ArgumentList.Add("check");
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process = Process.Start(start) ?? throw new IOException("the worker process did not start");
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        return () =>
        {
            using (process)
            {
                process.StandardInput.Close();
                string errors = stderr.GetAwaiter().GetResult();
                process.WaitForExit();
                return new ShardOutput(process.ExitCode, null, errors);
            }
        };
    }

    /// <summary>In a worker: holds the report until the parent closes the worker's standard input (its turn), then
    /// writes it to standard output. Run by hand (input not redirected), it writes at once.</summary>
    internal static void WriteInTurn(HeldReport report)
    {
        if (Console.IsInputRedirected)
        {
            using Stream input = Console.OpenStandardInput();
            input.CopyTo(Stream.Null);
        }

        using Stream output = Console.OpenStandardOutput();
        report.WriteTo(output);
    }
}
