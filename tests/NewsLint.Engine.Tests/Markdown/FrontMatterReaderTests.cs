using System.Collections.Generic;
using System.Linq;
using NewsLint.Markdown;
using NewsLint.Text;
using Xunit;

namespace NewsLint.Engine.Tests.Markdown;

/// <summary>The fast reader of simple front matter agrees with YamlDotNet, or declines and leaves it to YamlDotNet.</summary>
public sealed class FrontMatterReaderTests
{
    public static IEnumerable<object[]> Samples() => new[]
    {
        new object[] { "title: Leaders meet as tensions rise\ndate: 2022-05-16\nlang: en\nauthor: Anna Berg\ntags: [Kyiv, Sumy]\n" },
        new object[] { "title: Putin Kumpulkan Sekutu di Moskow, Siap Hajar NATO?\r\ndate: 2022-05-17\r\nlanguage: id\r\n" },
        new object[] { "title: C# in the newsroom\nlang: en\n" },
        new object[] { "title: Ratio 3:1 wins\n" },
        new object[] { "title: Odd: a colon and space\n" },
        new object[] { "title: With a comment # here\n" },
        new object[] { "title: 'Quoted: yes'\n" },
        new object[] { "title: \"Double \\\"quoted\\\"\"\n" },
        new object[] { "title: first\ntitle: second\n" },
        new object[] { "title:\n" },
        new object[] { "title: x\n  continued\n" },
        new object[] { "title: >\n  folded\n" },
        new object[] { "title: &a anchored\nother: *a\n" },
        new object[] { "title: !tag tagged\n" },
        new object[] { "tags: [a, [b]]\n" },
        new object[] { "tags: [a, b,]\n" },
        new object[] { "tags: []\n" },
        new object[] { "title: [a, b]\n" },
        new object[] { "newslint-disable: [NL1001]\ntitle: x\n" },
        new object[] { "# comment\ntitle: x\n" },
        new object[] { "title:x\n" },
        new object[] { "- a\n- b\n" },
        new object[] { "just a scalar\n" },
        new object[] { "\n\n" },
        new object[] { "title: tab\there\n" },
        new object[] { "lang: en\nlanguage: id\n" },
        new object[] { "title: null\ndate: ~\n" },
        new object[] { "title: trailing spaces   \nlang: en  \n" },
        new object[] { "title: a {brace}\n" },
        new object[] { "title: ends with colon:\n" },
        new object[] { "title: url https://example.com/a:b\n" },
        new object[] { "2022: year key\n" },
        new object[] { "title: nbsp\u00A0inside\n" },
        new object[] { "title: x\nauthor: a\ntags: [b]\ndate: 2022-05-16\nauthor: c\n" },
        new object[] { "title: x\nTitle: y\nlang: en\n" },
        new object[] { "lang: en\ntags: [ a ,b ]\n" },
        new object[] { "tags: [a,  , b]\n" },
        new object[] { "tags: [a, b]\ntitle: [c]\ndate: d\n" },
        new object[] { string.Concat(System.Linq.Enumerable.Range(0, 40).Select(i => $"key{i}: value {i}\n")) + "title: many keys\n" },
        new object[] { string.Concat(System.Linq.Enumerable.Range(0, 31).Select(i => $"key{i}: value {i}\n")) + "title: t\n" },
        new object[] { string.Concat(System.Linq.Enumerable.Range(0, 31).Select(i => $"key{i}: value {i}\n")) + "key3: again\n" },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public void The_fast_reader_agrees_with_YamlDotNet_or_declines(string yaml)
    {
        string text = "---\n" + yaml + "---\n\nBody.\n";
        var span = new TextSpan(0, 4 + yaml.Length + 4);
        FrontMatter full = FrontMatterReader.Read(text, span, out string? fullError, allowSimple: false);

        if (FrontMatterReader.TryReadSimple(yaml, out string? title, out string? date, out string? language))
        {
            Assert.Null(fullError);
            Assert.Equal(full.Title, title);
            Assert.Equal(full.Date, date);
            Assert.Equal(full.Language, language);
        }

        FrontMatter read = FrontMatterReader.Read(text, span, out string? error);
        Assert.Equal(fullError, error);
        Assert.Equal(full.Title, read.Title);
        Assert.Equal(full.Date, read.Date);
        Assert.Equal(full.Language, read.Language);
        Assert.Equal(full.RawText, read.RawText);
        Assert.Equal<string>(full.DisabledRules, read.DisabledRules);
    }

    [Fact]
    public void The_fast_reader_takes_the_generated_corpus_front_matter()
    {
        Assert.True(FrontMatterReader.TryReadSimple("title: Alliance members sign new accord\ndate: 2016-05-24\nlang: en\nauthor: Aigerim Bekova\ntags: [Kazakhstan, Chernihiv]\n", out string? title, out string? date, out string? language));
        Assert.Equal("Alliance members sign new accord", title);
        Assert.Equal("2016-05-24", date);
        Assert.Equal("en", language);
    }
}
