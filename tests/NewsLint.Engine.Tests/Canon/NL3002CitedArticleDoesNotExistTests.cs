using NewsLint.Tests.Infrastructure;
using Xunit;

namespace NewsLint.Tests.Canon;

public sealed class NL3002CitedArticleDoesNotExistTests
{
    private const string Id = "NL3002";

    public sealed class Triggers
    {
        [Fact]
        public void English_article_beyond_the_treaty() => Lint.Verify(
            "Under {|NL3002:Article 15|} of the North Atlantic Treaty, an attack on one ally is an attack on all.",
            Id);

        [Fact]
        public void English_abbreviated_with_a_paragraph() => Lint.Verify(
            "The claim rests on {|NL3002:Art. 112, paragraph 1|} of the UN Charter, the ministry said.",
            Id);

        [Fact]
        public void Indonesian_article_beyond_the_treaty()
        {
            var result = Lint.Verify(
                "Menurut {|NL3002:Pasal 12|} Perjanjian Keamanan Kolektif, serangan terhadap satu anggota adalah serangan terhadap semua.",
                Id);
            Assert.Equal(
                "Perjanjian Keamanan Kolektif has 11 articles; there is no Article 12 (rules/canon: collective-security-treaty)",
                Assert.Single(result.OfId(Id)).Message);
        }

        /// <summary>Words are folded before they are compared: capitals (ASCII, whose fold is looked up by hash) and accents.</summary>
        [Theory]
        [InlineData("Under {|NL3002:ARTICLE 15|} of the NORTH ATLANTIC TREATY, an attack on one ally is an attack on all.")]
        [InlineData("Under {|NL3002:Artícle 15|} of the North Atlántic Treaty, an attack on one ally is an attack on all.")]
        public void Capitals_and_accents(string markdown) => Lint.Verify(markdown, Id);

        [Fact]
        public void Newsroom_instrument() => Lint.Verify(
            "The {|NL3002:Article 10|} of the Example Newsroom Charter sets the rules for corrections.",
            Id,
            CanonRules.TwoVersions);
    }

    public sealed class DoesNotTrigger
    {
        [Theory]
        [InlineData("Under Article 5 of the North Atlantic Treaty, an attack on one ally is an attack on all.")]
        [InlineData("Article 14 of the North Atlantic Treaty makes the English and French texts equally authentic.")]
        [InlineData("Menurut Pasal 4 Perjanjian Keamanan Kolektif, serangan terhadap satu anggota adalah serangan terhadap semua.")]
        [InlineData("Pasal 51 Piagam PBB mengakui hak membela diri.")]
        [InlineData("Article 99 of the constitution was amended in 2019.")]
        public void Existing_or_unknown(string markdown) => Lint.Verify(markdown, Id);

        [Fact]
        public void An_instrument_named_only_earlier_in_the_article() => Lint.Verify(
            "Para pemimpin Perjanjian Keamanan Kolektif bertemu di Moskow.\n\nMenurut pasal 40 aliansi tersebut, semua anggota wajib hadir.",
            Id);
    }
}
