using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using NewsLint.Analysis;
using NewsLint.Recognizers.Dates;
using NewsLint.Tests.Infrastructure;
using Xunit;

namespace NewsLint.Tests.Dates;

/// <summary>
/// Real articles whose dates are right (Wikinews datelines, IndoSum's <c>Senin (16/5/2022)</c> style; see
/// Fixtures/SOURCES.md): no date rule may fire, and the weekdays they tie to dates must be recognized.
/// </summary>
public sealed class RealArticlesTests
{
    public static TheoryData<string> Articles()
    {
        var data = new TheoryData<string>();
        foreach (string folder in new[] { "en", "id" })
        {
            foreach (string file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures", folder), "*.md").OrderBy(f => f, StringComparer.Ordinal))
            {
                data.Add(folder + "/" + Path.GetFileName(file));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void No_date_rule_fires_on_a_correct_article(string name)
    {
        LintResult result = Lint.Run(Lint.Fixture(name), path: name);
        Assert.Equal(name.Substring(0, 2), result.Language);
        Assert.Empty(result.Diagnostics.Where(d => d.Id.StartsWith("NL1", StringComparison.Ordinal)));
    }

    [Fact]
    public void Their_weekdays_are_recognized_and_checked()
    {
        int tied = 0;
        int checkedDates = 0;
        foreach (string name in Articles())
        {
            LintResult result = Lint.Run(Lint.Fixture(name), path: name);
            foreach (DateMention mention in (ImmutableArray<DateMention>)result.Mentions[DateRecognizer.Instance])
            {
                if (mention.HasWeekday)
                {
                    tied++;
                    checkedDates += mention.Date is null ? 0 : 1;
                }
            }
        }

        // 15 Wikinews datelines (some with a second weekday-date) and the IndoSum weekday (d/m/yyyy) forms.
        Assert.True(tied >= 55, "tied weekdays: " + tied);
        Assert.True(checkedDates >= 50, "checked: " + checkedDates);
    }

    [Fact]
    public void Shared_article_reports_exactly_the_known_date_errors()
    {
        LintResult result = Lint.Run(Lint.Fixture("csto-summit-moscow-2022.md"), path: "csto.md");
        var dates = result.Diagnostics
            .Where(d => d.Id.StartsWith("NL1", StringComparison.Ordinal))
            .Select(d => d.Id + "@" + d.LineSpan.Start.Line)
            .ToArray();
        Assert.Equal(new[] { "NL1001@5", "NL1003@5", "NL1001@27", "NL1003@27", "NL1002@35" }, dates);
    }
}
