using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using NewsLint.Markdown;
using NewsLint.Rules.Style;
using NewsLint.Text;
using Xunit;

namespace NewsLint.Tests.Style;

/// <summary>
/// Literals read from a pattern let a style rule run its regex only where a match can start; the matches must be
/// exactly those of a plain scan, on real articles and on text built to trip the shortcut.
/// </summary>
public sealed class PatternLiteralsTests
{
    /// <summary>Shipped patterns and shapes a newsroom writes, and ones the reader must refuse.</summary>
    public static readonly TheoryData<string, bool, string, string> Shapes = new()
    {
        { @"(?<![\p{L}\p{N}_])sangat\s+(\p{L}+)\s+sekali(?![\p{L}\p{N}_])", true, "sangat", "sangat" },
        { @"(?<![\p{L}\p{N}_-])(di)(mana|sana|sini)(?![\p{L}\p{N}_-])", true, "dimana|disana|disini", "dimana|disana|disini" },
        { @"(?<![\p{L}\p{N}_])(could|would|should|must|might)\s+of(?![\p{L}\p{N}_])", true, "could|would|should|must|might", "could|would|should|must|might" },
        { @"(?<![\p{L}\p{N}_])(?:completely\s+destroyed|end\s+result)(?![\p{L}\p{N}_])", true, "completely|end", "completely|result" },
        { @"\(([A-Z]{2,6})\)", false, "(", "(" },
        { @"(?<=\d)\s?%", false, "-", "%" },
        { @"(?<=\d)\s+persen(?![\p{L}])", true, "-", "persen" },
        { @"(?<![\p{L}\p{N}_])(?>(\p{L}+))(?:\s*[–—]\s*|\s+-\s*|\s*-\s+)(\1)(?![\p{L}\p{N}_])", true, "-", "–|—|-" },
        { @"[\p{L}\p{N}]+(?:[-’'.,][\p{L}\p{N}]+)*", false, "-", "-" },
        { @"colou?r", true, "colo", "colo" },
        { @"ab+c", false, "ab", "ab" },
        { @"a{2}b", false, "a", "a" },
        { @"x{,3}y", false, "x{,3}y", "x{,3}y" },
        { @"^And\b", false, "And", "And" },
        { @"foo|", false, "-", "-" },
        { @"(?i)foo", false, "-", "-" },
        { @"\Gfoo", false, "-", "-" },
        { @"caf\u00e9", false, "-", "-" },
        { "café", true, "caf", "caf" },
        { "café", false, "café", "café" },
        { @"(?<a-b>x)", false, "-", "-" },
        { @"[a-z]ing", false, "-", "ing" },
        { @"(a)\1?x", false, "a", "a" },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Reads_the_literals_a_match_starts_with_and_contains(string pattern, bool ignoreCase, string leading, string required)
    {
        var options = RegexOptions.CultureInvariant | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);
        PatternLiterals literals = PatternLiterals.Of(pattern, options);
        Assert.Equal(leading, literals.Leading is null ? "-" : string.Join("|", literals.Leading));
        Assert.Equal(required, literals.Required is null ? "-" : string.Join("|", literals.Required));
    }

