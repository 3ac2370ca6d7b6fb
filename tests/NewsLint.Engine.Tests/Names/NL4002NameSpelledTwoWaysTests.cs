using System;
using System.Linq;
using NewsLint.Analysis;
using NewsLint.Checks.Names;
using NewsLint.Rules;
using NewsLint.Tests.Infrastructure;
using Xunit;

namespace NewsLint.Tests.Names;

public sealed class NL4002NameSpelledTwoWaysTests
{
    private const string Id = "NL4002";

    public sealed class Triggers
    {
        [Fact]
        public void Kiev_in_an_English_article_that_also_says_Kyiv() => Lint.Verify(
            "Shelling hit Kyiv on Monday. Officials in {|NL4002:Kiev|} said the city was calm by night.",
            Id);

        [Fact]
        public void Moscow_in_an_Indonesian_article_that_also_says_Moskow() => Lint.Verify(
            "Pertemuan itu berlangsung di Moskow, Rusia. Presiden kembali ke {|NL4002:Moscow|} pada hari Selasa dan juga bertemu dengan para menteri.",
            Id);

        [Fact]
        public void The_non_preferred_form_is_reported_even_when_it_comes_first() => Lint.Verify(
            "Shelling hit {|NL4002:Kiev|} on Monday. By Tuesday the shelling of Kyiv had stopped, and the city was calm.",
            Id);

        [Fact]
        public void Every_use_of_the_non_preferred_form_is_reported() => Lint.Verify(
            "{|NL4002:Kiev|} was shelled. Kyiv was calm later. Then {|NL4002:Kiev|} was shelled again and the city was dark.",
            Id);

        [Fact]
        public void Places_named_after_many_others_are_still_told_apart() => Lint.Verify(
            // The first 16 places of an article are found by a scan, later ones by a dictionary.
            "Delegates came from Kharkiv, Chernihiv, Odesa, Lviv, Berdyansk, Sumy, Moscow, Kazakhstan, Kyrgyzstan, "
            + "Belarus, Ukraine, Russia, Finland, Sweden, Tajikistan, Armenia, Uzbekistan and Kyiv. President Zelenskyy "
            + "spoke. Later {|NL4002:Zelensky|} left {|NL4002:Kiev|} for {|NL4002:Moskva|}.",
            Id);

        [Fact]
        public void Two_non_preferred_forms_are_both_reported() => Lint.Verify(
            "{|NL4002:Kiev|} was shelled on Monday, and on Tuesday the mayor of {|NL4002:Kiew|} said the city was calm.",
            Id);

        [Fact]
        public void Possessive_and_position_through_emphasis() => Lint.Verify(
            "The mayor of Kyiv spoke. **{|NL4002:Kiev|}**'s council and the city were calm, and the talks went on.",
            Id);

        [Fact]
        public void Message_names_the_preferred_form_and_suggests_it()
        {
            var result = Lint.Run("Shelling hit Kyiv on Monday. Officials in Kiev said the city was calm by night.");
            var diagnostic = Assert.Single(result.OfId(Id));
            Assert.Equal("'Kiev' and 'Kyiv' name the same city in this article; write 'Kyiv', the preferred form in 'en' (rules/places/europe.yaml)", diagnostic.Message);
            Assert.Equal("Kyiv", diagnostic.Properties[NL4002NameSpelledTwoWays.ReplacementProperty]);
        }

        [Fact]
        public void A_shipped_person_in_Indonesian_copy()
        {
            var result = Lint.Verify(
                "Presiden Volodymyr Zelensky berbicara di Kyiv pada hari Senin, dan {|NL4002:Zelenskyy|} juga bertemu dengan para menteri.",
                Id);
            Assert.Equal("'Zelenskyy' and 'Zelensky' name the same person in this article; write 'Zelensky', the preferred form in 'id' (rules/places/people.yaml)", result.OfId(Id).Single().Message);
        }

        [Fact]
        public void A_name_with_a_full_stop() => Lint.Verify(
            "The forum opened in St. Petersburg on Friday, and by Saturday {|NL4002:Saint Petersburg|} was hosting the talks.",
            Id);

