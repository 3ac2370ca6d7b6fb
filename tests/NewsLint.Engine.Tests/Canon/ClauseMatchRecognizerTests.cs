using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NewsLint.Analysis;
using NewsLint.Canon;
using NewsLint.Recognizers.Canon;
using NewsLint.Tests.Infrastructure;
using Xunit;

namespace NewsLint.Tests.Canon;

/// <summary>Which clause, paragraphs and version each quotation is matched to, and what --explain says of it.</summary>
public sealed class ClauseMatchRecognizerTests
{
    private static ImmutableArray<ClauseMatch> Matches(LintResult result) =>
        (ImmutableArray<ClauseMatch>)result.Mentions[ClauseMatchRecognizer.Instance];

    [Fact]
    public void Shared_article_lines_35_and_37_are_article_4_paragraphs_1_and_2_in_the_1992_wording()
    {
        LintResult result = Lint.Run(Lint.Fixture("csto-summit-moscow-2022.md"), path: "csto.md");
        ImmutableArray<ClauseMatch> matches = Matches(result);
        Assert.Equal(2, matches.Length);
        Assert.Equal(new[] { 35, 37 }, matches.Select(m => result.Document!.Source.GetLinePosition(m.SourceSpan.Start).Line));
        Assert.All(matches, m => Assert.Equal("collective-security-treaty-art4-1992-id", m.Alignment!.Clause.Id));
        Assert.All(matches, m => Assert.Equal("1992", m.Alignment!.Clause.Version.Name));
        Assert.All(matches, m => Assert.Equal("pasal 4", m.Citation!.Text));
        Assert.Equal((1, 1), (matches[0].Alignment!.FirstParagraph, matches[0].Alignment!.LastParagraph));
        Assert.Equal((2, 2), (matches[1].Alignment!.FirstParagraph, matches[1].Alignment!.LastParagraph));
        Assert.False(matches[0].ContinuesPrevious);
        Assert.True(matches[1].ContinuesPrevious);
        Assert.All(matches, m => Assert.True(m.Alignment!.Similarity > 0.7, m.ToString()));
    }

    [Fact]
    public void Shared_article_explanation_has_the_clause_version_and_aligned_diff()
    {
        LintResult result = Lint.Run(Lint.Fixture("csto-summit-moscow-2022.md"), path: "csto.md");
        List<Explanation> explanations = ClauseMatchRecognizer.Instance.Explain(result.Mentions[ClauseMatchRecognizer.Instance]).ToList();
        Assert.Equal(2, explanations.Count);
        IReadOnlyDictionary<string, string> second = explanations[1].Facts;
        Assert.Equal("collective-security-treaty-art4-1992-id", second["clause"]);
        Assert.Equal("Collective Security Treaty, Article 4", second["title"]);
        Assert.Equal("2", second["paragraphs"]);
        Assert.Equal("1992", second["version"]);
        Assert.Equal("2010-12-10", second["versionUntil"]);
        Assert.Equal("reference-translation", second["text"]);
        Assert.Equal("collective-security-treaty-art4-1992-ru", second["translationOf"]);
        Assert.Equal("true", second["continuesPrevious"]);
        IReadOnlyList<IReadOnlyDictionary<string, string>> diff = explanations[1].Tables["diff"];
        Assert.Contains(diff, row => row["op"] == "substitution" && row["canon"] == "hak atas" && row["quote"] == "hal untuk");
        Assert.Contains(diff, row => row["op"] == "omission" && row["canon"] == "kepadanya");
        Assert.Contains(diff, row => row["op"] == "insertion" && row["quote"] == "sedang");
        Assert.Equal("Dalam hal", diff[0]["canon"]);
    }

    [Fact]
    public void A_partial_quotation_is_aligned_to_the_part_it_covers()
    {
        ClauseMatch match = Assert.Single(Matches(Lint.Run(
            "The treaty says \"such measures shall be terminated when the Security Council has taken the measures necessary\".")));
        Assert.Equal("north-atlantic-treaty-art5-en", match.Alignment!.Clause.Id);
        Assert.Equal(2, match.Alignment.FirstParagraph);
        Assert.Empty(match.Alignment.Edits);
        Assert.Equal(1.0, match.Alignment.Similarity);
    }

    [Fact]
    public void A_clause_quoted_in_short_pieces_is_matched_as_one()
    {
        LintResult result = Lint.Run(
            "‘’Jika salah satu negara peserta,’’ tulis pasal 4, ‘’menjadi sasaran agresi oleh negara,’’ maka itu dianggap agresi terhadap semua.");
        ClauseMatch match = Assert.Single(Matches(result));
        Assert.Equal(2, match.Quotations.Length);
        Assert.Equal("collective-security-treaty-art4-1992-id", match.Alignment!.Clause.Id);
        Assert.Empty(match.Alignment.Edits);
        Assert.Empty(result.OfId("NL3001"));
    }

    [Fact]
    public void A_clause_quoted_over_consecutive_quotations_continues()
    {
        ImmutableArray<ClauseMatch> matches = Matches(Lint.Run("""
            "Any such armed attack and all measures taken as a result thereof shall immediately be reported to the Security Council," Article 5 of the North Atlantic Treaty says.

            "Such measures shall be terminated when the Security Council has taken the measures necessary to restore and maintain international peace and security."
            """));
        Assert.Equal(2, matches.Length);
        Assert.All(matches, m => Assert.Equal("north-atlantic-treaty-art5-en", m.Alignment!.Clause.Id));
        Assert.True(matches[1].ContinuesPrevious);
        Assert.Equal("Article 5", matches[1].Citation!.Text);
    }

    [Fact]
    public void English_and_Indonesian_quotations_find_their_language()
    {
        Assert.Equal("un-charter-art51-en", Assert.Single(Matches(Lint.Run(
            "\"Measures taken by Members in the exercise of this right of self-defence shall be immediately reported to the Security Council,\" the Charter says.")))
            .Alignment!.Clause.Id);
        Assert.Equal("un-charter-art51-id", Assert.Single(Matches(Lint.Run(
            "‘’Langkah-langkah yang diambil oleh Anggota-Anggota dalam melaksanakan hak membela diri ini wajib segera dilaporkan kepada Dewan Keamanan,’’ bunyi Pasal 51 Piagam PBB.")))
            .Alignment!.Clause.Id);
    }

    [Fact]
    public void Of_two_versions_the_closer_one_wins()
    {
        Assert.Equal("example-charter-art3-2020-en", Assert.Single(Matches(Lint.Run(
            "The charter says \"every correction shall be published within two days at the top of the article\".", CanonRules.TwoVersions)))
            .Alignment!.Clause.Id);
        Assert.Equal("example-charter-art3-2001-en", Assert.Single(Matches(Lint.Run(
            "The charter says \"every correction shall be published within seven days on the page\".", CanonRules.TwoVersions)))
            .Alignment!.Clause.Id);
    }

    [Fact]
    public void A_quotation_many_times_longer_than_any_clause_is_not_aligned()
    {
        // Without the length guard the word diff of 45,000 words against a clause would be quadratic.
        string clause = "The Parties agree that an armed attack against one or more of them in Europe or North America shall be considered an attack against them all. ";
        string text = "The treaty says “" + string.Concat(Enumerable.Repeat(clause, 1500)) + "”, officials said.";
        Assert.Empty(Matches(Lint.Run(text)));
    }

    [Fact]
    public void A_quotation_that_resembles_no_clause_is_not_matched()
    {
        Assert.Empty(Matches(Lint.Run(
            "\"The parties agree that the weather in Europe was considered pleasant by all of them,\" the spokesman said.")));
    }
}
