using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using CsCheck;
using NewsLint.Analysis;
using NewsLint.Language;
using NewsLint.Markdown;
using NewsLint.Rules;
using NewsLint.Rules.Style;
using NewsLint.Tests.Infrastructure;
using NewsLint.Text;
using Xunit;

namespace NewsLint.Tests.Style;

/// <summary><c>words: true</c> counts what its pattern would match, without the regex.</summary>
public sealed class WordCounterTests
{
    private static readonly Regex Words = new(WordCounter.Pattern, RegexOptions.CultureInvariant);

    private static readonly RuleSet Rules = StyleRules.Load("""
        rules:
          - id: TEMPO030
            kind: occurrence
            message: "{count} words; at most {max}"
            scope: sentence
            words: true
            max: 6
        """);

    [Theory]
    [InlineData("Menteri Luar Negeri Rusia, Sergei Lavrov, berkata pada Senin (16/5/2022).", 12)]
    [InlineData("negara-negara Russia's U.S. 3.380 1,000 e.g. -x- ,a, ’quoted’", 9)]
    [InlineData("x² Ⅻ café cafe\u0301 Ǆemal ʰa 東京 ١٢٣", 8)]
    [InlineData("emoji 😀 between, and a\u00ADsoft hyphen", 6)]
    [InlineData("", 0)]
    public void Counts_what_the_pattern_matches(string text, int expected)
    {
        Assert.Equal(Words.Matches(text).Count, WordCounter.Count(text, 0, text.Length));
        Assert.Equal(expected, WordCounter.Count(text, 0, text.Length));
    }

    [Fact]
    public void Counts_what_the_pattern_matches_on_generated_runs_of_words_joiners_and_other_characters() =>
        Gen.OneOfConst('a', 'Z', '5', '-', '’', '\'', '.', ',', ' ', '\n', 'é', '\u0301', '²', '\uD83D', '\uDE00', '(', '_')
            .Array[0, 40]
            .Select(chars => new string(chars))
            .Sample(text =>
            {
                for (int start = 0; start <= Math.Min(3, text.Length); start++)
                {
                    Assert.Equal(Words.Matches(text.Substring(start)).Count, WordCounter.Count(text, start, text.Length));
                }
            }, iter: 5000);

    [Fact]
    public void Counts_what_the_pattern_matches_in_every_block_of_the_real_articles()
    {
        string fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures");
        int blocks = 0;
        foreach (string file in Directory.GetFiles(fixtures, "*.md", SearchOption.AllDirectories))
        {
            foreach (ProseBlock block in ArticleParser.Parse(new SourceDocument(file, File.ReadAllText(file))).Blocks)
            {
                for (int start = 0; start < block.Text.Length; start += 37)
                {
                    int length = Math.Min(block.Text.Length - start, 120);
                    Assert.Equal(Words.Matches(block.Text.Substring(start, length)).Count, WordCounter.Count(block.Text, start, start + length));
                }

                blocks++;
            }
        }

        Assert.True(blocks > 300, $"only {blocks} blocks");
    }

    [Fact]
    public void The_bound_from_tokens_is_at_least_the_count_on_generated_text_cut_anywhere() =>
        Gen.OneOfConst("a", "Zk", "5", "-", "’", "'", ".", ",", " ", "\n", "é", "\u0301", "²", "\uD83D\uDE00", "(", "_", "kota", "3.380", "1,5", "negara-negara", "Russia's", "Ⅻ", "١٢")
            .Array[0, 30]
            .Select(parts => string.Concat(parts))
            .Sample(text =>
            {
                ReadOnlySpan<Token> tokens = Tokenizer.Tokenize(text).AsSpan();
                for (int start = 0; start <= Math.Min(4, text.Length); start++)
                {
                    for (int end = Math.Max(start, text.Length - 3); end <= text.Length; end++)
                    {
                        int count = WordCounter.Count(text, start, end);
                        Assert.True(WordCounter.MostIn(text, tokens, start, end, int.MaxValue) >= count, $"[{start},{end}) of '{text}'");
                        Assert.True(WordCounter.MostIn(text, tokens, start, end, count - 1) > count - 1);
                    }
                }
            }, iter: 5000);

