using System;
using System.Collections.Generic;

namespace NewsLint.Benchmarks.Infrastructure;

/// <summary>The <c>--name value</c> options of the benchmark project's own commands (<c>profile</c>, <c>ratio</c>).</summary>
internal static class CommandOptions
{
    /// <summary>Hands each option after the command word to its reader; false, after saying why, for one it does not know.</summary>
    public static bool TryRead(string[] args, Dictionary<string, Action<string>> readers)
    {
        for (int i = 1; i < args.Length; i += 2)
        {
            if (!readers.TryGetValue(args[i], out Action<string>? read) || i + 1 == args.Length)
            {
                Console.Error.WriteLine($"unknown option or missing value: '{args[i]}'");
                return false;
            }

            read(args[i + 1]);
        }

        return true;
    }
}
