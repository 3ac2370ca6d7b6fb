using System.Linq;
using NewsLint.Diagnostics;
using NewsLint.Rules;
using NewsLint.Tests.Infrastructure;
using Xunit;

namespace NewsLint.Tests.Canon;

public sealed class NL3001QuotationDepartsFromCanonTests
{
    private const string Id = "NL3001";

    private static Severity SeverityOf(string markup)
    {
        var result = Lint.Verify(markup, Id);
        return result.OfId(Id).Single().Severity;
    }

    private static string MessageOf(string markup) => Lint.Verify(markup, Id).OfId(Id).Single().Message;

    public sealed class Triggers
    {
        [Fact]
        public void English_omission_from_an_authentic_text_is_a_warning()
        {
            string message = MessageOf("""
                Article 5 of the North Atlantic Treaty commits each ally to "{|NL3001:assist the Party or Parties so attacked by taking forthwith, in concert with the other Parties, such action as it deems necessary|}".
                """);
            Assert.Equal(
                "This quotation departs from North Atlantic Treaty, Article 5 ¶1 (1949 wording, en authentic text, rules/canon/north-atlantic-treaty-art5.en.md): 95% similar; 1 difference: omitted 'individually and' (scope)",
                message);
        }

        [Fact]
        public void English_insertion()
        {
            string message = MessageOf("""
                The treaty says "{|NL3001:an armed attack against one or more of them in Europe or North America shall automatically be considered an attack against them all|}".
                """);
            Assert.Contains("1 difference: inserted 'automatically'", message);
        }

        [Fact]
        public void English_substitution_of_a_modal_is_material()
        {
            string message = MessageOf("""
                Each ally "{|NL3001:may assist the Party or Parties so attacked by taking forthwith, individually and in concert with the other Parties, such action as it deems necessary|}", the treaty says.
                """);
            Assert.Contains("'will' → 'may' (modal)", message);
        }

        [Fact]
        public void English_dropped_negation_is_material()
        {
            string message = MessageOf("""
                The Charter says such measures "{|NL3001:shall in any way affect the authority and responsibility of the Security Council under the present Charter|}".
                """);
            Assert.Contains("omitted 'not' (negation)", message);
        }

        [Fact]
        public void English_dropped_time_word_is_material()
        {
            string message = MessageOf("""
                "{|NL3001:Any such armed attack and all measures taken as a result thereof shall be reported to the Security Council,|}" the treaty reads.
                """);
            Assert.Contains("omitted 'immediately' (time)", message);
        }

        [Fact]
        public void English_changed_number_is_material()
        {
            string message = MessageOf("""
                "{|NL3001:in exercise of the right of individual or collective self-defence recognised by Article 52 of the Charter of the United Nations,|}" the treaty reads.
                """);
            Assert.Contains("'51' → '52' (number)", message);
        }

        [Fact]
        public void Words_of_the_reporter_before_a_quoted_stretch_are_an_insertion_not_a_changed_clause()
        {
            // The clause part is the stretch most similar to the quotation: "Nothing in the present Charter shall impair"
            // is outside it, so no modal (shall) or negation (Nothing) is said to be changed.
            string message = MessageOf("""
                "{|NL3001:The decision had been taken unanimously and the inherent right of individual or collective self-defence if an armed attack occurs,|}" states Article 51 of the Charter of the United Nations.
                """);
            Assert.Contains("1 difference: inserted 'decision had been taken unanimously and the'", message);
            Assert.DoesNotContain("modal", message);
            Assert.DoesNotContain("negation", message);
        }

        [Fact]
        public void English_dropped_party_is_material()
        {
            string message = MessageOf("""
                "{|NL3001:will assist the Party so attacked by taking forthwith, individually and in concert with the other Parties, such action as it deems necessary,|}" the treaty reads.
                """);
            Assert.Contains("omitted 'or Parties' (party)", message);
        }

