using System.Linq;
using NewsLint.Tests.Infrastructure;
using Xunit;

namespace NewsLint.Tests.Quotations;

public sealed class NL2003NonHouseQuotationMarksTests
{
    private const string Id = "NL2003";

    public sealed class Triggers
    {
        [Theory]
        [InlineData("id", "{|NL2003:‘’|}Kami tidak akan menerima pemotongan anggaran,’’ kata Budi.")]
        [InlineData("en", "{|NL2003:\"|}We will not accept any cuts to the budget,\" the mayor said.")]
        [InlineData("en", "{|NL2003:«|}We will not accept any cuts to the budget,» the mayor said.")]
        public void Top_level_quotation_in_other_marks(string language, string markup) => QuoteLint.Verify(language, markup, Id);

        [Fact]
        public void Message_names_both_styles()
        {
            var result = QuoteLint.Run("id", "‘’Kami tidak akan menerima pemotongan anggaran,’’ kata Budi.");
            var diagnostic = Assert.Single(result.OfId(Id));
            Assert.Equal("Quotation set in ‘’ … ’’; the house style is “ … ”", diagnostic.Message);
        }

        [Fact]
        public void Shared_article_reports_every_quotation()
        {
            var result = Lint.Run(Lint.Fixture("csto-summit-moscow-2022.md"), path: "csto.md");
            var lines = result.OfId(Id).Select(d => d.LineSpan.Start.Line).ToArray();
            Assert.Equal(new[] { 11, 13, 17, 35, 37 }, lines);
        }
    }

    public sealed class DoesNotTrigger
    {
        [Theory]
        [InlineData("en", "“We will not accept any cuts to the budget,” the mayor said.")]
        [InlineData("id", "“Kami tidak akan menerima pemotongan anggaran,” kata Budi.")]
        public void House_marks(string language, string text) => QuoteLint.Verify(language, text, Id);

        [Fact]
        public void Nested_quotation_may_use_the_inner_pair() => QuoteLint.Verify(
            "en",
            "“He told me ‘the alliance will never abandon its members in the east’ and left,” the minister said.",
            Id);

        [Fact]
        public void Disabled_in_front_matter() => Lint.Verify(
            "---\nlanguage: id\nnewslint-disable: [NL2003]\n---\n‘’Kami tidak akan menerima pemotongan anggaran,’’ kata Budi.",
            Id);
    }
}