        [Fact]
        public void A_name_with_a_full_stop_and_a_possessive() => Lint.Verify(
            "{|NL4002:St Petersburg|}'s governor spoke on Friday, and St. Petersburg's council met on Saturday.",
            Id);

        [Fact]
        public void Newsroom_names_with_a_number_or_a_comma()
        {
            RuleSet rules = RuleSetLoader.Load(new[]
            {
                new RuleFile(
                    "newsroom/rules/places/usa.yaml",
                    "places:\n  - id: route-66\n    kind: road\n    names: [Route 66, US 66]\n    preferred: { en: Route 66 }\n"
                    + "  - id: washington-dc\n    kind: city\n    names: [\"Washington, D.C.\", Washington DC]\n    preferred: { en: \"Washington, D.C.\" }\n"),
            });
            Lint.Verify(
                "The convoy left {|NL4002:Washington DC|} on Monday along {|NL4002:US 66|}. In Washington, D.C., officials said Route 66 was open again.",
                Id,
                rules);
        }

        [Fact]
        public void A_newsroom_person_with_variants()
        {
            RuleSet rules = RuleSetLoader.Load(new[]
            {
                new RuleFile("newsroom/rules/places/zelenskyy.yaml", "places:\n  - id: zelenskyy\n    kind: person\n    names: [Zelenskyy, Zelensky, Zelenskiy]\n    preferred: { en: Zelenskyy }\n"),
            });
            Lint.Verify("President Zelenskyy spoke on Monday, and {|NL4002:Zelensky|} spoke again on Tuesday to the parliament.", Id, rules);
        }
    }

    public sealed class DoesNotTrigger
    {
        [Theory]
        [InlineData("Shelling hit Kyiv on Monday, and Kyiv was calm on Tuesday after the attack.")]
        [InlineData("Pertemuan itu berlangsung di Moskow, Rusia, dan Moskow menjadi tuan rumah.")]
        [InlineData("Shelling hit KYIV on Monday, and Kyiv was calm on Tuesday after the attack.")]
        [InlineData("The delegation flew from Kiev to Lviv, and the talks in Lviv went on for days.")]
        [InlineData("St. Petersburg hosted the forum, and St. Petersburg's mayor opened it on Friday.")]
        [InlineData("The state said. Petersburg, Virginia, is not St. Petersburg, and St. Petersburg is not Petersburg.")]
        public void One_spelling_per_article(string text) => Lint.Verify(text, Id);

        [Fact]
        public void Lower_case_words_are_not_names() => Lint.Verify(
            "Officials in Russia said the talks were over. The rusia of it all, he joked, was the weather.",
            Id);

        [Fact]
        public void Code_is_not_prose() => Lint.Verify("Shelling hit Kyiv. Run `kiev --help` for Kiev-era options of the tool", Id, options: null);

        [Fact]
        public void Suppressed_by_comment() => Lint.Verify(
            "Shelling hit Kyiv on Monday.\n\n<!-- newslint-disable-next-line NL4002 -->\nOfficials in Kiev said the city was calm.\n",
            Id);
    }

    [Fact]
    public void The_shared_article_spells_Moskow_one_way() =>
        Assert.Empty(Lint.Run(Lint.Fixture("csto-summit-moscow-2022.md"), path: "csto.md").OfId(Id));

    [Fact]
    public void Silent_without_places() =>
        Assert.Empty(Lint.Run("Kyiv and Kiev.", RuleSetLoader.Load(Array.Empty<RuleFile>(), includeDefaults: false)).OfId(Id));

    [Fact]
    public void Without_a_preferred_form_the_first_spelling_sets_the_article()
    {
        RuleSet rules = RuleSetLoader.Load(new[]
        {
            new RuleFile("newsroom/rules/places/gotham.yaml", "places:\n  - id: gotham\n    names: [Gotham, Gotham City]\n"),
        });
        LintResult result = Lint.Verify("Gotham was quiet on Monday, but by Tuesday {|NL4002:Gotham City|} was not quiet at all.", Id, rules);
        Assert.Contains("the spelling it uses first", result.OfId(Id).Single().Message, StringComparison.Ordinal);
    }
}
