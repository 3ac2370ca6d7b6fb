using System.Linq;
using NewsLint.Tests.Infrastructure;
using Xunit;

namespace NewsLint.Tests.Language;

public sealed class SentenceSplitterTests
{
    private static string[] Sentences(string markdown, string? language = null) =>
        TestContexts.Create(markdown, language).Sentences.Select(s => s.Text).ToArray();

    [Fact]
    public void Splits_at_stops_before_capitals() =>
        Assert.Equal(new[] { "The talks ended.", "Putin left." }, Sentences("The talks ended. Putin left."));

    [Fact]
    public void Abbreviations_and_initials_do_not_end_sentences() =>
        Assert.Equal(new[] { "Dr. Smith met J. Doe in the U.S. on Monday.", "They talked." }, Sentences("Dr. Smith met J. Doe in the U.S. on Monday. They talked."));

    [Fact]
    public void Indonesian_numbers_and_abbreviations_stay_inside() =>
        Assert.Equal(new[] { "Korban mencapai 3.380 jiwa, kata Prof. Budi.", "Ia pulang." }, Sentences("Korban mencapai 3.380 jiwa, kata Prof. Budi. Ia pulang.", "id"));

    [Fact]
    public void Closing_quotes_stay_with_their_sentence() =>
        Assert.Equal(new[] { "He said: “We will win.”", "Then he left." }, Sentences("He said: “We will win.” Then he left."));

    [Fact]
    public void Lower_case_after_a_stop_continues_the_sentence() =>
        Assert.Single(Sentences("It cost 5 mln. rupiah in total."));

    [Theory]
    [InlineData(null)]
    [InlineData("en")]
    [InlineData("id")]
    public void Splitting_by_tokens_equals_splitting_by_characters(string? language)
    {
        // Stops inside numbers, runs of stops, closers, abbreviations, initials and every kind of sentence start; words that
        // join non-ASCII letters, marks or apostrophes to ASCII ones before a stop.
        string[] pieces =
        {
            "The", "talks", "ended", "Dr", "Prof", "J", "U.S", "mln", "Budi", "3.380", "1,000", "2022", "5", "é", "Ó",
            "Mr", "mr", "a", "\u0301", "'", "\u0416",
            ".", ".", ".", "!", "?", "\u2026", ")", "]", "(", "\u201C", "\u201D", "\u2019", "\"", "-", ",", ":",
            " ", " ", " ", " ", "  ", "\u00A0", "\t",
        };
        var random = new System.Random(1009);
        var splitter = NewsLint.Language.SentenceSplitter.For(TestContexts.Create("x", language).Language);
        for (int round = 0; round < 3000; round++)
        {
            var builder = new System.Text.StringBuilder();
            int count = random.Next(1, 40);
            for (int i = 0; i < count; i++)
            {
                builder.Append(pieces[random.Next(pieces.Length)]);
            }

            string markdown = builder.ToString();
            foreach (NewsLint.Markdown.ProseBlock block in TestContexts.Create(markdown, language).Document.Blocks)
            {
                var byCharacters = new System.Collections.Generic.List<NewsLint.Language.Sentence>();
                var byTokens = new System.Collections.Generic.List<NewsLint.Language.Sentence>();
                splitter.Split(block, byCharacters);
                splitter.Split(block, NewsLint.Language.Tokenizer.Tokenize(block.Text).AsSpan(), byTokens);
                Assert.Equal(byCharacters.Select(s => (s.Start, s.Length)), byTokens.Select(s => (s.Start, s.Length)));
            }
        }
    }
}
