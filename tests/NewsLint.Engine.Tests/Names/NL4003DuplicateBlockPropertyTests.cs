using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using System.Linq;
using CsCheck;
using NewsLint.Analysis;
using NewsLint.Language;
using NewsLint.Tests.Infrastructure;
using Xunit;

namespace NewsLint.Tests.Names;

/// <summary>
/// NL4003 folds blocks only when their start hashes and then their whole hashes meet; it must report exactly the
/// blocks whose fold an earlier block had, each against the earliest such block (folding every block, the slow path).
/// </summary>
public sealed class NL4003DuplicateBlockPropertyTests
{
    private static readonly string[] Paragraphs =
    {
        "The minister said the talks would resume on Monday.",
        "THE MINISTER SAID THE TALKS WOULD RESUME ON MONDAY.",
        "The  minister said the talks would resume on Monday.",
        "Thé minister said the talks would resume on Monday.",
        "The minister said the talks would resume on Tuesday.",
        "The minister said the talks would resume on Monday and later in the week.",
        "Kyiv and Kharkiv were shelled again overnight, officials said.",
        "Kyïv and Kharkiv were shelled again overnight, officials said.",
        "Kyiv and Kharkiv were shelled again overnight, officials  said.",
        "Menteri Luar Negeri Rusia mengatakan negara-negara anggota akan bertemu lagi.",

        // One start of more than 48 characters with more texts than are compared directly.
        "Regional authorities were reported in Finland, Zaporizhzhia, Chernihiv and Moscow.",
        "Regional authorities were reported in Finland, Zaporizhzhia, Chernihiv and Lviv.",
        "Regional authorities were reported in Finland, Zaporizhzhia, Chernihiv and Sumy.",
        "Regional authorities were reported in Finland, Zaporizhzhia, Chernihiv and Odesa.",
        "Regional authorities were reported in Finland, Zaporizhzhia, Chernihiv and Kyiv.",
        "Regional authorities were reported in Finland, Zaporizhzhia, Chernihiv and KYIV.",
        "Regional authorities were reported in Finland, Zaporizhzhia, Chernihiv and Kyïv.",
        "Regional authorities were reported in Finland, Zaporizhzhia, Chernihiv  and Kyiv.",
        "\u201CThe talks will resume,\u201D the minister said on Monday in Moscow \u2014 again.",
        "\u201CTHE talks will resume,\u201D the minister said on Monday in Moscow \u2014 again.",
        "\u201CThe talks will resume,\u201D the minister said on Monday in Moscow - again.",
    };

    [Fact]
    public void Reports_each_block_whose_fold_an_earlier_block_had_against_the_earliest() =>
        Gen.OneOfConst(Paragraphs).Array[1, 20].Sample(
            paragraphs =>
            {
                string text = string.Join("\n\n", paragraphs);
                var expected = new List<(int Line, int EarlierLine)>();
                var firstLine = new Dictionary<string, int>();
                for (int i = 0; i < paragraphs.Length; i++)
                {
                    int line = (2 * i) + 1;
                    string key = TextFolding.Fold(paragraphs[i]);
                    if (firstLine.TryGetValue(key, out int earlier))
                    {
                        expected.Add((line, earlier));
                    }
                    else
                    {
                        firstLine[key] = line;
                    }
                }

                LintResult result = Lint.Run(text);
                var actual = result.OfId("NL4003")
                    .Select(d => (d.LineSpan.Start.Line, int.Parse(Regex.Match(d.Message, @"on line (\d+)").Groups[1].Value, CultureInfo.InvariantCulture)))
                    .ToList();
                Assert.Equal(expected, actual);
            },
            iter: 500,
            threads: 1);
}
