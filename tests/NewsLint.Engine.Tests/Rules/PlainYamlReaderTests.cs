using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using NewsLint.Rules;
using Xunit;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace NewsLint.Tests.Rules;

/// <summary>
/// <see cref="PlainYamlReader"/> must give exactly YamlDotNet's events (values, styles, marks) for every text it
/// accepts, and leave every other text (anything YamlDotNet rejects among them) to YamlDotNet.
/// </summary>
public sealed class PlainYamlReaderTests
{
    private const string Mutations = " \n\n:-#'\"[]{},>|&*!?a\\\t\r%@`.";

    [Fact]
    public void Every_shipped_and_fixture_rule_file_is_read_the_fast_way_with_yamldotnets_events()
    {
        List<(string Name, string Text)> texts = Samples();
        Assert.True(texts.Count >= 15, "expected the shipped rule files");
        foreach ((string name, string text) in texts)
        {
            List<ParsingEvent>? fast = PlainYamlReader.TryRead(text);
            Assert.True(fast is not null, name + " should be in the fast reader's subset");
            AssertSameEvents(name, text, fast!);
        }
    }

    [Fact]
    public void Mutated_rule_files_are_read_as_yamldotnet_reads_them_or_left_to_it()
    {
        var random = new Random(20261130);
        int accepted = 0;
        int total = 0;
        foreach ((string name, string text) in Samples())
        {
            for (int i = 0; i < 400; i++)
            {
                string mutated = Mutate(text, random);
                for (int more = random.Next(3); more > 0; more--)
                {
                    mutated = Mutate(mutated, random);
                }

                total++;
                List<ParsingEvent>? fast = PlainYamlReader.TryRead(mutated);
                if (fast is not null)
                {
                    accepted++;
                    AssertSameEvents(name + " mutation " + i, mutated, fast);
                }
            }
        }

        // Most small mutations stay valid plain YAML, so the comparison above is not vacuous.
        Assert.True(accepted > total / 4, $"{accepted} of {total} accepted");
    }

