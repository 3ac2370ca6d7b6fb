using System;
using System.IO;
using NewsLint.Analysis;
using NewsLint.Markdown;
using NewsLint.Tests.Infrastructure;
using NewsLint.Text;
using Xunit;

namespace NewsLint.Tests.Analysis;

/// <summary>Suppression directives, shown with NL4001 (any rule behaves the same).</summary>
public sealed class SuppressionTests
{
    private const string Id = "NL4001";

    [Fact]
    public void An_article_with_no_comment_and_no_disable_list_builds_an_index_that_suppresses_nothing()
    {
        // The engine skips building the index when MaySuppress is false; the index it would have built is the reference.
        string fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures");
        string[] extra =
        {
            "Kyiv, Lviv, Sumy dan Kyiv.\n\n<!-- newslint-disable NL4001 -->\n\nKyiv.\n",
            "---\nnewslint-disable: [NL4001]\n---\n\nKyiv.\n",
            "Text <!-- newslint-disable-line --> inline.\n",
            "<div>\nno comment\n</div>\n\nKyiv.\n",
        };
        int skipped = 0;
        foreach (string text in Array.ConvertAll(Directory.GetFiles(fixtures, "*.md", SearchOption.AllDirectories), File.ReadAllText))
        {
            // Each fixture as it is (most hold comments) and without its comments (real text, nothing to suppress).
            skipped += Check(text) ? 0 : 1;
            skipped += Check(System.Text.RegularExpressions.Regex.Replace(text, "<!--.*?-->", string.Empty, System.Text.RegularExpressions.RegexOptions.Singleline)) ? 0 : 1;
        }

        foreach (string text in extra)
        {
            Check(text);
        }

        Assert.True(skipped > 30);
        Assert.True(Check(extra[0]) && Check(extra[1]) && Check(extra[2]));
        Assert.False(Check(extra[3]));

        static bool Check(string text)
        {
            ArticleDocument document = ArticleParser.Parse(new SourceDocument("a.md", text));
            bool may = SuppressionIndex.MaySuppress(document);
            if (!may)
            {
                SuppressionIndex index = SuppressionIndex.Build(document);
                foreach (string id in new[] { "NL4001", "NL1001", "NL5001", "NL0003" })
                {
                    for (int offset = 0; offset <= text.Length; offset++)
                    {
                        Assert.False(index.IsSuppressed(id, offset));
                    }
                }
            }

            return may;
        }
    }

    [Fact]
    public void Disable_and_enable_bracket_a_region() => Lint.Verify(
        """
        Kyiv, Lviv, Sumy dan {|NL4001:Kyiv|}.

        <!-- newslint-disable NL4001 -->

        Kyiv, Lviv, Sumy dan Kyiv.

        <!-- newslint-enable NL4001 -->

        Odesa, Lviv, Sumy dan {|NL4001:Odesa|}.
        """,
        Id);

    [Fact]
    public void Disable_without_ids_covers_every_rule_to_the_end() => Lint.Verify(
        """
        Kyiv, Lviv, Sumy dan {|NL4001:Kyiv|}.

        <!-- newslint-disable -->

        Kyiv, Lviv, Sumy dan Kyiv.
        """,
        Id);

    [Fact]
    public void Disable_next_line_covers_only_that_line() => Lint.Verify(
        """
        <!-- newslint-disable-next-line NL4001 -->
        Kyiv, Lviv, Sumy dan Kyiv.

        Kyiv, Lviv, Sumy dan {|NL4001:Kyiv|}.
        """,
        Id);

    [Fact]
    public void Disable_line_covers_its_own_line() => Lint.Verify(
        "Kyiv, Lviv, Sumy dan Kyiv. <!-- newslint-disable-line NL4001 -->\n\nKyiv, Lviv, Sumy dan {|NL4001:Kyiv|}.\n",
        Id);

    [Fact]
    public void Another_rules_directive_does_not_suppress() => Lint.Verify(
        "<!-- newslint-disable-next-line NL1001 -->\nKyiv, Lviv, Sumy dan {|NL4001:Kyiv|}.\n",
        Id);

    [Fact]
    public void Front_matter_list_disables_for_the_whole_article() => Lint.Verify(
        "---\nnewslint-disable: [NL4001]\n---\n\nKyiv, Lviv, Sumy dan Kyiv.\n",
        Id);
}
