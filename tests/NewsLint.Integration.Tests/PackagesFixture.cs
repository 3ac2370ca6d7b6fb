using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace NewsLint.Integration.Tests;

/// <summary>
/// Packs NewsLint.Sdk and NewsLint.Analyzers once per test run into a scratch feed, with a version of their own and a
/// private NuGet cache, so no earlier package can stand in for the one just built.
/// </summary>
public sealed class PackagesFixture : IDisposable
{
    public PackagesFixture()
    {
        RepositoryRoot = RepositoryRootFinder.Find();
        Root = Path.Combine(Path.GetTempPath(), "newslint-it-" + Guid.NewGuid().ToString("N"));
        Feed = Path.Combine(Root, "feed");
        PackagesCache = Path.Combine(Root, "nuget-cache");
        Directory.CreateDirectory(Feed);
        Version = "0.1.0-it" + DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
        foreach (string project in new[] { "src/NewsLint.Sdk/NewsLint.Sdk.csproj", "src/NewsLint.Analyzers/NewsLint.Analyzers.csproj" })
        {
            var (exit, output) = ProcessRunner.Run("dotnet", $"pack \"{Path.Combine(RepositoryRoot, project)}\" -c Release -o \"{Feed}\" -p:Version={Version}", RepositoryRoot, timeoutSeconds: 600);
            if (exit != 0)
            {
                throw new InvalidOperationException($"dotnet pack {project} failed:\n{output}");
            }
        }
    }

    public string RepositoryRoot { get; }

    public string Root { get; }

    public string Feed { get; }

    public string PackagesCache { get; }

    public string Version { get; }

    public IDictionary<string, string> Environment => new Dictionary<string, string> { ["NUGET_PACKAGES"] = PackagesCache };

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