    [Theory]
    [InlineData("a: b\n")]
    [InlineData("a: b")]
    [InlineData("# lead\n\na: b # c\n# trailing\n")]
    [InlineData("a:\n  b: c\n  d: [e, 'f''s', \"g\\\"\\u00e9\\n\"]\nh:\n- i\n- j: k\n  l: m\n-   n\n")]
    [InlineData("a:\n  - { x: y, z: [1, [2, 3], {}] }\n  - []\n  -  w  \n")]
    [InlineData("---\n# c\nid: x\nsource: >-\n  one two\n  three\nz: q\n")]
    [InlineData("a: x y  # c\nb: C# and F#\nc: (x), 'y', \"z\"\nd: a:b\n")]
    [InlineData("  a: b\n  c: d\n")]
    [InlineData("a:\n    b: c\n    d:\n      - e\n")]
    public void Handwritten_texts_match_yamldotnet(string text)
    {
        List<ParsingEvent>? fast = PlainYamlReader.TryRead(text);
        Assert.NotNull(fast);
        AssertSameEvents(text, text, fast!);
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    [InlineData("- a\n")]
    [InlineData("a: b\n- c\n")]
    [InlineData("a:\n  b: c\n d: e\n")]
    [InlineData("a:\n")]
    [InlineData("a: b\n  c\n")]
    [InlineData("a: [b,\n  c]\n")]
    [InlineData("a: &x b\nc: *x\n")]
    [InlineData("a: !tag b\n")]
    [InlineData("a: |\n  b\n")]
    [InlineData("\"a\": b\n")]
    [InlineData("a: b\na: c\n")]
    [InlineData("a:\n  b: c\n ")]
    [InlineData("a: b\n# c")]
    [InlineData("a:\tb\n")]
    [InlineData("a: b\r\n")]
    [InlineData("a: b: c\n")]
    [InlineData("a: [b, ]\n")]
    [InlineData("a: {b}\n")]
    [InlineData("a: b\n---\nc: d\n")]
    public void Texts_outside_the_subset_are_left_to_yamldotnet(string text)
    {
        // Duplicate keys are in the subset of events; the representation model reports them either way.
        if (text == "a: b\na: c\n")
        {
            Assert.NotNull(PlainYamlReader.TryRead(text));
            return;
        }

        Assert.Null(PlainYamlReader.TryRead(text));
    }

    [Fact]
    public void No_character_yaml_forbids_is_read_the_fast_way()
    {
        // YamlDocuments searches for forbidden characters only when the plain reader declines the text.
        for (int c = 0; c <= char.MaxValue; c++)
        {
            string text = "a: b" + (char)c + "c\n";
            if (YamlCharacters.FindForbidden(text) >= 0)
            {
                Assert.Null(PlainYamlReader.TryRead(text));
            }
        }
    }

    private static string Mutate(string text, Random random)
    {
        if (text.Length == 0)
        {
            return text;
        }

        int at = random.Next(text.Length);
        int lineStart = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        switch (random.Next(6))
        {
            case 0:
                return text.Remove(at, 1);
            case 1:
                return text.Insert(at, Mutations[random.Next(Mutations.Length)].ToString());
            case 2:
                return text.Insert(lineStart, " ");
            case 3:
                return text[lineStart] == ' ' ? text.Remove(lineStart, 1) : text.Insert(lineStart, "  ");
            case 4:
                return text.Substring(0, at);
            default:
                int lineEnd = text.IndexOf('\n', at);
                lineEnd = lineEnd < 0 ? text.Length : lineEnd + 1;
                return text.Insert(lineEnd, text.Substring(lineStart, lineEnd - lineStart));
        }
    }

    private static List<(string Name, string Text)> Samples()
    {
        var texts = new List<(string, string)>();
        foreach (RuleFile file in RuleSetLoader.DefaultFiles)
        {
            texts.Add((file.Path, file.Path.EndsWith(".md", StringComparison.Ordinal) ? FrontMatter(file.Text) : file.Text));
        }

        string fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures");
        foreach (string path in Directory.EnumerateFiles(fixtures, "*.y*ml", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal))
        {
            texts.Add((path, File.ReadAllText(path)));
        }

        return texts;
    }

    /// <summary>The text a canonical text's reader gives YAML: from the opening '---' to the closing one.</summary>
    private static string FrontMatter(string text)
    {
        int close = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        return text.Substring(0, close + 1);
    }

    private static void AssertSameEvents(string name, string text, List<ParsingEvent> fast)
    {
        var slow = new List<ParsingEvent>();
        var parser = new Parser(new StringReader(text));
        while (parser.MoveNext())
        {
            slow.Add(parser.Current!);
        }

        Assert.True(Describe(slow) == Describe(fast), name + ":\n" + FirstDifference(Describe(slow), Describe(fast)) + "\nin: " + text.Replace("\n", "\\n", StringComparison.Ordinal));
    }

    private static string FirstDifference(string slow, string fast)
    {
        string[] a = slow.Split('\n');
        string[] b = fast.Split('\n');
        for (int i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            string left = i < a.Length ? a[i] : "(none)";
            string right = i < b.Length ? b[i] : "(none)";
            if (left != right)
            {
                return FormattableString.Invariant($"event {i}: YamlDotNet {left}\n          fast {right}");
            }
        }

        return string.Empty;
    }

    private static string Describe(List<ParsingEvent> events)
    {
        var text = new StringBuilder();
        foreach (ParsingEvent e in events)
        {
            text.Append(e.GetType().Name).Append(' ').Append(Mark(e.Start)).Append('-').Append(Mark(e.End));
            switch (e)
            {
                case Scalar s:
                    text.Append(CultureInfo.InvariantCulture, $" [{s.Value}] {s.Style} {s.IsPlainImplicit} {s.IsQuotedImplicit} {s.IsKey} {s.Anchor.IsEmpty} {s.Tag.IsEmpty}");
                    break;
                case MappingStart m:
                    text.Append(CultureInfo.InvariantCulture, $" {m.Style} {m.IsImplicit} {m.Anchor.IsEmpty} {m.Tag.IsEmpty}");
                    break;
                case SequenceStart q:
                    text.Append(CultureInfo.InvariantCulture, $" {q.Style} {q.IsImplicit} {q.Anchor.IsEmpty} {q.Tag.IsEmpty}");
                    break;
                case DocumentStart d:
                    text.Append(CultureInfo.InvariantCulture, $" {d.IsImplicit} {d.Version is null} {string.Join(" ", d.Tags?.Select(t => t.Handle + "=" + t.Prefix) ?? Array.Empty<string>())}");
                    break;
                case DocumentEnd d:
                    text.Append(CultureInfo.InvariantCulture, $" {d.IsImplicit}");
                    break;
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private static string Mark(Mark mark) => $"{mark.Index},{mark.Line},{mark.Column}";
}
