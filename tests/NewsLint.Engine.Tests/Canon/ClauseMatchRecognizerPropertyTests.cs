using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using CsCheck;
using NewsLint.Canon;
using NewsLint.Recognizers.Canon;
using NewsLint.Rules.Canon;
using NewsLint.Tests.Infrastructure;
using Xunit;

namespace NewsLint.Tests.Canon;

/// <summary>
/// The clause match recognizer, with the thread's working state reused from article to article and each quotation's
/// citation found by a binary search over the citations in text order, matches what its straightforward path matches
/// (state made afresh per article, every citation read for every quotation) on generated articles: parts of the shipped
/// clauses with words dropped or changed, quoted whole, in two pieces around a citation, over two paragraphs and in
/// block quotes, next to citations before and after them, in the block before with a colon, of existing articles and not.
/// </summary>
public sealed class ClauseMatchRecognizerPropertyTests
{
    private static readonly CanonClause[] Clauses = Lint.DefaultRules.Get<CanonCatalog>().Clauses.ToArray();

    private static readonly string[] Citations =
    {
        "Article 5 of the North Atlantic Treaty", "Article 5", "article 51 of the UN Charter", "Article 51", "Article 4 of the Collective Security Treaty",
        "Article 7 of the North Atlantic Treaty", "Article 4", "Pasal 5 Traktat Atlantik Utara", "pasal 4", "Pasal 51 Piagam PBB", "pasal 4 Perjanjian Keamanan Kolektif",
        "pasal 9 traktat NATO", "Pasal 5", "Article 5 paragraph 2", "pasal 4 ayat 2",
    };

    private static readonly string[] Prose =
    {
        "The ministers met in Brussels.", "He said", "she added", "kata dia", "tulis", "menurut", "The text reads", "Bunyinya", "as", "and", "dan",
        "NATO", "the North Atlantic Treaty", "Piagam PBB", "the alliance", ":", ",", ".", "yesterday", "kemarin",
    };

    /// <summary>A stretch of a clause's paragraph, some of its words dropped or replaced by words of another clause.</summary>
    private static readonly Gen<string> ClauseParts = Gen.Select(Gen.Int[0, Clauses.Length - 1], Gen.Int[0, 4], Gen.Int, Gen.Int[0, 3], Gen.Int)
        .Select((clause, paragraph, start, edits, seed) =>
        {
            ImmutableArray<string> paragraphs = Clauses[clause].Paragraphs;
            string[] words = paragraphs[paragraph % paragraphs.Length].Split(' ');
            var random = new Random(seed);
            int length = random.Next(2, words.Length + 1);
            int from = (int)((uint)start % (uint)(words.Length - length + 1));
            var part = new List<string>(words.Skip(from).Take(length));
            for (int e = 0; e < edits && part.Count > 1; e++)
            {
                int at = random.Next(part.Count);
                if (random.Next(2) == 0)
                {
                    part.RemoveAt(at);
                }
                else
                {
                    string[] other = Clauses[random.Next(Clauses.Length)].Paragraphs[0].Split(' ');
                    part[at] = other[random.Next(other.Length)];
                }
            }

            return string.Join(" ", part);
        });

    /// <summary>One piece of a paragraph: prose, a citation, or a quotation (whole, in two pieces around a citation, or with a colon before it).</summary>
    private static readonly Gen<string> Pieces = Gen.Frequency(
        (3, Gen.OneOfConst(Prose)),
        (3, Gen.OneOfConst(Citations)),
        (4, ClauseParts.Select(part => "“" + part + "”")),
        (2, Gen.Select(ClauseParts, Gen.OneOfConst(Citations), ClauseParts).Select((a, citation, b) => "“" + a + ",” tulis " + citation + ", “" + b + "”")),
        (1, ClauseParts.Select(part => ": “" + part + ".”")));

    private static readonly Gen<string> Paragraphs = Gen.Select(Pieces.Array[1, 6], Gen.Int[0, 5])
        .Select((pieces, form) =>
        {
            string text = string.Join(" ", pieces);
            return form switch
            {
                0 => "> " + text,
                1 => text + ":",
                _ => text,
            };
        });

