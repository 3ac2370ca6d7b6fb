using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using NewsLint.Text;
using NewsLint.Recognizers.Quotations;
using NewsLint.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace NewsLint.Tests.Quotations;

/// <summary>
/// NL2001 against hand labels (Fixtures/quotations/nl2001-labels.tsv) on real English and Indonesian articles.
/// Precision matters more than recall: a linter that cries wolf is switched off. Re-run with
/// <c>dotnet test tests/NewsLint.Engine.Tests --filter QuotationPrecisionRecall --logger "console;verbosity=detailed"</c>.
/// </summary>
public sealed class QuotationPrecisionRecallTests
{
    private const double PrecisionFloor = 0.95;
    private const double RecallFloor = 0.85;

    private readonly ITestOutputHelper _output;

    public QuotationPrecisionRecallTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Fact]
    public void NL2001_meets_the_precision_and_recall_floors()
    {
        var labels = ReadLabels();
        int truePositives = 0;
        int falsePositives = 0;
        int falseNegatives = 0;
        var errors = new List<string>();
        foreach (IGrouping<string, Label> article in labels.GroupBy(l => l.File))
        {
            var result = Lint.Run(Lint.Fixture(article.Key), path: article.Key);
            var flagged = new HashSet<(int, int)>(result.OfId("NL2001").Select(d => (d.LineSpan.Start.Line, d.LineSpan.Start.Column)));
            var found = new HashSet<(int, int)>(QuoteLint.Quotations(result).Select(q => Position(result, q)));
            foreach (Label label in article)
            {
                Assert.True(found.Contains((label.Line, label.Column)), $"{label.File}:{label.Line}:{label.Column} is labelled but was not recognized as a quotation");
                bool predicted = flagged.Remove((label.Line, label.Column));
                bool actual = label.Kind == "unattributed";
                if (predicted && actual)
                {
                    truePositives++;
                }
                else if (predicted)
                {
                    falsePositives++;
                    errors.Add($"false positive: {label.File}:{label.Line}:{label.Column} {label.Excerpt}");
                }
                else if (actual)
                {
                    falseNegatives++;
                    errors.Add($"missed: {label.File}:{label.Line}:{label.Column} {label.Excerpt}");
                }
            }

            foreach ((int line, int column) in flagged)
            {
                falsePositives++;
                errors.Add($"false positive (unlabelled): {article.Key}:{line}:{column}");
            }
        }

        double precision = truePositives / (double)Math.Max(1, truePositives + falsePositives);
        double recall = truePositives / (double)Math.Max(1, truePositives + falseNegatives);
        _output.WriteLine(string.Format(CultureInfo.InvariantCulture, "NL2001 on {0} labelled quotations: TP {1}, FP {2}, FN {3}; precision {4:0.000}, recall {5:0.000}", labels.Count, truePositives, falsePositives, falseNegatives, precision, recall));
        foreach (string error in errors)
        {
            _output.WriteLine(error);
        }

        Assert.True(precision >= PrecisionFloor, $"precision {precision:0.000} < {PrecisionFloor}:\n" + string.Join("\n", errors));
        Assert.True(recall >= RecallFloor, $"recall {recall:0.000} < {RecallFloor}:\n" + string.Join("\n", errors));
    }

    [Fact]
    public void Labels_cover_both_languages_and_both_outcomes()
    {
        var labels = ReadLabels();
        Assert.Contains(labels, l => l.File.StartsWith("en/", StringComparison.Ordinal) && l.Kind == "unattributed");
        Assert.Contains(labels, l => l.File.StartsWith("id/", StringComparison.Ordinal) && l.Kind == "unattributed");
        Assert.All(labels, l => Assert.Contains(l.Kind, new[] { "attributed", "unattributed", "term" }));
    }

    private static (int, int) Position(NewsLint.Analysis.LintResult result, Quotation quotation)
    {
        LinePositionSpan span = result.Document!.Source.GetLineSpan(quotation.SourceSpan);
        return (span.Start.Line, span.Start.Column);
    }

    private static List<Label> ReadLabels()
    {
        var labels = new List<Label>();
        foreach (string line in File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "quotations", "nl2001-labels.tsv")))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            string[] cells = line.Split('\t');
            labels.Add(new Label(cells[0], int.Parse(cells[1], CultureInfo.InvariantCulture), int.Parse(cells[2], CultureInfo.InvariantCulture), cells[3], cells.Length > 4 ? cells[4] : string.Empty));
        }

        return labels;
    }

    private sealed record Label(string File, int Line, int Column, string Kind, string Excerpt);
}