    [Theory]
    [InlineData(@"(?<![\p{L}\p{N}_-])(para|banyak)\s+(\p{L}+)-\2(?![\p{L}\p{N}_-])", "-")]
    [InlineData(@"(?<![\p{L}\p{N}_])sangat\s+(\p{L}+)\s+sekali(?![\p{L}\p{N}_])", "sekali")]
    [InlineData(@"(?:a|b)\s+said\s+(?:x|y)z", "xz|yz")] // a|b leads and "said" is the required one
    [InlineData(@"sangat", "")]
    [InlineData(@"foo\s+bar|baz\s+qux", "")] // two alternatives: each has its own literals
    [InlineData(@"foo(bar)?\s+x", "x")]
    public void Reads_every_other_set_of_literals_a_match_must_contain(string pattern, string expected)
    {
        PatternLiterals literals = PatternLiterals.Of(pattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
        Assert.Equal(expected, string.Join(" ; ", literals.Requirements.Select(set => string.Join("|", set))));
    }

    [Theory]
    [InlineData(@"(?<![\p{L}\p{N}_-])(di|ke)(mana|sana)(?![\p{L}\p{N}_-])", "dimana|disana|kemana|kesana")]
    [InlineData(@"(?<![\p{L}\p{N}_])alot(?=\s)(?![\p{L}\p{N}])", "alot")] // zero-width atoms after the last literal
    [InlineData(@"(?<![\p{L}\p{N}_])(?:said|told)(?![a-z])", "")] // the look-ahead lets a capital or a digit follow
    [InlineData(@"(?<![\p{L}\p{N}_])(?:said|told)(?![\p{L}\p{N}])x?", "")] // something optional after it
    [InlineData(@"(?<![\p{L}\p{N}_])(?:said|told)(?![\p{L}\p{N}])\s", "")] // something consumed after it
    [InlineData(@"(?<![\p{L}\p{N}_])(?![\p{L}\p{N}])said", "")] // the look-ahead before the literal
    [InlineData(@"(?<![\p{L}\p{N}_])(could|would)\s+of(?![\p{L}\p{N}_])", "")]
    [InlineData(@"(?<![\p{L}\p{N}_])(?:a|b)(?![\p{L}\p{N}])|c(?![\p{L}\p{N}])", "")] // two alternatives
    public void Reads_the_whole_matches_of_literals_that_end_a_word(string pattern, string expected)
    {
        PatternLiterals literals = PatternLiterals.Of(pattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
        Assert.Equal(expected, string.Join("|", literals.WholeMatches ?? Array.Empty<string>()));
    }

    [Theory]
    [InlineData(@"(?<![\p{L}\p{N}_])(could|would)\s+of(?![\p{L}\p{N}_])", "could of|would of", "_")]
    [InlineData(@"(?<![\p{L}\p{N}_])sangat\s+baik\s+sekali", "sangat baik sekali", "")]
    [InlineData(@"(?<![\p{L}\p{N}_])sangat\s+baik\s+(\p{L}+)", "sangat baik", "")] // a class ends what is read
    [InlineData(@"(could|would)\s+of\s", "could of|would of", "")] // a break at the end says only that space follows
    [InlineData(@"must\s+of(?![a-z])x", "must ofx", "")] // the look-ahead before an atom is no end
    [InlineData(@"(?<![\p{L}\p{N}_])sangat\s+(\p{L}+)\s+sekali", "", "")] // one word before the class
    [InlineData(@"could\s*of", "", "")] // white space may be absent
    [InlineData(@"\s+of", "", "")]
    [InlineData(@"could\s+of|might\s+of", "", "")] // two alternatives
    [InlineData(@"caf\u00e9\s+x", "", "")]
    public void Reads_the_phrases_a_match_begins_with(string pattern, string expected, string end)
    {
        PatternLiterals literals = PatternLiterals.Of(pattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
        Assert.Equal(expected, string.Join("|", (literals.Phrases ?? Array.Empty<string[]>()).Select(p => string.Join(" ", p))));
        Assert.Equal(end.Length > 0, literals.PhraseEnd is not null);
        if (end.Length > 0)
        {
            Assert.True(literals.PhraseEnd!.Contains(end[0]));
        }
    }

    public static IEnumerable<object[]> Patterns() => new[]
    {
        new object[] { @"(?<![\p{L}\p{N}_])sangat\s+(\p{L}+)\s+sekali(?![\p{L}\p{N}_])", true },
        new object[] { @"(?<![\p{L}\p{N}_-])(di|ke)(mana|sana|sini|atas)(?![\p{L}\p{N}_-])", true },
        new object[] { @"(?<![\p{L}\p{N}_])(?:said|the\s+summit|in|kota|negara)(?![\p{L}\p{N}_])", true },
        new object[] { @"(?<![\p{L}\p{N}_])(?>(\p{L}+))(?:\s*[–—]\s*|\s+-\s*|\s*-\s+)(\1)(?![\p{L}\p{N}_])", true },
        new object[] { @"\(([A-Z]{2,6})\)", false },
        new object[] { @"(?<=\d)\s?%", false },
        new object[] { @"^The\b", false },
        new object[] { @"(?<![\p{L}])s\w*", true },
        new object[] { @"k", true },
        new object[] { @"(?<![a-z])ing", true },
        new object[] { @"(?<![^\p{L}])ing\b", false },
        new object[] { @"(?<![\w.])(?<![\p{Lu}])said", true },
        new object[] { @"(?<![\p{L}\p{N}_-])(para|banyak)\s+(\p{L}+)-\2", true },
        new object[] { @"a*", false },
        new object[] { @"(?<![\p{L}\p{N}_.&$-])(?![IVXLCDM]+(?![\p{L}\p{N}]))([A-Z]{2,6})(?![\p{L}\p{N}_&$-])", false },
        new object[] { @"(?<![A-Z])[A-Z0-9]{2,}s?", false },
        new object[] { @"[A-Z]{3}\b", false },
        new object[] { @"(?<![\p{L}\p{N}_-])(para|beberapa|negara)\s+(\p{L}+)-\2(?![\p{L}\p{N}_-])", true },
        new object[] { @"(?<![\p{L}\p{N}_])(?:kota|negara)\s+(\p{L}+)\s+(?:dan|and)\b", true },
        new object[] { @"(?<![\p{L}\p{N}_])(could|would|should|must|might|the|said)\s+(of|the|that)(?![\p{L}\p{N}_])", true },
        new object[] { @"(?<![\p{L}\p{N}_])(?:The|in)\s+(?:summit|Moscow)\s+of", false },
        new object[] { @"(?<![\p{L}\p{N}_])(the|a)\s+([a-z]+)\s+of(?![a-z])", true },
    };

    [Theory]
    [MemberData(nameof(Patterns))]
    public void Matches_are_those_of_a_plain_scan_on_every_block_and_sentence_sized_unit(string pattern, bool ignoreCase)
    {
        StylePattern style = StylePattern.FromRegex(pattern, ignoreCase, 1000, "t.yaml", 1, out string? problem)!;
        Assert.Null(problem);
        int compared = 0;
        foreach (ProseBlock block in Blocks())
        {
            var prefixes = new BlockPrefixes(block.Text);
            foreach ((int start, int length) in Units(block.Text))
            {
                List<(int, int, string)> expected = Scan(style.Regex, block.Text, start, length);
                foreach (var unit in new[] { new StyleSpan(block, start, length), new StyleSpan(block, start, length, prefixes) })
                {
                    Assert.Equal(expected, style.Matches(unit).Select(m => (m.Index, m.Length, m.Value)).ToList());
                    Assert.Equal(expected.Count, style.Count(unit));
                }

                compared++;
            }
        }

        Assert.True(compared > 500, $"only {compared} units compared");
    }

    [Theory]
    [InlineData("completely destroyed|totally destroyed|past history|future plans|end result|free gift|close proximity|advance warning|unexpected surprise|final outcome|added bonus|basic fundamentals|join together|revert back|true fact")]
    [InlineData("the|the summit|thesummit|summit|said|said the|The   summit|sangat baik|sangat")]
    [InlineData("kota|kota-kota|negara – negara|kilo|kkk|e.g.|(nato)|5 %")]
    [InlineData("café|cafe|the")] // a first word that is not ASCII: every token is tried
    public void Token_lists_try_only_the_tokens_that_begin_at_a_hit_and_match_as_a_plain_scan(string tokens)
    {
        StylePattern style = StylePattern.FromTokens(tokens.Split('|'), 1000, "t.yaml", 1);
        int compared = 0;
        foreach (ProseBlock block in Blocks())
        {
            var prefixes = new BlockPrefixes(block.Text);
            foreach ((int start, int length) in Units(block.Text))
            {
                List<(int, int, string)> expected = Scan(style.Regex, block.Text, start, length);
                Assert.Equal(expected, style.Matches(new StyleSpan(block, start, length, prefixes)).Select(m => (m.Index, m.Length, m.Value)).ToList());
                compared += expected.Count;
            }
        }

        Assert.True(compared > 10, $"only {compared} matches compared");
    }

    [Theory]
    [InlineData(@"(?<![\p{L}\p{N}_])sangat", "aZé5٣_", " (-.\u2019")]
    [InlineData(@"(?<![\p{L}\p{N}_.&$-])(?![IVXLCDM]+)([A-Z]{2,6})", "a.&$-_", " (")]
    [InlineData(@"(?<![a-cX])foo", "abcX", "dxA ")]
    [InlineData(@"(?<![^\p{L}])foo", " 1-", "aé")]
    [InlineData(@"(?<![\s\p{L}])foo", "ab", " \t1")]
    public void Reads_the_leading_look_behind_as_characters_that_may_not_come_before(string pattern, string before, string notBefore)
    {
        CharTest guard = PatternLiterals.Of(pattern, RegexOptions.CultureInvariant).Guard!;
        Assert.All(before, c => Assert.True(guard.Contains(c), $"'{c}'"));
        Assert.All(notBefore, c => Assert.False(guard.Contains(c), $"'{c}'"));
    }

    [Theory]
    [InlineData(@"(?<![\p{L}\p{N}_.&$-])(?![IVXLCDM]+(?![\p{L}\p{N}]))([A-Z]{2,6})(?![\p{L}\p{N}_&$-])", false, "CSTO|NATO|UN", 2)]
    [InlineData(@"[A-Z0-9]{3,}", false, "G20|ABC", 3)]
    [InlineData(@"(?:[A-Z]{2})+", false, "UNSC", 2)]
    [InlineData(@"[A-Z]{2,6}", true, "", 0)] // any case: the run could be lowercase
    [InlineData(@"[a-z]{2,}ing", false, "", 0)] // lowercase runs are everywhere in prose
    [InlineData(@"[A-Z]+", false, "", 0)] // one capital starts every sentence
    [InlineData(@"[\p{Lu}]{2,}", false, "", 0)] // not a class of listed characters
    [InlineData(@"[^a-z]{2}", false, "", 0)]
    [InlineData(@"[A-Z]{2}|x", false, "", 0)]
    [InlineData(@"[A-Z]?[A-Z]{2}", false, "", 0)]
    public void Reads_the_run_of_capitals_a_match_starts_with(string pattern, bool ignoreCase, string runs, int length)
    {
        var options = RegexOptions.CultureInvariant | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);
        LeadingRun? run = PatternLiterals.Of(pattern, options).Run;
        Assert.Equal(length, run?.Length ?? 0);
        foreach (string text in runs.Split('|', StringSplitOptions.RemoveEmptyEntries))
        {
            Assert.Equal(3, run!.Next("a. " + text + " b", 0, text.Length + 5));
            Assert.Equal(-1, run.Next("A. " + text.Substring(0, length - 1) + "x B", 0, length + 5));
        }
    }

    [Theory]
    [InlineData(@"(?<![\w])foo")]
    [InlineData(@"(?<![^\w])foo")]
    [InlineData(@"(?<=[\p{L}])foo")]
    [InlineData(@"(?<![\p{L}]x)foo")]
    [InlineData(@"a|(?<![\p{L}])foo")]
    public void Claims_no_character_it_cannot_vouch_for(string pattern)
    {
        CharTest? guard = PatternLiterals.Of(pattern, RegexOptions.CultureInvariant).Guard;
        Assert.True(guard is null || !"abcXYZ019 _-.(".Any(guard.Contains));
    }

    [Theory]
    [InlineData("She attended the summit", "ended", false)]
    [InlineData("She attended the summit", "summit", true)]
    [InlineData("Kota di mana-mana", "DIMANA", false)]
    [InlineData("Kota dimana-mana", "DIMANA", true)]
    [InlineData("(Dimana) 5dima", "dimana", true)]
    [InlineData("café_dimana", "dimana", true)] // after '_' or a non-ASCII letter a word may begin, as far as this knows
    [InlineData("5Endnotes", "endnotes", false)]
    public void A_block_rules_out_literals_that_begin_no_word_in_it(string text, string literal, bool mayBeginWord) =>
        Assert.Equal(mayBeginWord, new BlockPrefixes(text).MayBeginWord(BlockPrefixes.PrefixOf(literal)));

    [Fact]
    public void A_case_insensitive_literal_still_matches_where_the_regex_takes_a_kelvin_sign_or_long_s()
    {
        StylePattern style = StylePattern.FromRegex(@"(?<![\p{L}])kilo\w*", ignoreCase: true, 1000, "t.yaml", 1, out _)!;
        ProseBlock block = ArticleParser.Parse(new SourceDocument("a.md", "Ten \u212Ailometres and five kilos.\n")).Blocks[0];
        var unit = new StyleSpan(block, 0, block.Text.Length);
        Assert.Equal(new[] { "\u212Ailometres", "kilos" }, style.Matches(unit).Select(m => m.Value));
    }

    private static List<(int, int, string)> Scan(Regex regex, string text, int start, int length)
    {
        var matches = new List<(int, int, string)>();
        for (Match m = regex.Match(text, start, length); m.Success; m = m.NextMatch())
        {
            matches.Add((m.Index, m.Length, m.Value));
        }

        return matches;
    }

    /// <summary>The whole block, and pieces cut after each full stop (sentences, roughly), so units start mid-block.</summary>
    private static IEnumerable<(int Start, int Length)> Units(string text)
    {
        yield return (0, text.Length);
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '.' || i == text.Length - 1)
            {
                yield return (start, i + 1 - start);
                start = i + 1;
            }
        }
    }

    private static IEnumerable<ProseBlock> Blocks()
    {
        string fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures");
        var texts = Directory.GetFiles(Path.Combine(fixtures, "en"), "*.md")
            .Concat(Directory.GetFiles(Path.Combine(fixtures, "id"), "*.md"))
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .ToList();

        // Text built to trip a literal-led search: literals inside words, at unit edges, repeated, in other cases.
        texts.Add("""
            Disini dan di sini, kemana-mana; DISANA. Sangat  baik sekali, SANGAT baik SEKALI. Kota - kota dan negara – negara.
            Presidentsaid said SAID. The   summit and thesummit (NATO) (nato) (UN) 5% and 5 % and 5persen; kkk kilo KILO.
            Negara—negara. said.said.said kota-kota The The. the.
            The end result, an END  RESULT and the end-result; past history, pasthistory, true fact-check. Join together, revert
            back: a free gift, free gifts, the final outcome, an added bonus, the endresult, end results. e.g. café cafe Café.
            """);
        foreach (string text in texts)
        {
            foreach (ProseBlock block in ArticleParser.Parse(new SourceDocument("a.md", text)).Blocks)
            {
                yield return block;
            }
        }
    }
}
