using System;
using System.Linq;
using System.Text;
using NewsLint.Analysis;
using NewsLint.Diagnostics;
using NewsLint.Text;
using Xunit;

namespace NewsLint.Tests.Reliability;

/// <summary>
/// Strange articles never crash, hang or silence the linter: each gives a diagnostic or is handled, text after it is
/// still checked (the canary's NL4001), and the normal article's findings do not change. Inputs are generated.
/// </summary>
public sealed class HostileContentTests
{
    private static string WithCanary(string hostile) => hostile + "\n\n" + Hostile.Canary + "\n";

    [Fact]
    public void Cr_only_line_endings_count_lines()
    {
        string text = "# Title\r\rFirst paragraph.\r\r" + Hostile.Canary + "\r";
        LintResult result = Hostile.LintBetweenNormalArticles(text);
        Hostile.AssertCanaryFound(text, result);
        Assert.Equal(5, result.Diagnostics.Single(d => d.Id == "NL4001").LineSpan.Start.Line);
    }

    [Fact]
    public void Mixed_line_endings_count_lines()
    {
        string text = "# Title\r\n\nFirst.\r\rSecond.\n\r\n" + Hostile.Canary;
        LintResult result = Hostile.LintBetweenNormalArticles(text);
        Hostile.AssertCanaryFound(text, result);
        Assert.Equal(7, result.Diagnostics.Single(d => d.Id == "NL4001").LineSpan.Start.Line);
    }

    [Fact]
    public void Fifty_megabyte_article_is_checked_up_to_the_limit_and_says_so()
    {
        string paragraph = Hostile.Canary + "\n\n";
        string text = Hostile.Repeat(paragraph, (50 * 1024 * 1024 / paragraph.Length) + 1);
        LintResult result = Hostile.LintBetweenNormalArticles(text);

        LintDiagnostic nl0008 = Assert.Single(result.Diagnostics, d => d.Id == "NL0008");
        int cut = nl0008.Span.Start;
        Assert.True(cut <= LintOptions.DefaultMaxArticleLength);
        Assert.Equal(1, nl0008.LineSpan.Start.Column);
        Assert.Contains("52,4", nl0008.Message, StringComparison.Ordinal);
        Assert.Contains("only lines 1 to", nl0008.Message, StringComparison.Ordinal);

        // Every canary before the cut is found, none after it is claimed.
        int before = Hostile.Repeat(paragraph, 1).Length;
        int expected = (cut + before - 1) / before;
        Assert.Equal(expected, result.Diagnostics.Count(d => d.Id == "NL4001"));
        Assert.All(result.Diagnostics, d => Assert.True(d.Span.Start <= cut));
    }

    [Fact]
    public void Size_limit_is_an_option()
    {
        string text = WithCanary(Hostile.Canary);
        LintResult small = Hostile.LintBetweenNormalArticles(text, new LintOptions { MaxArticleLength = Hostile.Canary.Length + 2 });
        Assert.Single(small.Diagnostics, d => d.Id == "NL0008");
        Assert.Single(small.Diagnostics, d => d.Id == "NL4001");
    }

