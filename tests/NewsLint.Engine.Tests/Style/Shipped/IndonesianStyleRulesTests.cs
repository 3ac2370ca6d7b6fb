using NewsLint.Tests.Infrastructure;
using Xunit;

namespace NewsLint.Tests.Style.Shipped;

public sealed class NL5004NonStandardSpellingTests
{
    private const string Id = "NL5004";

    public sealed class Triggers
    {
        [Fact]
        public void KBBI_forms_with_the_capital_kept()
        {
            var result = Lint.Verify("{|NL5004:Resiko|} itu sudah dibahas oleh pemerintah {|NL5004:propinsi|} di {|NL5004:ibukota|}.", Id);
            Assert.Equal("KBBI spells 'Resiko' as 'Risiko'", System.Linq.Enumerable.First(result.OfId(Id)).Message);
        }
    }

    public sealed class DoesNotTrigger
    {
        [Fact]
        public void Standard_forms_and_quotations() => Lint.Verify(
            "Risiko itu dibahas di ibu kota provinsi. “Silahkan saja,” ujar Sandiaga di Jakarta pada hari Senin.",
            Id);
    }
}

public sealed class NL5005JoinedPrepositionTests
{
    private const string Id = "NL5005";

    public sealed class Triggers
    {
        [Fact]
        public void Di_ke_and_dari_joined() => Lint.Verify(
            "Negara {|NL5005:dimana|} impor dilakukan, {|NL5005:diantara|} negara lain, akan dibahas {|NL5005:kedepan|}, katanya di Jakarta.",
            Id);
    }

    public sealed class DoesNotTrigger
    {
        [Theory]
        [InlineData("Pejabat itu keluar dari ruangan dan dibawa ke depan gedung di Jakarta.")]
        [InlineData("Di mana impor dilakukan, di antara negara lain, akan dibahas ke depan.")]
        [InlineData("Kedalaman laut itu diukur dan disampaikan kepada wartawan di Jakarta.")]
        public void Prefixes_and_separate_prepositions(string text) => Lint.Verify(text, Id);
    }
}

public sealed class NL5006VerySaidTwiceTests
{
    private const string Id = "NL5006";

    public sealed class Triggers
    {
        [Fact]
        public void Sangat_and_sekali()
        {
            var result = Lint.Verify("Kerugiannya {|NL5006:sangat besar sekali|}, kata pejabat di Jakarta pada hari Senin.", Id);
            Assert.Contains("write 'sangat besar' or 'besar sekali'", Assert.Single(result.OfId(Id)).Message, System.StringComparison.Ordinal);
        }
    }

    public sealed class DoesNotTrigger
    {
        [Fact]
        public void One_intensifier() => Lint.Verify("Kerugiannya sangat besar dan dampaknya besar sekali di Jakarta.", Id);
    }
}

public sealed class NL5007PluralMarkedTwiceTests
{
    private const string Id = "NL5007";

    public sealed class Triggers
    {
        [Fact]
        public void Quantifier_and_reduplication() => Lint.Verify(
            "{|NL5007:Para menteri-menteri|} dan {|NL5007:banyak negara-negara|} hadir di Moskow pada hari Senin.",
            Id);
    }

    public sealed class DoesNotTrigger
    {
        [Fact]
        public void One_plural_marker() => Lint.Verify("Para menteri dan negara-negara anggota hadir di Moskow pada hari Senin.", Id);
    }
}

public sealed class NL5008PercentTwoWaysTests
{
    private const string Id = "NL5008";

    public sealed class Triggers
    {
        [Fact]
        public void Persen_then_percent_sign() => Lint.Verify("Inflasi naik 5 persen, dan harga beras naik 3{|NL5008:%|} di Jakarta.", Id);
    }

    public sealed class DoesNotTrigger
    {
        [Fact]
        public void One_form() => Lint.Verify("Inflasi naik 5 persen, dan harga beras naik 3 persen di Jakarta.", Id);
    }
}

public sealed class NL5009SentenceTooLongTests
{
    private const string Id = "NL5009";

    public sealed class Triggers
    {
        [Fact]
        public void Sixty_one_words()
        {
            string words = string.Join(" ", System.Linq.Enumerable.Repeat("kata", 60));
            var result = Lint.Verify("Pendek saja. {|NL5009:Ini " + words + "|}.", Id);
            Assert.Equal("This sentence has 61 words; split it (house limit: 60)", Assert.Single(result.OfId(Id)).Message);
        }
    }

    public sealed class DoesNotTrigger
    {
        [Fact]
        public void Sixty_words() => Lint.Verify("Ini " + string.Join(" ", System.Linq.Enumerable.Repeat("kata", 57)) + " di Jakarta.", Id);
    }
}
