using System;
using System.IO;
using System.Text.RegularExpressions;
using Xunit;

namespace NewsLint.Integration.Tests;

/// <summary>
/// `dotnet build` of a content repository whose project is <c>&lt;Project Sdk="NewsLint.Sdk/x.y.z" /&gt;</c>, against
/// freshly packed packages. Each case guards a mistake that would otherwise give a silent, green build.
/// </summary>
public sealed class DotnetBuildTests : IClassFixture<PackagesFixture>
{
    private const string Duplicate = "Pasukan Rusia menyerang ibu kota Kyiv, Berdyansk, Kharkiv, Sumy, Berdyansk, dan Chernihiv.\n";

    private readonly PackagesFixture _packages;

    public DotnetBuildTests(PackagesFixture packages)
    {
        _packages = packages;
    }

    [Fact]
    public void Build_prints_the_warning_and_warnaserror_fails_the_build()
    {
        var repo = new ContentRepository(_packages, "plain");
        var (exit, output) = repo.Build();
        Assert.True(exit == 0, output);
        Assert.Matches(new Regex(@"articles/id/csto-summit-moscow-2022\.md\(19,208\): warning NL4001: 'Berdyansk' is listed twice"), output);
        Assert.DoesNotContain("AD0001", output, StringComparison.Ordinal);
        Assert.DoesNotContain("CS9057", output, StringComparison.Ordinal);

        var (failExit, failOutput) = repo.Build("--no-incremental -warnaserror");
        Assert.NotEqual(0, failExit);
        Assert.Matches(new Regex(@"csto-summit-moscow-2022\.md\(19,208\): error NL4001"), failOutput);
    }

    [Fact]
    public void Error_log_sarif_includes_the_diagnostic()
    {
        var repo = new ContentRepository(_packages, "sarif");
        string log = Path.Combine(repo.Path, "build.sarif");
        var (exit, output) = repo.Build($"-p:ErrorLog=\"{log}%2Cversion=2.1\"");
        Assert.True(exit == 0, output);
        string sarif = File.ReadAllText(log);
        Assert.Contains("\"ruleId\": \"NL4001\"", sarif, StringComparison.Ordinal);
        Assert.Contains("csto-summit-moscow-2022.md", sarif, StringComparison.Ordinal);
    }

    [Fact]
    public void Severities_follow_editorconfig_per_folder()
    {
        var repo = new ContentRepository(_packages, "editorconfig");
        repo.Write("articles/archive/2019/old.md", Duplicate);
        repo.Write("articles/en/.editorconfig", "[*.md]\nnewslint.NL4001.severity = error\n");
        var (exit, output) = repo.Build();
        Assert.NotEqual(0, exit);
        Assert.Matches(new Regex(@"articles/en/shelling-report\.md\(9,73\): error NL4001"), output);
        Assert.Matches(new Regex(@"csto-summit-moscow-2022\.md\(19,208\): warning NL4001"), output);
        Assert.DoesNotContain("old.md", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Globalconfig_dotnet_diagnostic_severity_applies()
    {
        var repo = new ContentRepository(_packages, "globalconfig");
        repo.Write(".globalconfig", "is_global = true\ndotnet_diagnostic.NL4001.severity = error\n");
        var (exit, output) = repo.Build();
        Assert.NotEqual(0, exit);
        Assert.Matches(new Regex(@"csto-summit-moscow-2022\.md\(19,208\): error NL4001"), output);
    }

    [Fact]
    public void An_article_moved_in_with_an_old_timestamp_is_still_linted()
    {
        var repo = new ContentRepository(_packages, "incremental");
        Assert.Equal(0, repo.Build().ExitCode);

        // No change: the compiler is skipped, so nothing is printed (CI should pass --no-incremental).
        var (_, unchanged) = repo.Build();
        Assert.DoesNotContain("NL4001", unchanged, StringComparison.Ordinal);

        string moved = repo.Write("articles/id/moved.md", Duplicate);
        File.SetLastWriteTimeUtc(moved, new DateTime(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        var (_, after) = repo.Build();
        Assert.Matches(new Regex(@"articles/id/moved\.md\(1,66\): warning NL4001"), after);
    }

    [Fact]
    public void Analyzer_package_lints_markdown_in_an_existing_project()
    {
        var repo = new ContentRepository(_packages, "existing-project");
        repo.Write("Newsroom.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <NewsLintIncludeMarkdown>true</NewsLintIncludeMarkdown>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="NewsLint.Analyzers" Version="{_packages.Version}" PrivateAssets="all" />
              </ItemGroup>
            </Project>
            """);
        repo.Write("Code.cs", "namespace Newsroom; public static class Code { }\n");
        var (exit, output) = repo.Build();
        Assert.True(exit == 0, output);
        Assert.Matches(new Regex(@"csto-summit-moscow-2022\.md\(19,208\): warning NL4001"), output);
    }
}
