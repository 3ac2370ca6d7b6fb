using NewsLint.Tests.Infrastructure;
using Xunit;

namespace NewsLint.Tests.Canon;

public sealed class NL3003QuotationMatchesNoClauseTests
{
    private const string Id = "NL3003";

    public sealed class Triggers
    {
        [Fact]
        public void English_quotation_cited_as_article_5()
        {
            var result = Lint.Verify(
                "Article 5 of the North Atlantic Treaty says: \"{|NL3003:Member states must spend two percent of their economic output on defence every year.|}\"",
                Id);
            Assert.Equal(
                "This quotation is attributed to North Atlantic Treaty (Article 5) but matches none of its clauses in rules/canon; check the wording and the citation",
                Assert.Single(result.OfId(Id)).Message);
        }

        [Fact]
        public void English_citation_in_an_introducing_paragraph() => Lint.Verify(
            "The ministry pointed to Article 5 of the North Atlantic Treaty, which it said reads:\n\n“{|NL3003:Member states must spend two percent of their economic output on defence every year.|}”",
            Id);

        [Fact]
        public void Indonesian_quotation_cited_after_it() => Lint.Verify(
            "‘’{|NL3003:Para anggota wajib membelanjakan dua persen dari produk domestik bruto untuk pertahanan,|}’’ bunyi Pasal 5 Traktat Atlantik Utara.",
            Id);
    }

    public sealed class DoesNotTrigger
    {
        [Theory]
        [InlineData("Article 5 of the North Atlantic Treaty says: \"an armed attack against one or more of them in Europe or North America shall be considered an attack against them all.\"")]
        [InlineData("‘’Setiap serangan bersenjata semacam itu dan semua langkah yang diambil sebagai akibatnya wajib segera dilaporkan kepada Dewan Keamanan,’’ bunyi Pasal 5 Traktat Atlantik Utara.")]
        public void The_clause_itself(string markdown) => Lint.Verify(markdown, Id);

        [Fact]
        public void An_article_NewsLint_does_not_have() => Lint.Verify(
            "Article 7 of the North Atlantic Treaty says: \"Member states must spend two percent of their economic output on defence every year.\"",
            Id);

        [Fact]
        public void An_instrument_named_only_earlier_in_the_article() => Lint.Verify(
            "The North Atlantic Treaty was signed in 1949.\n\n\"Member states must spend two percent of their economic output on defence,\" says its Article 5, officials claimed.",
            Id);

        [Fact]
        public void A_quotation_with_no_citation() => Lint.Verify(
            "\"Member states must spend two percent of their economic output on defence every year,\" the minister said.",
            Id);
    }
}
