using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using NewsLint.Rules;
using Xunit;

namespace NewsLint.Cli.Tests;

/// <summary>Which files a run lints, and in what order: every Markdown file under the arguments, once, ordinal by full
/// path, without rule files and skipped folders.</summary>
public sealed class ArticleFinderTests
{
    [Fact]
    public void Folders_give_their_articles_once_in_ordinal_order_without_rules_or_build_folders()
    {
        using var dir = new TempFolder();
        foreach (string file in new[]
        {
            "b.md", "a/x.md", "a b/y.md", "a-b/z.md", "C/w.md", "a/deep/er/v.md", ".hidden.md", "notes.txt", "x.mdx",
            ".git/HEAD.md", "bin/out.md", "Obj/cache.md", "node_modules/pkg/readme.md", "rules/canon/x/clause.en.md",
            "rules/places/local.yaml", "desk/rules/readme.md",
        })
        {
            dir.Write(file, "Kyiv.\n");
        }

        var missing = new List<string>();
        List<string> found = ArticleFinder.Find([".", "a", "a/x.md", "gone"], dir.Path, Array.Empty<string>(), missing);

        string[] expected = ["/.hidden.md", "/C/w.md", "/a b/y.md", "/a-b/z.md", "/a/deep/er/v.md", "/a/x.md", "/b.md", "/desk/rules/readme.md"];
        Assert.Equal(expected.Select(Native), found.Select(path => path.Substring(dir.Path.Length)));
        Assert.Equal(["gone"], missing);
    }

    [Fact]
    public void A_rule_folder_given_by_option_is_not_linted()
    {
        using var dir = new TempFolder();
        dir.Write("house/style.md", "A house style note.\n");
        dir.Write("news/a.md", "Kyiv.\n");
        string house = Path.Combine(dir.Path, "house");

        List<string> found = ArticleFinder.Find(["."], dir.Path, [house + Path.DirectorySeparatorChar], new List<string>());

        Assert.Equal([Path.Combine(dir.Path, "news", "a.md")], found);
    }

    [Fact]
    public void Generated_trees_give_what_two_enumerations_and_a_sorted_set_gave()
    {
        // The finder before one read per folder and one sort, kept here as the model.
        var random = new Random(20261202);
        string[] names = ["a", "a b", "a-b", "a.b", "A", "b", "z", "rules", "canon", "bin", "obj", "_x", "0"];
        string[] files = ["x.md", "y.md", "X.md", "x.MD", "x.mdx", "index.md", ".h.md", "n.txt", "a.b.md", "clause.en.md"];
        for (int tree = 0; tree < 12; tree++)
        {
            using var dir = new TempFolder();
            for (int i = 0; i < 40; i++)
            {
                int depth = random.Next(0, 4);
                var parts = new List<string>();
                for (int d = 0; d < depth; d++)
                {
                    parts.Add(names[random.Next(names.Length)]);
                }

                parts.Add(files[random.Next(files.Length)]);
                string relative = Path.Combine(parts.ToArray());
                if (!Directory.Exists(Path.Combine(dir.Path, relative)))
                {
                    try
                    {
                        dir.Write(relative, "Kyiv.\n");
                    }
                    catch (IOException)
                    {
                        // A folder where a file is, or the reverse: not a tree this test can make.
                    }
                }
            }

            string[] arguments = [".", names[random.Next(names.Length)], "a/x.md"];
            Assert.Equal(Model(arguments, dir.Path), ArticleFinder.Find(arguments, dir.Path, Array.Empty<string>(), new List<string>()));
        }
    }

    private static List<string> Model(string[] paths, string workingDirectory)
    {
        var skipped = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".git", "bin", "obj", "node_modules" };
        var files = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string path in paths)
        {
            string full = Path.GetFullPath(path, workingDirectory);
            if (File.Exists(full))
            {
                files.Add(full);
                continue;
            }

            var pending = new Stack<string>();
            if (Directory.Exists(full))
            {
                pending.Push(full);
            }

            while (pending.Count > 0)
            {
                string current = pending.Pop();
                foreach (string file in Directory.EnumerateFiles(current, "*.md"))
                {
                    string normalized = file.Replace('\\', '/');
                    if (!(normalized.Contains("/rules/", StringComparison.Ordinal) && RuleSetLoader.KindOf(normalized) is not null))
                    {
                        files.Add(file);
                    }
                }

                foreach (string child in Directory.EnumerateDirectories(current))
                {
                    if (!skipped.Contains(Path.GetFileName(child)))
                    {
                        pending.Push(child);
                    }
                }
            }
        }

        return new List<string>(files);
    }

    private static string Native(string path) => path.Replace('/', Path.DirectorySeparatorChar);
}
