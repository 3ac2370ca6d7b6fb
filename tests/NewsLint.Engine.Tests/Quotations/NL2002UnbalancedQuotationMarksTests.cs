using NewsLint.Tests.Infrastructure;
using Xunit;

namespace NewsLint.Tests.Quotations;

public sealed class NL2002UnbalancedQuotationMarksTests
{
    private const string Id = "NL2002";

    public sealed class Triggers
    {
        [Theory]
        [InlineData("en", "The mayor said {|NL2002:“|}we will not accept any cuts to the budget.\n\nThe council then adjourned.")]
        [InlineData("id", "Wali kota berkata {|NL2002:“|}kami tidak akan menerima pemotongan anggaran.\n\nRapat kemudian ditutup.")]
        public void Opening_mark_never_closed(string language, string markup) => QuoteLint.Verify(language, markup, Id);

        [Theory]
        [InlineData("en", "The mayor said we will not accept any cuts to the budget{|NL2002:”|} and left.")]
        [InlineData("id", "Wali kota berkata kami tidak akan menerima pemotongan anggaran{|NL2002:”|} lalu pergi.")]
        public void Closing_mark_that_closes_nothing(string language, string markup) => QuoteLint.Verify(language, markup, Id);

        [Fact]
        public void Indonesian_double_single_marks_left_open() => QuoteLint.Verify(
            "id",
            "Pasal itu berbunyi {|NL2002:‘’|}Dalam hal tindakan agresi terhadap salah satu negara peserta.\n\nParagraf berikutnya tidak membahasnya.",
            Id);
    }

    public sealed class DoesNotTrigger
    {
        [Theory]
        [InlineData("en", "“We will not accept any cuts to the budget,” the mayor said.")]
        [InlineData("id", "‘’Kami tidak akan menerima pemotongan anggaran,’’ kata Budi.")]
        [InlineData("en", "\"We will not accept any cuts to the budget,\" the mayor said.")]
        public void Balanced_quotation(string language, string text) => QuoteLint.Verify(language, text, Id);

        [Fact]
        public void Multi_paragraph_convention_reopens_each_paragraph() => QuoteLint.Verify(
            "en",
            "The mayor said:\n\n“We will not accept any cuts to the budget.\n\n“Nor will we accept any new taxes this year.”",
            Id);

        [Theory]
        [InlineData("en", "Russia's army met the students’ union in the '90s.")]
        [InlineData("id", "Salat Jum’at dihadiri warga sejak era ’90-an.")]
        public void Apostrophes_are_not_marks(string language, string text) => QuoteLint.Verify(language, text, Id);

        [Fact]
        public void Marks_inside_code_are_not_prose() => QuoteLint.Verify("en", "Type `“` to open a quotation.", Id);
    }
}
