using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using CsCheck;
using NewsLint.Markdown;
using NewsLint.Rules.Style;
using NewsLint.Text;
using Xunit;

namespace NewsLint.Tests.Style;

/// <summary>
/// Generated patterns (literals, classes, look-behinds, alternations, quantifiers, back-references) on generated text
/// built from the same words: a literal-led or literal-filtered run finds exactly the matches of a plain scan.
/// </summary>
public sealed class PatternLiteralsPropertyTests
{
    private static readonly string[] Words = { "di", "dimana", "ke", "end", "result", "attended", "Sangat", "baik", "sekali", "NATO", "(UN)", "5%", "persen", "kota", "negara" };

    private static readonly string[] Separators = { " ", "  ", " \t", "\n", "-", " - ", " – ", ", ", ". ", "\u00A0", "'s ", "_", "\u212A", "é", "\u0301" };

    private static readonly Gen<string> Atom = Gen.Frequency(
        (5, Gen.OneOfConst(Words).Select(Regex.Escape)),
        (2, Gen.OneOfConst(@"\s+", @"\s*", @"\p{L}+", @"(?>\p{L}+)", @"[A-Z]{2,6}", @"[–—-]", @"\d", @".", @"[a-c]", @"[^\p{L}]", @"\b")),
        (1, Gen.OneOfConst(Words).Array[2, 3].Select(a => "(?:" + string.Join("|", a.Select(Regex.Escape)) + ")")),
        (1, Gen.OneOfConst(Words).Array[2, 3].Select(a => "(" + string.Join("|", a.Select(Regex.Escape)) + ")")));

    private static readonly Gen<string> Quantified = Gen.Select(Atom, Gen.OneOfConst(string.Empty, string.Empty, string.Empty, "?", "*", "+", "{1,2}"), (a, q) => a.EndsWith(@"\b", StringComparison.Ordinal) ? a : a + q);

    private static readonly Gen<string> Patterns = Gen.Select(
        Gen.OneOfConst(string.Empty, @"(?<![\p{L}\p{N}_])", @"(?<![\p{L}\p{N}_-])", @"(?<![a-c])", @"(?<![^\p{L}])", @"(?<=\s)"),
        Quantified.Array[1, 4],
        Gen.OneOfConst(string.Empty, @"(?![\p{L}\p{N}_])", @"(\1)?", @"$"),
        (head, body, tail) => head + string.Concat(body) + (tail == @"(\1)?" && !string.Concat(body).Contains('(') ? string.Empty : tail));

    private static readonly Gen<string> Texts = Gen.Select(Gen.OneOfConst(Words).Array[3, 25], Gen.OneOfConst(Separators).Array[25], (w, s) =>
        string.Concat(w.Select((word, i) => (i % 3 == 0 ? word.ToUpperInvariant() : word) + s[i])));

    [Fact]
    public void Literal_led_matches_equal_a_plain_scan_on_generated_patterns_and_text()
    {
        Gen.Select(Patterns, Gen.Bool, Texts).Sample(
            (pattern, ignoreCase, text) =>
            {
                StylePattern? style = StylePattern.FromRegex(pattern, ignoreCase, 1000, "t.yaml", 1, out _);
                if (style is null)
                {
                    return; // not a valid .NET pattern (a back-reference to no group)
                }

                ProseBlock? block = ArticleParser.Parse(new SourceDocument("a.md", "x " + text + "\n")).Blocks.FirstOrDefault();
                if (block is null)
                {
                    return;
                }

                foreach ((int start, int length) in new[] { (0, block.Text.Length), (2, block.Text.Length - 2), (1, Math.Min(9, block.Text.Length - 1)) })
                {
                    var unit = new StyleSpan(block, start, length, new BlockPrefixes(block.Text));
                    var expected = new List<(int, int)>();
                    for (Match m = style.Regex.Match(block.Text, start, length); m.Success; m = m.NextMatch())
                    {
                        expected.Add((m.Index, m.Length));
                    }

                    Assert.Equal(expected, style.Matches(unit).Select(m => (m.Index, m.Length)).ToList());
                    Assert.Equal(expected.Count, style.Count(unit));
                }
            },
            iter: 3000,
            threads: 1);
    }

    [Fact]
    public void Token_lists_match_as_a_plain_scan_on_generated_tokens_and_text()
    {
        Gen<string> token = Gen.Select(Gen.OneOfConst(Words).Array[1, 3], Gen.OneOfConst(" ", "  ", "\t"), (w, s) => string.Join(s, w));
        Gen.Select(token.Array[1, 5], Texts).Sample(
            (tokens, text) =>
            {
                StylePattern style = StylePattern.FromTokens(tokens, 1000, "t.yaml", 1);
                ProseBlock? block = ArticleParser.Parse(new SourceDocument("a.md", "x " + text + "\n")).Blocks.FirstOrDefault();
                if (block is null)
                {
                    return;
                }

                foreach ((int start, int length) in new[] { (0, block.Text.Length), (2, block.Text.Length - 2), (1, Math.Min(9, block.Text.Length - 1)) })
                {
                    var expected = new List<(int, int)>();
                    for (Match m = style.Regex.Match(block.Text, start, length); m.Success; m = m.NextMatch())
                    {
                        expected.Add((m.Index, m.Length));
                    }

                    Assert.Equal(expected, style.Matches(new StyleSpan(block, start, length, new BlockPrefixes(block.Text))).Select(m => (m.Index, m.Length)).ToList());
                }
            },
            iter: 3000,
            threads: 1);
    }
}