        [Fact]
        public void English_changed_condition_is_material()
        {
            string message = MessageOf("""
                "{|NL3001:Nothing in the present Charter shall impair the inherent right of individual or collective self-defence unless an armed attack occurs against a Member of the United Nations,|}" the Charter says.
                """);
            Assert.Contains("'if' → 'unless' (condition)", message);
        }

        [Fact]
        public void Material_changes_are_listed_first()
        {
            string message = MessageOf("""
                "{|NL3001:Any such armed attack and all measures taken as a result of it shall be reported to the Security Council,|}" the treaty reads.
                """);
            Assert.Contains("2 differences: omitted 'immediately' (time); 'thereof' → 'of it'", message);
        }

        [Fact]
        public void English_immaterial_change_against_a_reference_translation_is_info()
        {
            // The CSTO's own English says "all the others Member States"; a quotation that mends the grammar is info.
            var result = Lint.Verify("""
                “{|NL3001:In case an act of aggression is committed against any of the Member States all the other Member States will provide it with necessary assistance, including military one,|}” the treaty says.
                """, Id);
            Assert.Equal(Severity.Info, result.OfId(Id).Single().Severity);
            Assert.Contains("Collective Security Treaty, Article 4 ¶2 (1992 wording, en reference translation", result.OfId(Id).Single().Message);
            Assert.EndsWith("1 difference: 'others' → 'other'", result.OfId(Id).Single().Message);
        }

        [Fact]
        public void Indonesian_modal_change_against_a_reference_translation_is_a_warning()
        {
            Severity severity = SeverityOf("""
                ‘’{|NL3001:Jika salah satu negara peserta menjadi sasaran agresi oleh negara atau kelompok negara mana pun, maka hal ini dapat dianggap sebagai agresi terhadap seluruh negara peserta Perjanjian ini|}’’, bunyi Pasal 4 Perjanjian Keamanan Kolektif.
                """);
            Assert.Equal(Severity.Warning, severity);
        }

        [Fact]
        public void Indonesian_immaterial_change_against_a_reference_translation_is_info()
        {
            Severity severity = SeverityOf("""
                ‘’{|NL3001:Jika salah satu negara peserta menjadi sasaran agresi oleh negara atau kelompok negara mana pun, maka hal ini bakal dianggap sebagai agresi terhadap seluruh negara peserta Perjanjian ini|}’’, bunyi Pasal 4 Perjanjian Keamanan Kolektif.
                """);
            Assert.Equal(Severity.Info, severity);
        }

        [Fact]
        public void Indonesian_dropped_time_word_names_it()
        {
            string message = MessageOf("""
                ‘’{|NL3001:Setiap serangan bersenjata semacam itu dan semua langkah yang diambil sebagai akibatnya wajib dilaporkan kepada Dewan Keamanan|}’’, demikian bunyi Pasal 5 Traktat Atlantik Utara.
                """);
            Assert.Contains("omitted 'segera' (time)", message);
        }

        [Fact]
        public void Russian_authentic_text_reports_every_difference()
        {
            var result = Lint.Verify("""
                ---
                lang: ru
                ---
                В статье 4 сказано: «{|NL3001:все остальные государства-участники предоставят ему помощь, включая военную|}».
                """, Id);
            Assert.Equal(Severity.Warning, result.OfId(Id).Single().Severity);
            Assert.Contains("omitted 'необходимую'", result.OfId(Id).Single().Message);
        }

        [Fact]
        public void A_newsroom_language_file_adds_a_category_of_material_change()
        {
            const string Quote = "The charter says “{|NL3001:every correction shall be published within ten days on the page where the error appeared.|}”";
            Assert.EndsWith("1 difference: 'seven' → 'ten'", Lint.Verify(Quote, Id, CanonRules.TwoVersions).OfId(Id).Single().Message, System.StringComparison.Ordinal);
            RuleSet withNumbers = RuleSetLoader.Load(new[]
            {
                new RuleFile("newsroom/rules/languages/en-numbers.yaml", "language: en\ncanon:\n  material:\n    number-words: [[two], [seven], [ten]]\n"),
                new RuleFile("newsroom/rules/canon/charter.en.md", CanonRules.TwoVersionsFiles[0].Text),
            });
            Assert.Contains("1 difference: 'seven' → 'ten' (number-words)", Lint.Verify(Quote, Id, withNumbers).OfId(Id).Single().Message);
        }

