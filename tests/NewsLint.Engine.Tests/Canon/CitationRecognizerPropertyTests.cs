using System.Collections.Immutable;
using System.Linq;
using CsCheck;
using NewsLint.Analysis;
using NewsLint.Recognizers.Canon;
using NewsLint.Tests.Infrastructure;
using Xunit;

namespace NewsLint.Tests.Canon;

/// <summary>
/// The citation recognizer folds only words that may be a keyword or the first word of a name, and a name's other words
/// once its first is found; on generated articles it finds what it finds when it folds every word.
/// </summary>
public sealed class CitationRecognizerPropertyTests
{
    private static readonly string[] Pool =
    {
        "Article", "ARTICLE", "article", "Art", "Articles", "Pasal", "pasal", "Psl", "paragraph", "para", "ayat", "alinea",
        "5", "51", "4", "2", "x", "North", "NORTH", "Nörth", "Atlantic", "Treaty", "treaty", "Treaties", "NATO", "NATO's",
        "NATO’s", "founding", "Washington", "Charter", "of", "the", "United", "Nations", "U.N.", "UN", "Piagam", "PBB",
        "Perserikatan", "Bangsa-Bangsa", "Perjanjian", "perjanjian", "Traktat", "Atlantik", "Utara", "pakta", "CSTO", "CST",
        "Collective", "Security", "Tashkent", "Keamanan", "Kolektif", "dari", "dan", "perang", "pertama", "said", "Party",
        ",", ".", ":", "“", "”", "(", "\u0663", "\uFF15", "Статья", "Договор", "о", "коллективной", "безопасности",
        "Article 5 of the", "pasal 4 ayat 2", "North Atlantic Treaty", "NATO's founding treaty", "North Atlantic Charter",
        "Charter of the United Nations", "U.N. Charter", "Piagam PBB", "Piagam Perserikatan Bangsa-Bangsa",
        "Perjanjian Atlantik Utara", "traktat NATO", "Collective Security Treaty", "CSTO treaty", "“Article 5”",
        "North ATLANTİC Treaty", "Washington TREATY", "NATO’s founding treaty", "Piagam Perserikatan Bangsa‑Bangsa", "North Atlantíc",
    };

    private static readonly Gen<string> Articles = Gen.OneOfConst(Pool).Array[0, 14]
        .Select(words => string.Join(" ", words))
        .Array[1, 5]
        .Select(paragraphs => string.Join("\n\n", paragraphs.Where(p => p.Length > 0).DefaultIfEmpty("x")));

    [Theory]
    [InlineData("en")]
    [InlineData("id")]
    public void Filtered_folding_finds_what_folding_every_word_finds(string language)
    {
        ShortcutEquivalence.AssertSameFindings(Articles, language, CitationRecognizer.Instance, CitationRecognizer.FoldingEveryWord, found => found.Select(Describe), iter: 2000);
    }

    [Fact]
    public void A_citation_names_its_instrument_or_takes_the_one_named_last()
    {
        ImmutableArray<Citation> citations = CitationRecognizer.Instance.Recognize(TestContexts.Create(
            "Article 5 of the North Atlantic Treaty binds NATO's founding treaty members. Article 51 too.", "en"));
        Assert.Equal(new[] { "Article 5 [north-atlantic-treaty]", "Article 51 [north-atlantic-treaty, earlier]" }, citations.Select(c => c.ToString()));
    }

    /// <summary>
    /// Blocks with no article word before a number are passed over and read only when a later citation names no
    /// instrument: the one named last, in the latest block that names one, is still found.
    /// </summary>
    [Theory]
    [InlineData("The North Atlantic Treaty binds.\n\nNothing here.\n\nThe UN Charter too, said 5 people.\n\nArticle 51 applies.", "Article 51 [un-charter, earlier]")]
    [InlineData("The UN Charter. North Atlantic Treaty here.\n\nArticle 5 of the UN Charter, and then article 6.\n\nArticle 7.", "Article 5 [un-charter]|article 6 [un-charter, earlier]|Article 7 [un-charter, earlier]")]
    [InlineData("The UN Charter.\n\nArticle 5, said the North Atlantic Treaty's members.\n\nNATO's founding treaty.\n\nQuiet.\n\nArticle 7.", "Article 5 [un-charter, earlier]|Article 7 [north-atlantic-treaty, earlier]")]
    [InlineData("Article 5.\n\nThe North Atlantic Treaty.", "Article 5")]
    public void A_citation_that_names_nothing_takes_the_name_of_a_block_passed_over(string markdown, string expected)
    {
        ImmutableArray<Citation> fast = CitationRecognizer.Instance.Recognize(TestContexts.Create(markdown, "en"));
        ImmutableArray<Citation> slow = CitationRecognizer.FoldingEveryWord.Recognize(TestContexts.Create(markdown, "en"));
        Assert.Equal(slow.Select(Describe), fast.Select(Describe));
        Assert.Equal(expected, string.Join("|", fast.Select(c => c.ToString())));
    }

    private static string Describe(Citation c) =>
        $"{c.Block.Index}:{c.Start}+{c.Length} {c.Article} {c.Paragraph} {c.Instrument?.Id} {c.InstrumentNamed} {c.InQuotation}";
}
