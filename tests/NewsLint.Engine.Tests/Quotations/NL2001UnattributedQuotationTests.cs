using NewsLint.Analysis;
using NewsLint.Recognizers.Quotations;
using NewsLint.Tests.Infrastructure;
using Xunit;

namespace NewsLint.Tests.Quotations;

public sealed class NL2001UnattributedQuotationTests
{
    private const string Id = "NL2001";

    public sealed class Triggers
    {
        [Fact]
        public void Shared_article_line_37_only()
        {
            var result = Lint.Run(Lint.Fixture("csto-summit-moscow-2022.md"), path: "csto.md");
            var diagnostic = Assert.Single(result.OfId(Id));
            Assert.Equal(37, diagnostic.LineSpan.Start.Line);
            Assert.Equal(1, diagnostic.LineSpan.Start.Column);
            Assert.Contains("Dalam hal tindakan agresi", diagnostic.Message, System.StringComparison.Ordinal);
        }

        [Theory]
        [InlineData("en", "The council met on Monday to discuss the budget.\n\n{|NL2001:“We will not accept any cuts to the hospital budget this year.”|}")]
        [InlineData("id", "Dewan kota bertemu pada Senin untuk membahas anggaran.\n\n{|NL2001:“Kami tidak akan menerima pemotongan anggaran rumah sakit tahun ini.”|}")]
        [InlineData("en", "{|NL2001:\"We will not accept any cuts to the hospital budget this year.\"|} The council then adjourned.")]
        public void Quotation_with_nobody_named(string language, string markup) => QuoteLint.Verify(language, markup, Id, 1);

        [Theory]
        [InlineData("en", "“The alliance will defend every member against any aggression,” the treaty says.\n\n{|NL2001:“All other members will give the help that is needed, including military help.”|}")]
        [InlineData("id", "‘’Jika ada salah satu negara anggota yang menjadi sasaran agresi,’’ tulis pasal 4 perjanjian itu.\n\n{|NL2001:‘’Seluruh negara peserta lainnya bakal memberikan bantuan yang dibutuhkan.’’|}")]
        public void Attribution_of_the_paragraph_before_does_not_carry_over(string language, string markup) => QuoteLint.Verify(language, markup, Id, 2);

        [Theory]
        [InlineData("en", "{|NL2001:“We will not accept any cuts to the hospital budget this year.”|}\n\n“The budget is final,” the mayor said.")]
        [InlineData("id", "{|NL2001:“Kami tidak akan menerima pemotongan anggaran tahun ini.”|}\n\n“Anggaran sudah final,” kata wali kota.")]
        public void Attribution_of_the_next_paragraph_quotation_does_not_carry_back(string language, string markup) => QuoteLint.Verify(language, markup, Id, 2);

        [Fact]
        public void Multi_paragraph_quotation_is_reported_once()
        {
            const string markup = "Text before.\n\n{|NL2001:“We will not accept any cuts to the budget.\n\n“Nor will we accept any new taxes this year.”|}\n";
            var result = QuoteLint.Verify("en", markup, Id, 1);
            Assert.Equal(2, QuoteLint.Quotations(result)[0].Parts.Length);
        }

        [Fact]
        public void Block_quote_with_nobody_named() => QuoteLint.Verify(
            "en",
            "The council met on Monday.\n\n> {|NL2001:We will not accept any cuts to the hospital budget this year.|}\n\nThe council then adjourned.",
            Id,
            1);

        [Fact]
        public void Threshold_is_configurable()
        {
            var options = new LintOptions { MinimumQuotationWords = 2 };
            var result = Lint.Run("---\nlanguage: en\n---\nThe plan failed in the end. It was “a fiasco”.", options: options);
            Assert.Single(result.OfId(Id));
        }
    }

    public sealed class DoesNotTrigger
    {
        [Theory]
        [InlineData("en", "“We will not accept any cuts to the budget,” the mayor said.")]
        [InlineData("en", "“We will not accept any cuts to the budget,” said Mayor Jane Smith.")]
        [InlineData("en", "The mayor said: “We will not accept any cuts to the budget.”")]
        [InlineData("en", "According to the mayor, “we will not accept any cuts to the budget.”")]
        [InlineData("en", "She told reporters “we will not accept any cuts to the budget” on Monday.")]
        [InlineData("en", "\"We will not accept any cuts to the budget,\" he added.")]
        [InlineData("en", "The ministry's statement read: \"We will not accept any cuts to the budget.\"")]
        [InlineData("id", "“Kami tidak akan menerima pemotongan anggaran,” kata Wali Kota Budi Santoso.")]
        [InlineData("id", "“Kami tidak akan menerima pemotongan anggaran,” ujarnya.")]
        [InlineData("id", "Menurut Budi, “kami tidak akan menerima pemotongan anggaran sedikit pun.”")]
        [InlineData("id", "“Kami tidak akan menerima pemotongan anggaran,” tulis pasal 4 perjanjian tersebut.")]
        [InlineData("id", "‘’Kami tidak akan menerima pemotongan anggaran,’’ mengutip laporan dari Sputnik.")]
        [InlineData("id", "“Kami tidak akan menerima pemotongan anggaran,” dikutip dari Antara.")]
        [InlineData("id", "Budi mengatakan, “kami tidak akan menerima pemotongan anggaran.”")]
        public void Attributed_in_the_same_sentence(string language, string text) => QuoteLint.Verify(language, text, Id, 1);

