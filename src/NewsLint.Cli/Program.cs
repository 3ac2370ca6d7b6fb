using System;
using System.IO;
using System.Text;

namespace NewsLint.Cli;

/// <summary>Entry point: <c>newslint check PATH... [options]</c>, <c>newslint diff PATH... [options]</c>.</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        // Console.Out flushes every write: a report of 50,000 findings was 77,000 system calls, made one after another
        // once the parallel part was over. A buffered writer, flushed before the summary and at exit, makes it a few.
        // A worker process (--shard) prints to the same output, in turn (ShardBoard), and stops if its parent does.
        Encoding encoding = Console.OutputEncoding is UTF8Encoding ? Utf8 : Console.OutputEncoding;
        Console.SetOut(new StreamWriter(Console.OpenStandardOutput(), encoding, bufferSize: 1 << 16) { AutoFlush = false });
        if (Array.IndexOf(args, "--board") >= 0 && Console.IsInputRedirected)
        {
            ShardProcesses.WatchParent();
        }

        try
        {
            return Run(args, Console.Out, Console.Error, Directory.GetCurrentDirectory());
        }
        finally
        {
            Console.Out.Flush();
        }
    }

    /// <summary>UTF-8 without a byte order mark, as a terminal or a pipe expects it.</summary>
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, string workingDirectory)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            stdout.Write(Usage.Text);
            return args.Length == 0 ? ExitCodes.BadUsage : ExitCodes.Success;
        }

        if (args[0] is "--version")
        {
            stdout.WriteLine(typeof(Program).Assembly.GetName().Version?.ToString(3));
            return ExitCodes.Success;
        }

        switch (args[0])
        {
            case "check":
                if (!CheckOptions.TryParse(args.AsSpan(1), out CheckOptions? options, out string? error))
                {
                    stderr.WriteLine("newslint: " + error);
                    stderr.WriteLine("Run 'newslint --help' for usage.");
                    return ExitCodes.BadUsage;
                }

                return new CheckCommand(options!, stdout, stderr, workingDirectory).Run();
            case "diff":
                if (!DiffOptions.TryParse(args.AsSpan(1), out DiffOptions? diffOptions, out string? diffError))
                {
                    stderr.WriteLine("newslint: " + diffError);
                    stderr.WriteLine("Run 'newslint --help' for usage.");
                    return ExitCodes.BadUsage;
                }

                bool terminal = ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected;
                return new DiffCommand(diffOptions!, stdout, stderr, workingDirectory, terminal).Run();
            default:
                stderr.WriteLine($"newslint: unknown command '{args[0]}'.");
                stderr.Write(Usage.Text);
                return ExitCodes.BadUsage;
        }
    }
}