        [Fact]
        public void Shared_article_lines_35_and_37_are_info_against_the_house_translation()
        {
            var found = Lint.Run(Lint.Fixture("csto-summit-moscow-2022.md"), path: "csto.md").OfId(Id).ToList();
            Assert.Equal(new[] { 35, 37 }, found.Select(d => d.LineSpan.Start.Line));
            Assert.All(found, d => Assert.Equal(Severity.Info, d.Severity));
            Assert.StartsWith("This quotation departs from Collective Security Treaty, Article 4 ¶1 (1992 wording, id reference translation, rules/canon/collective-security-treaty-art4-1992.id.md)", found[0].Message);
            Assert.StartsWith("This quotation departs from Collective Security Treaty, Article 4 ¶2 (1992 wording, id reference translation, ", found[1].Message);
        }
    }

    public sealed class DoesNotTrigger
    {
        [Theory]
        [InlineData("""Article 5 of the North Atlantic Treaty reads: "The Parties agree that an armed attack against one or more of them in Europe or North America shall be considered an attack against them all." """)]
        [InlineData("""“Nothing in the present Charter shall impair the inherent right of individual or collective self-defence,” the Charter says.""")]
        [InlineData("""‘’Jika salah satu negara peserta menjadi sasaran agresi oleh negara atau kelompok negara mana pun, maka hal ini akan dianggap sebagai agresi terhadap seluruh negara peserta Perjanjian ini,’’ bunyi pasal 4.""")]
        [InlineData("""“In case an act of aggression is committed against any of the Member States all the others Member States will provide it with necessary assistance,” the treaty says.""")]
        [InlineData("""“Langkah-langkah tersebut wajib diakhiri apabila Dewan Keamanan telah mengambil langkah-langkah yang diperlukan,” bunyi Pasal 5 Traktat Atlantik Utara.""")]
        public void Exact_or_partial_quotation(string markdown) => Lint.Verify(markdown, Id);

        // Word-for-word parts of a clause whose first words also stand earlier in it ("the", "or"): a diff of
        // the whole clause matched those earlier words, and the rows reported the words between as omitted.
        [Theory]
        [InlineData("""> “the inherent right of individual or collective self-defence if an armed,” states Article 51 of the Charter of the United Nations.""")]
        [InlineData("""> “the inherent right of individual or collective self-defence,” states Article 51 of the Charter of the United Nations.""")]
        [InlineData("""> “negara atau kelompok negara mana pun, maka hal,” bunyi pasal 4 Perjanjian Keamanan Kolektif.""")]
        [InlineData("""> “or North America shall be considered an attack against them all,” states Article 5 of the North Atlantic Treaty.""")]
        public void Word_for_word_part_whose_first_words_recur_earlier_in_the_clause(string markdown) => Lint.Verify(markdown, Id);

        [Fact]
        public void Typographic_variants_case_and_spacing()
        {
            Lint.Verify("""
                “ANY SUCH ARMED ATTACK and  all measures taken as a result thereof shall immediately be reported to the Security Council,” the treaty reads.
                """, Id);
        }

        [Fact]
        public void A_quotation_that_resembles_no_clause()
        {
            Lint.Verify("""
                "We will defend every inch of allied territory together with our partners in Europe," the secretary general said.
                """, Id);
        }

        [Fact]
        public void Short_quotation()
        {
            Lint.Verify("""The allies called it "an attack against them all" on Tuesday.""", Id);
        }
    }
}
