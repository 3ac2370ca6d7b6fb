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
}