    /// <summary>Paragraphs, and now and then a quotation over two of them (an opening mark on each, one closing mark).</summary>
    private static readonly Gen<string> Articles = Gen.Select(Paragraphs.Array[1, 6], ClauseParts, ClauseParts, Gen.Int[0, 3])
        .Select((paragraphs, a, b, at) =>
        {
            var blocks = new List<string>(paragraphs);
            if (at < blocks.Count && at % 2 == 0)
            {
                blocks.Insert(at, "“" + a + "\n\n“" + b + ",” said Article 5 of the North Atlantic Treaty.");
            }

            return string.Join("\n\n", blocks);
        });

    [Theory]
    [InlineData("en")]
    [InlineData("id")]
    public void Reused_state_and_searched_citations_match_what_the_straightforward_path_matches(string language)
    {
        int matched = 0;
        int cited = 0;
        int inPieces = 0;
        Articles.Sample(
            markdown =>
            {
                ImmutableArray<ClauseMatch> fast = ClauseMatchRecognizer.Instance.Recognize(TestContexts.Create(markdown, language));
                ImmutableArray<ClauseMatch> slow = ClauseMatchRecognizer.Straightforward.Recognize(TestContexts.Create(markdown, language));
                Assert.Equal(slow.Select(Describe), fast.Select(Describe));
                Assert.True(ClauseMatchRecognizer.KeptStateIsEmpty);
                matched += fast.Count(match => match.Alignment is not null);
                cited += fast.Count(match => match.Citation is not null);
                inPieces += fast.Count(match => match.Quotations.Length == 2);
            },
            iter: 1500);

        // The articles exercise what the shortcuts replace: matches, citations found for them, clauses quoted in pieces.
        Assert.True(matched > 500, $"{matched} matches");
        Assert.True(cited > 200, $"{cited} citations");
        Assert.True(inPieces > 20, $"{inPieces} matches in two pieces");
    }

    [Fact]
    public void A_citation_in_the_block_before_is_taken_only_after_a_colon()
    {
        string clause = string.Join(" ", Clauses.First(c => c.Language == "en" && c.Id.StartsWith("north-atlantic", StringComparison.Ordinal)).Paragraphs[0].Split(' ').Take(14));
        foreach ((string before, string? expected) in new[] { ("Article 5 of the North Atlantic Treaty says:", "Article 5"), ("Article 5 of the North Atlantic Treaty applies.", null) })
        {
            string markdown = before + "\n\n> “" + clause + "”";
            ImmutableArray<ClauseMatch> fast = ClauseMatchRecognizer.Instance.Recognize(TestContexts.Create(markdown, "en"));
            ImmutableArray<ClauseMatch> slow = ClauseMatchRecognizer.Straightforward.Recognize(TestContexts.Create(markdown, "en"));
            Assert.Equal(slow.Select(Describe), fast.Select(Describe));
            Assert.Equal(expected, Assert.Single(fast).Citation?.Text);
        }
    }

    private static string Describe(ClauseMatch match)
    {
        string citation = match.Citation is { } c ? $"{c.Block.Index}:{c.Start}+{c.Length} {c.Instrument?.Id} {c.InstrumentNamed}" : "-";
        string quotations = string.Join(",", match.Quotations.Select(q => q.Index));
        if (match.Alignment is not { } alignment)
        {
            return $"{quotations} [{citation}] no clause, continues {match.ContinuesPrevious}";
        }

        string rows = string.Join(" | ", alignment.Rows.Select(row => $"{row.Kind} {row.CanonText}/{row.QuoteText} ¶{row.Paragraph} {string.Join(",", row.Material)}"));
        return string.Create(CultureInfo.InvariantCulture, $"{quotations} [{citation}] {alignment.Clause.Id} ¶{alignment.FirstParagraph}-{alignment.LastParagraph} {alignment.Similarity:R} {alignment.MatchedTokens}/{alignment.QuoteTokens}, continues {match.ContinuesPrevious}: {rows}");
    }
}