    [Fact]
    public void One_megabyte_single_line_is_checked_whole()
    {
        string sentence = Hostile.Canary + " ";
        int count = (1024 * 1024 / sentence.Length) + 1;
        string text = Hostile.Repeat(sentence, count);
        LintResult result = Hostile.LintBetweenNormalArticles(text);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id.StartsWith("NL000", StringComparison.Ordinal));
        Assert.Equal(count, result.Diagnostics.Count(d => d.Id == "NL4001"));
        Assert.Equal(1, result.Diagnostics.Last().LineSpan.Start.Line);
    }

    [Fact]
    public void Ten_thousand_nested_block_quotes_are_flattened_with_NL0009_and_their_text_checked()
    {
        string text = WithCanary(Hostile.Repeat(">", 10_000) + " " + Hostile.Canary);
        LintResult result = Hostile.LintBetweenNormalArticles(text);
        LintDiagnostic nl0009 = Assert.Single(result.Diagnostics, d => d.Id == "NL0009");
        Assert.Equal(new LinePosition(1, 1), nl0009.LineSpan.Start);
        Assert.Contains("10000 levels", nl0009.Message, StringComparison.Ordinal);
        Assert.Equal(2, result.Diagnostics.Count(d => d.Id == "NL4001"));
        Hostile.AssertCanaryFound(text, result);
    }

    [Fact]
    public void Ten_thousand_block_quote_lines_nesting_deeper_each_time()
    {
        var builder = new StringBuilder();
        for (int depth = 1; depth <= 400; depth++)
        {
            builder.Append('>', depth).Append(" line ").Append(depth).Append('\n');
        }

        string text = WithCanary(builder.ToString());
        LintResult result = Hostile.LintBetweenNormalArticles(text);
        LintDiagnostic nl0009 = Assert.Single(result.Diagnostics, d => d.Id == "NL0009");
        Assert.Equal(49, nl0009.LineSpan.Start.Line);
        Hostile.AssertCanaryFound(text, result);
    }

    [Fact]
    public void Ten_thousand_list_levels_on_one_line()
    {
        string text = WithCanary(Hostile.Repeat("- ", 10_000) + Hostile.Canary);
        LintResult result = Hostile.LintBetweenNormalArticles(text);
        Assert.Single(result.Diagnostics, d => d.Id == "NL0009");
        Assert.Equal(2, result.Diagnostics.Count(d => d.Id == "NL4001"));
    }

    [Fact]
    public void Ten_thousand_ordered_list_levels_on_one_line()
    {
        string text = WithCanary(Hostile.Repeat("1. ", 10_000) + "x");
        LintResult result = Hostile.LintBetweenNormalArticles(text);
        Assert.Single(result.Diagnostics, d => d.Id == "NL0009");
        Hostile.AssertCanaryFound(text, result);
    }

    [Fact]
    public void A_thousand_list_levels_by_indentation()
    {
        var builder = new StringBuilder();
        for (int depth = 0; depth < 1000; depth++)
        {
            builder.Append(' ', depth * 2).Append("- item ").Append(depth).Append('\n');
        }

        string text = WithCanary(builder.ToString());
        LintResult result = Hostile.LintBetweenNormalArticles(text);
        Assert.Single(result.Diagnostics, d => d.Id == "NL0009");
        Hostile.AssertCanaryFound(text, result);
    }

    [Fact]
    public void Nesting_within_the_limit_is_left_alone()
    {
        string text = WithCanary(Hostile.Repeat(">", 40) + " " + Hostile.Canary);
        LintResult result = Hostile.LintBetweenNormalArticles(text);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "NL0009");
        Assert.Equal(2, result.Diagnostics.Count(d => d.Id == "NL4001"));
    }

    [Fact]
    public void Thousands_of_unclosed_quotation_marks()
    {
        string text = WithCanary(Hostile.Repeat("‘‘ “ « „ \" ‹ 「 ", 5000) + "kata dia.");
        LintResult result = Hostile.LintBetweenNormalArticles(text);
        Hostile.AssertCanaryFound(text, result);
    }

    [Fact]
    public void Deeply_nested_emphasis_is_flattened_with_NL0009()
    {
        string text = WithCanary(Hostile.Repeat("*_", 5000) + "Paris" + Hostile.Repeat("_*", 5000));
        LintResult result = Hostile.LintBetweenNormalArticles(text);
        LintDiagnostic nl0009 = Assert.Single(result.Diagnostics, d => d.Id == "NL0009");
        Assert.Contains("20000 emphasis and link delimiters", nl0009.Message, StringComparison.Ordinal);
        Hostile.AssertCanaryFound(text, result);
    }

    [Theory]
    [InlineData(1999, 1999, false)]
    [InlineData(500, 2001, true)]
    public void Delimiters_are_counted_per_paragraph_not_per_article(int first, int second, bool flattened)
    {
        string text = WithCanary(Hostile.Repeat("*", first) + " Paris\n\n" + Hostile.Repeat("_", second) + " Kyiv");
        LintResult result = Hostile.LintBetweenNormalArticles(text);
        Assert.Equal(flattened ? 1 : 0, result.Diagnostics.Count(d => d.Id == "NL0009"));
        Hostile.AssertCanaryFound(text, result);
    }

    [Fact]
    public void Deeply_nested_links_and_brackets()
    {
        // The language is named: a paragraph of brackets gives language detection nothing to go on.
        string text = WithCanary("---\nlang: en\n---\n" + Hostile.Repeat("[", 100_000) + "x" + Hostile.Repeat("](u)", 3000));
        LintResult result = Hostile.LintBetweenNormalArticles(text);
        Assert.Single(result.Diagnostics, d => d.Id == "NL0009");
        Hostile.AssertCanaryFound(text, result);
    }

    [Fact]
    public void Ordinary_emphasis_is_left_alone()
    {
        string text = "Delegates came from *Paris*, **London**, _Paris_ and [Rome](http://rome).";
        LintResult result = Hostile.LintBetweenNormalArticles(text);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "NL0009");
        LintDiagnostic nl4001 = Assert.Single(result.Diagnostics, d => d.Id == "NL4001");
        Assert.Equal(text.IndexOf("_Paris_", StringComparison.Ordinal) + 1, nl4001.Span.Start);
    }

    [Fact]
    public void Right_to_left_text_and_bidi_controls()
    {
        string text = WithCanary("قال الرئيس في القاهرة، ‏الاثنين 16 مايو 2022‏، إن «الوضع مستقر». \u202Eetirw sdrawkcab\u202C שלום, ירושלים, שלום ותל אביב.");
        LintResult result = Hostile.LintBetweenNormalArticles(text);
        Hostile.AssertCanaryFound(text, result);
    }

    [Fact]
    public void Emoji_and_combining_marks_inside_dates_and_names()
    {
        string text = WithCanary("Senin, 1\u03016 Mei 2022 😀 di Kyi\u0308v, Kharkiv 🇺🇦, Kyi\u0308v dan Su\u0336my. Delegates came from Pa\u0301ris, London, Pa\u0301ris 👨‍👩‍👧 and Rome.");
        LintResult result = Hostile.LintBetweenNormalArticles(text);
        foreach (LintDiagnostic diagnostic in result.Diagnostics)
        {
            // No span cuts a surrogate pair in half.
            Assert.False(diagnostic.Span.Start > 0 && char.IsLowSurrogate(text[diagnostic.Span.Start]), diagnostic.ToString());
            Assert.False(diagnostic.Span.End < text.Length && char.IsLowSurrogate(text[diagnostic.Span.End]), diagnostic.ToString());
        }

        Hostile.AssertCanaryFound(text, result);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n\n")]
    [InlineData("\r")]
    [InlineData("   \t ")]
    [InlineData("\uFEFF")]
    public void Empty_and_blank_files_are_silent(string text)
    {
        LintResult result = Hostile.LintBetweenNormalArticles(text);
        Assert.Empty(result.Diagnostics);
    }

    [Theory]
    [InlineData("---\ntitle: Only front matter\nlang: id\n---\n")]
    [InlineData("---\ntitle: Only front matter\nlang: id\n---")]
    [InlineData("---\r\ntitle: CRLF\r\n---\r\n")]
    [InlineData("---\n---\n")]
    public void Front_matter_only_file_is_silent(string text)
    {
        LintResult result = Hostile.LintBetweenNormalArticles(text);
        Assert.Empty(result.Diagnostics);
    }

    [Theory]
    [InlineData("---\ntitle: [unclosed\nlang: id\n---\n")]
    [InlineData("---\ntitle: \"open\nlang: id\n---\n")]
    [InlineData("---\n- just\n- a list\n---\n")]
    [InlineData("---\ntitle: a\ntitle: b\n---\n")]
    [InlineData("---\nkey: \u0007bell\n---\n")]
    [InlineData("---\ntitle: a\n  b: c\n---\n")]
    public void Malformed_front_matter_is_NL0006_and_the_article_is_still_checked(string frontMatter)
    {
        string text = frontMatter + "\n" + Hostile.Canary + "\n";
        LintResult result = Hostile.LintBetweenNormalArticles(text);
        LintDiagnostic nl0006 = Assert.Single(result.Diagnostics, d => d.Id == "NL0006");
        Assert.Equal(new LinePosition(1, 1), nl0006.LineSpan.Start);
        Hostile.AssertCanaryFound(text, result);
    }

    [Fact]
    public void Nul_characters_in_text_a_host_passed_directly()
    {
        string text = WithCanary("a\0b\0\0c");
        LintResult result = Hostile.LintBetweenNormalArticles(text);
        Hostile.AssertCanaryFound(text, result);
    }

    [Fact]
    public void Lone_surrogates_in_text_a_host_passed_directly()
    {
        string text = WithCanary("Kyiv \uD800 Kharkiv \uDC00 Sumy, Kyiv\uD83D");
        LintResult result = Hostile.LintBetweenNormalArticles(text);
        Hostile.AssertCanaryFound(text, result);
    }
}
