using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CsCheck;
using NewsLint.Analysis;
using NewsLint.Markdown;
using NewsLint.Recognizers.Enumerations;
using NewsLint.Rules.Places;
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

    private static readonly string[] ListPool =
    {
        "- Kyiv", "- Kiev.", "* Sumy;", "+ Lviv", "1. Odesa", "2) Kharkiv", "  - Kyiv", "    - Moscow", "  * Kiev,", "   1. Sumy",
        "- ", "-", "- - Kyiv", "  continued line", "", "", "Paragraph between lists.", "> - quoted Kyiv", "> - quoted Kiev",
        "  Second paragraph of the item.", "- Ústí", "- Kyiv\r", "# Heading", "| a | b |", "- the Ukraine", "- Kyïv",
    };

    private static readonly Gen<string> ListArticles = Gen.OneOfConst(ListPool).Array[0, 30].Select(lines => string.Join("\n", lines));

    [Theory]
    [InlineData("en")]
    [InlineData("id")]
    public void Markdown_lists_found_by_list_index_are_those_grouped_by_a_dictionary(string language) =>
        ListArticles.Sample(
            markdown =>
            {
                ArticleContext context = TestContexts.Create(markdown, language);
                string[] expected = ListsGroupedByDictionary(context.Document.Blocks, context.Rules.Get<PlaceCatalog>());
                string[] found = EnumerationRecognizer.Instance.Recognize(context)
                    .Where(e => e.IsMarkdownList)
                    .Select(e => string.Join(" | ", e.ListBlocks.Select(b => b.Index)) + ": " + string.Join(" | ", e.Items.Select(i => i.Text + " " + i.Key)))
                    .ToArray();
                Assert.Equal(expected, found);
            },
            iter: 2000);

    /// <summary>The lists as the recognizer grouped them before, by dictionaries of list ids (the reference).</summary>
    private static string[] ListsGroupedByDictionary(ImmutableArray<ProseBlock> blocks, PlaceCatalog places)
    {
        var lists = new Dictionary<int, List<ProseBlock>>();
        var order = new List<int>();
        var lastItem = new Dictionary<int, int>();
        foreach (ProseBlock block in blocks.Where(b => b.IsListItem && b.Kind == ProseKind.Paragraph))
        {
            if (lastItem.TryGetValue(block.ListId, out int seen) && seen == block.ListItemIndex)
            {
                continue;
            }

            lastItem[block.ListId] = block.ListItemIndex;
            if (!lists.TryGetValue(block.ListId, out List<ProseBlock>? list))
            {
                lists[block.ListId] = list = new List<ProseBlock>();
                order.Add(block.ListId);
            }

            list.Add(block);
        }

        return order.Select(id => lists[id]).Where(list => list.Count >= 2)
            .Select(list => string.Join(" | ", list.Select(b => b.Index)) + ": " + string.Join(" | ", list.Select(b => b.Text.TrimEnd('.', ',', ';', ' ') + " " + places.IdentityKey(b.Text.TrimEnd('.', ',', ';', ' ')))))
            .ToArray();
    }

    private static string Describe(Enumeration e) =>
        $"{e.Block.Index} {e.IsMarkdownList}: " + string.Join(" | ", e.Items.Select(i => $"{i.Start}+{i.Length} {i.Text} {i.Key}"));
}
