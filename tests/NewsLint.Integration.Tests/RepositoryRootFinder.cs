using System;
using System.IO;

namespace NewsLint.Integration.Tests;

internal static class RepositoryRootFinder
{
    public static string Find()
    {
        for (string? dir = AppContext.BaseDirectory; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (File.Exists(Path.Combine(dir, "Lint.sln")))
            {
                return dir;
            }
        }

        throw new InvalidOperationException("Lint.sln not found above " + AppContext.BaseDirectory);
    }
}
