using System;
using System.IO;

namespace NewsLint.Integration.Tests;

/// <summary>A copy of tests/Newsroom whose project file is the one line a newsroom writes, restored from the scratch feed.</summary>
internal sealed class ContentRepository
{
    public ContentRepository(PackagesFixture packages, string name)
    {
        Packages = packages;
        Path = System.IO.Path.Combine(packages.Root, name);
        string source = System.IO.Path.Combine(packages.RepositoryRoot, "tests", "Newsroom");
        Copy(System.IO.Path.Combine(source, "articles"), System.IO.Path.Combine(Path, "articles"));
        Copy(System.IO.Path.Combine(source, "rules"), System.IO.Path.Combine(Path, "rules"));
        File.Copy(System.IO.Path.Combine(source, ".editorconfig"), System.IO.Path.Combine(Path, ".editorconfig"));
        Write("Newsroom.csproj", $"<Project Sdk=\"NewsLint.Sdk/{packages.Version}\" />\n");
        Write("nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{packages.Feed}" />
              </packageSources>
            </configuration>
            """);
        Write("Directory.Build.props", "<Project />\n");
        Write("Directory.Build.targets", "<Project />\n");
    }

    public PackagesFixture Packages { get; }

    public string Path { get; }

    public string Write(string relativePath, string text)
    {
        string full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return full;
    }

    /// <summary><c>dotnet build</c> with a cold compiler (no server), so nothing loaded earlier hides a packaging mistake.</summary>
    public (int ExitCode, string Output) Build(string extraArguments = "") =>
        ProcessRunner.Run("dotnet", $"build -p:UseSharedCompilation=false -nodeReuse:false {extraArguments}", Path, Packages.Environment, timeoutSeconds: 600);

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (string file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            string target = System.IO.Path.Combine(to, System.IO.Path.GetRelativePath(from, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
