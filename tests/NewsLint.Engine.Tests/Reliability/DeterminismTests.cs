using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using NewsLint.Analysis;
using NewsLint.Diagnostics;
using NewsLint.Rules;
using NewsLint.Tests.Infrastructure;
using Xunit;

namespace NewsLint.Tests.Reliability;

/// <summary>
/// The same input gives the same diagnostics, field for field and in the same order: run after run, with a new
/// engine, and when many files are linted in parallel instead of one after another.
/// </summary>
public sealed class DeterminismTests
{
    private static readonly IReadOnlyList<(string Path, string Text)> Corpus = BuildCorpus();

    [Fact]
    public void Repeated_runs_give_identical_output()
    {
        string first = LintSequentially(new LintEngine(Lint.DefaultRules));
        string second = LintSequentially(new LintEngine(Lint.DefaultRules));
        Assert.Equal(first, second);
        Assert.Contains("NL4001", first, StringComparison.Ordinal);
        Assert.Contains("NL0009", first, StringComparison.Ordinal);
    }

    [Fact]
    public void Parallel_linting_gives_the_same_output_as_sequential()
    {
        var engine = new LintEngine(Lint.DefaultRules);
        string sequential = LintSequentially(engine);
        for (int round = 0; round < 3; round++)
        {
            var results = new string[Corpus.Count];
            Parallel.ForEach(
                Enumerable.Range(0, Corpus.Count),
                new ParallelOptions { MaxDegreeOfParallelism = 8 },
                i => results[i] = Format(engine.Lint(Corpus[i].Path, Corpus[i].Text).Diagnostics));
            Assert.Equal(sequential, string.Concat(results));
        }
    }

    [Fact]
    public void Diagnostics_are_in_source_order()
    {
        var engine = new LintEngine(Lint.DefaultRules);
        foreach ((string path, string text) in Corpus)
        {
            var diagnostics = engine.Lint(path, text).Diagnostics;
            var sorted = diagnostics.ToList();
            sorted.Sort(DiagnosticOrder.Compare);
            Assert.Equal(sorted, diagnostics);
        }
    }

    [Fact]
    public void Rule_sets_loaded_in_parallel_are_identical()
    {
        RuleFile[] files =
        {
            new("x/rules/languages/xx.yaml", "language: xx\nname: [bad]\nkonjunctions: [und]\nmonths: 3\n"),
            new("x/rules/places/p.yaml", "places:\n  - id: a\n  - id: b\n    names: [B]\n  - id: b\n    names: [B2]\n"),
        };
        string expected = Format(RuleSetLoader.Load(files).Diagnostics);
        var loaded = new string[16];
        Parallel.For(0, loaded.Length, i => loaded[i] = Format(RuleSetLoader.Load(files.Reverse()).Diagnostics));
        Assert.All(loaded, l => Assert.Equal(expected, l));
    }

    private static string LintSequentially(LintEngine engine)
    {
        var output = new StringBuilder();
        foreach ((string path, string text) in Corpus)
        {
            output.Append(Format(engine.Lint(path, text).Diagnostics));
        }

        return output.ToString();
    }

    /// <summary>Every field a host could print, in the diagnostics' own order.</summary>
    private static string Format(IEnumerable<LintDiagnostic> diagnostics)
    {
        var output = new StringBuilder();
        foreach (LintDiagnostic d in diagnostics)
        {
            output.Append(d.Path).Append('|').Append(d.Id).Append('|').Append(d.Severity).Append('|')
                .Append(d.Span.Start.ToString(CultureInfo.InvariantCulture)).Append('+').Append(d.Span.Length.ToString(CultureInfo.InvariantCulture)).Append('|')
                .Append(d.LineSpan).Append('|').Append(d.Message);
            foreach (KeyValuePair<string, string> property in d.Properties.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                output.Append('|').Append(property.Key).Append('=').Append(property.Value);
            }

            output.Append('\n');
        }

        return output.ToString();
    }

    private static List<(string Path, string Text)> BuildCorpus()
    {
        var corpus = new List<(string Path, string Text)>
        {
            ("csto.md", Hostile.NormalArticle),
            ("canary.md", Hostile.Canary),
            ("crlf.md", Hostile.NormalArticle.Replace("\n", "\r\n", StringComparison.Ordinal)),
            ("cr.md", Hostile.NormalArticle.Replace("\n", "\r", StringComparison.Ordinal)),
            ("deep.md", Hostile.Repeat(">", 500) + " " + Hostile.Canary + "\n\n" + Hostile.Repeat("*_", 2000) + "\n\n" + Hostile.Canary),
            ("frontmatter.md", "---\ntitle: [\n---\n" + Hostile.Canary),
            ("empty.md", string.Empty),
        };

        // Variants of the real article with paragraphs repeated and reordered, from a fixed seed.
        string[] paragraphs = Hostile.NormalArticle.Split("\n\n");
        var random = new Random(20221605);
        for (int i = 0; i < 40; i++)
        {
            var picked = Enumerable.Range(0, 6).Select(_ => paragraphs[random.Next(paragraphs.Length)]);
            corpus.Add(($"variant-{i:D2}.md", string.Join("\n\n", picked) + "\n\n" + Hostile.Canary));
        }

        return corpus;
    }
}
