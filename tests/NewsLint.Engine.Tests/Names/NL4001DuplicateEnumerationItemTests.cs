using System.Linq;
using NewsLint.Tests.Infrastructure;
using Xunit;

namespace NewsLint.Tests.Names;

public sealed class NL4001DuplicateEnumerationItemTests
{
    private const string Id = "NL4001";

    public sealed class Triggers
    {
        [Fact]
        public void Indonesian_city_listed_twice() => Lint.Verify(
            "Pasukan Rusia menyerang kota besar, meliputi ibu kota Kyiv, Berdyansk, Kharkiv, Sumy, {|NL4001:Berdyansk|}, dan Chernihiv.",
            Id);

        [Fact]
        public void English_with_serial_comma() => Lint.Verify(
            "Delegates came from Armenia, Belarus, Kazakhstan, and {|NL4001:Belarus|}.",
            Id);

        [Fact]
        public void Variant_spelling_counts_as_the_same_place() => Lint.Verify(
            "Shelling was reported in Kyiv, Kharkiv, Sumy and {|NL4001:Kiev|}.",
            Id);

        [Fact]
        public void Case_and_diacritics_are_ignored() => Lint.Verify(
            "The tour visits Zürich, Basel, Bern and {|NL4001:ZURICH|}.",
            Id);

        [Fact]
        public void Position_is_exact_through_emphasis_and_entities() => Lint.Verify(
            "Kota **Kyiv**, Berd&#121;ansk, Sumy, *{|NL4001:Kyiv|}*, dan Chernihiv.",
            Id);

        [Fact]
        public void Bullet_list_items_repeat()
        {
            const string markup = "Cities hit:\n\n- Kyiv\n- Kharkiv\n- {|NL4001:Kyiv|}\n";
            Lint.Verify(markup, Id);
        }

        [Fact]
        public void Long_bullet_list_repeats_an_item_with_a_variant_spelling()
        {
            // Past 16 items the list is compared by key at once, not by key hash first.
            string items = string.Concat(Enumerable.Range(1, 20).Select(i => "- Item " + i + "\n"));
            Lint.Verify("Cities hit:\n\n- Kyiv\n" + items + "- {|NL4001:Kiev|}.\n", Id);
        }

        [Fact]
        public void Shared_article_line_19_column_208()
        {
            var result = Lint.Run(Lint.Fixture("csto-summit-moscow-2022.md"), path: "csto.md");
            var diagnostic = Assert.Single(result.OfId(Id));
            Assert.Equal(19, diagnostic.LineSpan.Start.Line);
            Assert.Equal(208, diagnostic.LineSpan.Start.Column);
            Assert.Equal(217, diagnostic.LineSpan.End.Column);
            Assert.Contains("'Berdyansk' is listed twice", diagnostic.Message, System.StringComparison.Ordinal);
        }
    }

    public sealed class DoesNotTrigger
    {
        [Theory]
        [InlineData("Sejumlah kepala negara telah hadir, seperti Armenia, Belarus, Tajikistan, Kazakhstan, dan Kirgistan.")]
        [InlineData("The scores were 2, 3, and 2 in the three rounds.")]
        [InlineData("He lived in Paris, Texas, and Paris, France, before moving to Lyon.")]
        [InlineData("The talks ran from 16 to 17 May, and again from 16 to 17 June.")]
        [InlineData("Putin said Russia was ready, and Russia would act, officials said.")]
        [InlineData("Kyiv, Kharkiv and Sumy were shelled; later Kyiv, Lviv and Odesa were too.")]
        public void Ordinary_prose(string text) => Lint.Verify(text, Id);

        [Fact]
        public void Code_is_not_prose() => Lint.Verify("Run `a, b, and a` in the shell, then Kyiv, Lviv and Odesa.", Id);

        [Fact]
        public void Different_lists_may_share_items() => Lint.Verify("- Kyiv\n- Lviv\n\nText.\n\n- Kyiv\n- Odesa\n", Id);

        [Fact]
        public void Suppressed_by_comment() => Lint.Verify(
            "<!-- newslint-disable-next-line NL4001 -->\nKyiv, Berdyansk, Sumy, Berdyansk, dan Chernihiv.",
            Id);
    }

    [Fact]
    public void Message_names_first_occurrence()
    {
        var result = Lint.Run("Kyiv, Berdyansk, Sumy, Berdyansk, dan Chernihiv.");
        var message = result.OfId(Id).Single().Message;
        Assert.Equal("'Berdyansk' is listed twice in this enumeration (first as 'Berdyansk' at 1:7); remove one or replace it with the item that was meant", message);
    }
}