    [Fact]
    public void The_bound_from_tokens_is_at_least_the_count_in_every_sentence_of_the_real_articles_and_mostly_equal()
    {
        string fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures");
        int sentences = 0;
        int equal = 0;
        foreach (string file in Directory.GetFiles(fixtures, "*.md", SearchOption.AllDirectories))
        {
            foreach (ProseBlock block in ArticleParser.Parse(new SourceDocument(file, File.ReadAllText(file))).Blocks)
            {
                ReadOnlySpan<Token> tokens = Tokenizer.Tokenize(block.Text).AsSpan();
                var split = new System.Collections.Generic.List<Sentence>();
                new SentenceSplitter(null).Split(block, tokens, split);
                foreach (Sentence sentence in split)
                {
                    int count = WordCounter.Count(block.Text, sentence.Start, sentence.End);
                    int most = WordCounter.MostIn(block.Text, tokens, sentence.Start, sentence.End, int.MaxValue);
                    Assert.True(most >= count, sentence.Text);
                    equal += most == count ? 1 : 0;
                    sentences++;
                }
            }
        }

        Assert.True(sentences > 500, $"only {sentences} sentences");
        Assert.True(equal > sentences * 3 / 4, $"{equal} of {sentences} equal");
    }

    [Fact]
    public void A_words_rule_reports_a_long_sentence_from_its_first_word_to_its_last()
    {
        LintResult result = Lint.Verify("Pendek saja. {|TEMPO030:Negara-negara anggota CSTO bertemu di Moskwa pada 16/5/2022|}. Selesai.", "TEMPO030", Rules);
        Assert.Equal("10 words; at most 6", result.OfId("TEMPO030").Single().Message);
    }

    [Theory]
    [InlineData("{|TEMPO030:Lalu a b c d e f|}.", "7 words; at most 6")] // 17 characters could hold 9 words: counted
    [InlineData("a b c d e f.", null)] // 12 characters hold at most 6 words: within the limit without counting
    [InlineData("{|TEMPO030:a b c d e f g|}.", "7 words; at most 6")]
    public void A_sentence_too_short_to_pass_the_limit_is_not_counted_and_one_that_could_is(string markup, string? message)
    {
        LintResult result = Lint.Verify(markup, "TEMPO030", Rules);
        Assert.Equal(message, result.OfId("TEMPO030").SingleOrDefault()?.Message);
    }

    /// <summary>The length below which a sentence rule skips its sentences, against the bound it stands for.</summary>
    [Fact]
    public void The_longest_unit_within_a_limit_is_where_the_bound_from_the_length_stops_proving_it()
    {
        StylePattern words = StylePattern.Words(1000, "t.yaml", 1);
        StylePattern other = StylePattern.FromRegex(@"\p{L}+", ignoreCase: false, 1000, "t.yaml", 1, out _)!;
        Gen.Select(Gen.Int[0, 1000], Gen.Int[0, 400]).Sample((length, limit) =>
        {
            Assert.Equal(words.MostMatchesIn(length) <= limit, length <= words.LongestWithin(limit));
            Assert.Equal(other.MostMatchesIn(length) <= limit, length <= other.LongestWithin(limit));
        });
        Assert.Equal(-1, words.LongestWithin(-1));
        Assert.Equal(0, words.LongestWithin(0));
        Assert.Equal(int.MaxValue, words.LongestWithin(int.MaxValue));
    }

    [Theory]
    [InlineData("    words: true\n    pattern: 'x'\n", "NL0001 7:12")]
    [InlineData("    words: yes\n", "NL0001 7:12")]
    public void Words_alone_and_true(string counted, string problem)
    {
        string yaml = "rules:\n  - id: TEMPO031\n    kind: occurrence\n    message: x\n    max: 3\n    scope: sentence\n" + counted;
        Assert.Equal(new[] { problem }, StyleRules.Problems(yaml));
    }
}
