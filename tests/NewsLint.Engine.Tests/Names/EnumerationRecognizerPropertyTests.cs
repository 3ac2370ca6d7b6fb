using System.Collections.Immutable;
using System.Linq;
using CsCheck;
using NewsLint.Recognizers.Enumerations;
using NewsLint.Tests.Infrastructure;
using Xunit;

namespace NewsLint.Tests.Names;

/// <summary>
/// The enumeration recognizer looks a word up as a conjunction only near a comma that may close the item before it; on
/// generated articles it finds what it finds when it looks up every word.
/// </summary>
public sealed class EnumerationRecognizerPropertyTests
{
    private static readonly string[] Pool =
    {
        "Kyiv", "Kiev", "Kharkiv", "Sumy", "Berdyansk", "Moskow", "Moscow", "the Ukraine", "Ukraine", "and", "And", "AND",
        "or", "nor", "dan", "atau", "serta", "maupun", "as well as", "the", "city", "of", "meliputi", "ibu", "kota",
        "2", "3", "2022", "1,000", "2,5", "said", "officials", ",", ",", ",", ", ", ".", ";", "-", "New York", "Paris, Texas,",
        "U.S.", "Dr.", "3.5", "(", ")", "\"", "Lviv.", "? And",
    };

    private static readonly Gen<string> Articles = Gen.OneOfConst(Pool).Array[0, 24]
        .Select(words => string.Join(" ", words).Replace(" ,", ","))
        .Array[1, 4]
        .Select(paragraphs => string.Join("\n\n", paragraphs.Where(p => p.Trim().Length > 0).DefaultIfEmpty("x")));

    [Theory]
    [InlineData("en")]
    [InlineData("id")]
    public void Looking_up_words_near_commas_finds_what_looking_up_every_word_finds(string language)
    {
        ShortcutEquivalence.AssertSameFindings(Articles, language, EnumerationRecognizer.Instance, EnumerationRecognizer.LookingUpEveryWord, found => found.Select(Describe), iter: 2000);
    }

    [Fact]
    public void Finds_the_items_with_and_without_a_comma_before_the_conjunction()
    {
        ImmutableArray<Enumeration> found = EnumerationRecognizer.Instance.Recognize(TestContexts.Create(
            "Kyiv, Kharkiv, Sumy and Kiev were shelled. Odesa, Lviv, Sumy, and Berdyansk were not.", "en"));
        Assert.Equal(new[] { "Kyiv | Kharkiv | Sumy | Kiev", "Odesa | Lviv | Sumy | Berdyansk" }, found.Select(e => string.Join(" | ", e.Items)));
    }

    private static string Describe(Enumeration e) =>
        $"{e.Block.Index} {e.IsMarkdownList}: " + string.Join(" | ", e.Items.Select(i => $"{i.Start}+{i.Length} {i.Text} {i.Key}"));
}