        [Theory]
        [InlineData("en", "The mayor explained the plan to reporters. “We will not accept any cuts to the budget.”")]
        [InlineData("en", "The mayor explained the plan to reporters.\n\n“We will not accept any cuts to the budget.”")]
        [InlineData("id", "Wali kota menjelaskan rencana itu kepada wartawan. “Kami tidak akan menerima pemotongan anggaran.”")]
        public void Attributed_in_the_sentence_before(string language, string text) => QuoteLint.Verify(language, text, Id, 1);

        [Theory]
        [InlineData("en", "“We will not accept any cuts to the budget.” That is what the mayor told reporters on Monday.")]
        [InlineData("id", "“Kami tidak akan menerima pemotongan anggaran.” Hal itu disampaikan Wali Kota Budi di Balai Kota.")]
        public void Attributed_in_the_following_sentence(string language, string text) => QuoteLint.Verify(language, text, Id, 1);

        [Theory]
        [InlineData("en", "The mayor had one message for the council:\n\n“We will not accept any cuts to the budget this year.”")]
        [InlineData("id", "Dalam pernyataannya, Budi menegaskan:\n\n“Kami tidak akan menerima pemotongan anggaran tahun ini.”")]
        [InlineData("en", "Article 4 of the treaty in full:\n\n> All other members will give the help that is needed, including military help.")]
        public void Introduced_by_a_sentence_ending_with_a_colon(string language, string text) => QuoteLint.Verify(language, text, Id, 1);

        [Fact]
        public void Block_quote_with_a_signature() => QuoteLint.Verify(
            "en",
            "The council met.\n\n> We will not accept any cuts to the hospital budget this year.\n>\n> — Mayor Jane Smith",
            Id,
            1);

        [Fact]
        public void Indonesian_nya_resolves_to_the_last_named_speaker()
        {
            const string text = "Zhu Yongbiao, direktur pusat studi di Lanzhou, menjelaskan situasinya. ‘’Beberapa negara Barat tengah menghakimi CSTO,’’ ungkapnya.";
            var result = QuoteLint.Verify("id", text, Id, 1);
            Attribution attribution = QuoteLint.Quotations(result)[0].Attribution!;
            Assert.Equal(SpeakerKind.Suffix, attribution.SpeakerKind);
            Assert.Equal("Zhu Yongbiao", attribution.ResolvedSpeaker);
        }

        [Fact]
        public void English_pronoun_resolves_to_the_last_named_speaker()
        {
            const string text = "Mayor Jane Smith said the budget was final. “We will not accept any cuts to it,” she said.";
            var result = QuoteLint.Verify("en", text, Id, 1);
            Attribution attribution = QuoteLint.Quotations(result)[0].Attribution!;
            Assert.Equal(SpeakerKind.Pronoun, attribution.SpeakerKind);
            Assert.Equal("Mayor Jane Smith", attribution.ResolvedSpeaker);
        }

        [Theory]
        [InlineData("en", "Critics called the plan a “disaster” on Monday.")]
        [InlineData("id", "Kebijakan itu disebut sebagai “jalan tengah” oleh banyak orang.")]
        [InlineData("en", "He had made “no comment” at all.")]
        public void Scare_quotes(string language, string text) => QuoteLint.Verify(language, text, Id, 1);

        [Theory]
        [InlineData("en", "The festival opened with the film “The Long Road Home From Nowhere Again” on Friday.")]
        [InlineData("id", "Ia membacakan puisi berjudul “Aku Ingin Mencintaimu Dengan Sederhana Sekali” di panggung.")]
        [InlineData("en", "Tickets for “Gone With the Wind Part Two” sold out within hours.")]
        [InlineData("id", "Tiket pertunjukan “Laskar Pelangi Sang Pemimpi Edisi Khusus” habis terjual.")]
        public void Titles_of_works(string language, string text) => QuoteLint.Verify(language, text, Id, 1);

        [Theory]
        [InlineData("en", "Russia's army and the students’ union met in the '90s and the ’90s again, on the ‘90s anniversary.")]
        [InlineData("id", "Salat Jum’at di masjid itu dihadiri warga sejak era ’90-an dan ‘80-an, kata pengurus.")]
        public void Apostrophes(string language, string text) => QuoteLint.Verify(language, text, Id, 0);

        [Theory]
        [InlineData("en", "“He told me ‘the alliance will never abandon its members in the east’ and left,” the minister said.")]
        [InlineData("id", "“Dia bilang ‘aliansi tidak akan pernah meninggalkan anggotanya di timur’ lalu pergi,” kata menteri itu.")]
        public void Nested_quotations(string language, string text) => QuoteLint.Verify(language, text, Id, 2);

        [Theory]
        [InlineData("en", "“We will not accept any cuts to the budget,” the mayor said. “We will fight them in the council.”")]
        [InlineData("id", "“Kami menolak pemotongan anggaran,” kata Budi. “Kami akan melawan di dewan kota.”")]
        [InlineData("en", "“We will fight them in the council.” “We will not accept any cuts to the budget,” the mayor said.")]
        public void Quotation_next_to_an_attributed_one_in_the_same_paragraph(string language, string text) => QuoteLint.Verify(language, text, Id, 2);

        [Fact]
        public void Headline_quotations_are_not_checked() => QuoteLint.Verify("en", "# “We will not accept any cuts to the budget”\n\nText.", Id, 1);

        [Fact]
        public void Suppressed_by_comment() => QuoteLint.Verify(
            "en",
            "Text.\n\n<!-- newslint-disable-next-line NL2001 -->\n“We will not accept any cuts to the hospital budget this year.”",
            Id,
            1);
    }
}
