using NewsLint.Tests.Infrastructure;
using Xunit;

namespace NewsLint.Tests.Style.Shipped;

public sealed class NL5002AcronymBeforeDefinitionTests
{
    private const string Id = "NL5002";

    public sealed class Triggers
    {
        [Fact]
        public void Used_before_its_definition() => Lint.Verify(
            "Para pemimpin {|NL5002:CSTO|} bertemu di Moskow. CSTO dibentuk dari sebuah perjanjian.\n\nPerjanjian Keamanan Kolektif (CSTO) didirikan pada tahun 2002 oleh Rusia dan sekutunya.\n",
            Id);

        [Fact]
        public void Message_says_how_to_fix()
        {
            var result = Lint.Run("Para pemimpin CSTO bertemu di Moskow dan juga di Minsk.\n\nPerjanjian Keamanan Kolektif (CSTO) didirikan pada tahun 2002.\n");
            Assert.Equal("'CSTO' is used before the article defines it; write the full name with '(CSTO)' at its first use", Assert.Single(result.OfId(Id)).Message);
        }
    }

    public sealed class DoesNotTrigger
    {
        [Fact]
        public void Shared_article_defines_CSTO_at_its_first_use() =>
            Assert.Empty(Lint.Run(Lint.Fixture("csto-summit-moscow-2022.md"), path: "csto.md").OfId(Id));

        [Fact]
        public void Never_defined_acronyms_are_another_matter() => Lint.Verify("Pejabat NATO dan PBB bertemu dengan TNI di Jakarta pada hari Senin.", Id);

        [Fact]
        public void Headings_and_quotations_are_not_checked() => Lint.Verify(
            "# KTT CSTO di Moskow\n\n“Kami sudah memerintahkan TNI dan Polri,” kata Presiden di Jakarta.\n\nPanglima Tentara Nasional Indonesia (TNI) dan Perjanjian Keamanan Kolektif (CSTO) juga hadir di sana.\n",
            Id);

        [Fact]
        public void Roman_numerals_and_currency_are_not_acronyms() => Lint.Verify("Putusan Perkara No 129/PUU-XIII/2015 dan harga US$473 dibahas di Jakarta. Dewan (XIII) dan (US) hadir.", Id);
    }
}
