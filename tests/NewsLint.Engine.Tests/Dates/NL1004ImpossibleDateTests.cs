using System.Linq;
using NewsLint.Tests.Infrastructure;
using Xunit;

namespace NewsLint.Tests.Dates;

public sealed class NL1004ImpossibleDateTests
{
    private const string Id = "NL1004";

    public sealed class Triggers
    {
        [Theory]
        [InlineData("Sidang dijadwalkan pada {|NL1004:31 Februari 2022|}.")]
        [InlineData("Sidang dijadwalkan pada {|NL1004:31/4/2022|}.")]
        [InlineData("Sidang dijadwalkan pada Kamis, {|NL1004:31 Juni 2022|}.")]
        [InlineData("Sidang dijadwalkan pada {|NL1004:31 Februari|}.")]
        public void Indonesian(string markup) => Lint.Verify(markup, Id);

        [Theory]
        [InlineData("The vote is set for {|NL1004:30 February 2023|}.")]
        [InlineData("The vote is set for {|NL1004:29 Feb 2023|}.")]
        [InlineData("The vote is set for {|NL1004:April 31, 2022|}.")]
        [InlineData("The vote is set for {|NL1004:2023-02-29|}.")]
        [InlineData("The vote is set for {|NL1004:November 30-31, 2022|}.")]
        public void English(string markup) => Lint.Verify(markup, Id);

        [Fact]
        public void Message_names_the_length_of_the_month()
        {
            var result = Lint.Run("Sidang dijadwalkan pada 31 Februari 2022.");
            Assert.Equal("'31 Februari 2022' does not exist: Februari (February) 2022 has 28 days", result.OfId(Id).Single().Message);
        }

        [Fact]
        public void English_message_has_no_brackets()
        {
            var result = Lint.Run("The vote is set for 29 Feb 2023 in the capital.");
            Assert.Equal("'29 Feb 2023' does not exist: February 2023 has 28 days", result.OfId(Id).Single().Message);
        }
    }

    public sealed class DoesNotTrigger
    {
        [Theory]
        [InlineData("The vote is set for 29 Feb 2024.")]
        [InlineData("The vote is set for 29 February.")]
        [InlineData("Sidang dijadwalkan pada 28 Februari 2022.")]
        [InlineData("Ada 32 Mei orang di sana, dan 13/13/2022 bukan tanggal.")]
        [InlineData("Jumlah korban mencapai 3.380 jiwa pada 2022.")]
        public void Valid_or_not_a_date(string text) => Lint.Verify(text, Id);
    }
}
