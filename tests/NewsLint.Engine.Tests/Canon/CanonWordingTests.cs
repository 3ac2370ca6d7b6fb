using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using NewsLint.Analysis;
using NewsLint.Canon;
using NewsLint.Checks.Canon;
using NewsLint.Recognizers.Canon;
using NewsLint.Tests.Infrastructure;
using Xunit;

namespace NewsLint.Tests.Canon;

/// <summary>NL3001's message is written in one builder and its properties are kept per clause: both as formatting them anew gives.</summary>
public sealed class CanonWordingTests
{
    [Fact]
    public void The_text_around_three_arguments_is_found_only_in_a_format_with_exactly_those()
    {
        Assert.Equal(new[] { "a ", " b ", "", "." }, CanonWording.AroundThreeArguments("a {0} b {1}{2}."));
        Assert.Equal(new[] { "", "", "", "" }, CanonWording.AroundThreeArguments("{0}{1}{2}"));
        Assert.Null(CanonWording.AroundThreeArguments("{0} {2} {1}"));
        Assert.Null(CanonWording.AroundThreeArguments("{0} {1}"));
        Assert.Null(CanonWording.AroundThreeArguments("{0} {1} {2} {3}"));
        Assert.Null(CanonWording.AroundThreeArguments("{0} {1} {2} {{literal}}"));
        Assert.Null(CanonWording.AroundThreeArguments("{0:D2} {1} {2}"));
    }

    /// <summary>A similarity is written from a table of hundredths: as formatting it gives, for every ratio of word counts, halves, near-halves and random values.</summary>
    [Fact]
    public void A_similarity_is_written_as_formatting_it_gives()
    {
        var values = new System.Collections.Generic.List<double> { 0.0, -0.0, 1.0, 0.005, 0.015, 0.125, 0.995, 1.005, -0.01, double.NaN };
        for (int total = 1; total <= 600; total++)
        {
            for (int equal = 0; 2 * equal <= 2 * total; equal++)
            {
                values.Add(2.0 * equal / total);
            }
        }

        for (int k = 0; k <= 200; k++)
        {
            values.Add(k / 200.0);
            values.Add(k / 200.0 + 1e-9);
            values.Add(k / 200.0 - 1e-9);
            values.Add(k / 200.0 + 2e-8);
        }

        var random = new System.Random(5);
        for (int k = 0; k < 20000; k++)
        {
            values.Add(random.NextDouble());
        }

        foreach (double value in values)
        {
            Assert.Equal(value.ToString("0.00", CultureInfo.InvariantCulture), CanonWording.Similarity(value));
        }
    }

    [Fact]
    public void Properties_kept_per_clause_and_hundredth_are_what_adding_the_similarity_anew_gives()
    {
        NewsLint.Rules.Canon.CanonClause clause = Lint.DefaultRules.Get<NewsLint.Rules.Canon.CanonCatalog>().Clauses.First();
        var values = new System.Collections.Generic.List<double> { 0, 1, 0.005, 0.015, 0.995, -0.0, -0.25, 1.5, double.NaN, double.PositiveInfinity };
        var random = new System.Random(11);
        for (int k = 0; k < 3000; k++)
        {
            values.Add(random.NextDouble());
            values.Add(random.Next(0, 101) / 100.0);
        }

        foreach (double value in values)
        {
            ImmutableDictionary<string, string> expected = ImmutableDictionary<string, string>.Empty
                .Add("clause", clause.Id).Add("ruleFile", clause.SourcePath).Add("similarity", value.ToString("0.00", CultureInfo.InvariantCulture));
            ImmutableDictionary<string, string> kept = CanonWording.Properties(clause, value);
            Assert.Equal(expected.OrderBy(p => p.Key, System.StringComparer.Ordinal), kept.OrderBy(p => p.Key, System.StringComparer.Ordinal));
        }
    }

    [Fact]
    public void Messages_and_properties_are_what_formatting_each_finding_anew_gives()
    {
        string format = NL3001QuotationDepartsFromCanon.Descriptor.MessageFormat;
        string[] around = CanonWording.AroundThreeArguments(format)!;
        int alignments = 0;
        foreach (string markdown in new[] { Lint.Fixture("csto-summit-moscow-2022.md"), Article() })
        {
            LintResult result = Lint.Run(markdown);
            foreach (ClauseMatch match in (ImmutableArray<ClauseMatch>)result.Mentions[ClauseMatchRecognizer.Instance])
            {
                if (match.Alignment is not { } alignment)
                {
                    continue;
                }

                alignments++;
                int percent = (int)System.Math.Floor(alignment.Similarity * 100);
                string expected = string.Format(CultureInfo.InvariantCulture, format, Clause(alignment), percent.ToString(CultureInfo.InvariantCulture), CanonWording.Edits(alignment.Edits));
                Assert.Equal(expected, CanonWording.Message(around, alignment, percent));

                // Asked twice: the second answer is the kept one.
                for (int k = 0; k < 2; k++)
                {
                    ImmutableDictionary<string, string> properties = CanonWording.Properties(alignment);
                    Assert.Equal(3, properties.Count);
                    Assert.Equal(alignment.Clause.Id, properties["clause"]);
                    Assert.Equal(alignment.Clause.SourcePath, properties["ruleFile"]);
                    Assert.Equal(alignment.Similarity.ToString("0.00", CultureInfo.InvariantCulture), properties["similarity"]);
                    Assert.Equal(Clause(alignment), CanonWording.Clause(alignment));
                }
            }
        }

        Assert.True(alignments >= 4, alignments.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>The clause as the message named it before it was kept per clause and paragraphs.</summary>
    private static string Clause(ClauseAlignment alignment)
    {
        var clause = alignment.Clause;
        string kind = clause.IsAuthentic ? "authentic text" : "reference translation";
        return $"{clause.Title("en")} {alignment.ParagraphText} ({clause.Version.Name} wording, {clause.Language} {kind}, {clause.SourcePath})";
    }

    /// <summary>Quotations of one clause with different edits (so different similarities), one of them word for word.</summary>
    private static string Article() => """
        # Allies

        Article 5 of the North Atlantic Treaty commits each ally to "assist the Party or Parties so attacked by taking forthwith, in concert with the other Parties, such action as it deems necessary".

        The treaty says "an armed attack against one or more of them in Europe or North America shall automatically be considered an attack against them all".

        Each ally "may assist the Party or Parties so attacked by taking forthwith, individually and in concert with the other Parties, such action as it deems necessary", the treaty says.

        The treaty says "an armed attack against one or more of them in Europe or North America shall be considered an attack against them all".
        """;
}
