using NewsLint.Rules;
using NewsLint.Tests.Infrastructure;
using Xunit;

namespace NewsLint.Tests.Names;

public sealed class NL4004RepeatedWordTests
{
    private const string Id = "NL4004";

    public sealed class Triggers
    {
        [Fact]
        public void English_the_the() => Lint.Verify("Officials said that the {|NL4004:the|} talks would resume on Monday.", Id);

        [Fact]
        public void Indonesian_yang_yang() => Lint.Verify("Pemimpin yang {|NL4004:yang|} hadir di Moskow juga membahas NATO dan Ukraina.", Id);

        [Fact]
        public void Across_a_line_break_and_case() => Lint.Verify("The talks were held in\n{|NL4004:In|} Moscow, officials said on Monday.", Id);

        [Fact]
        public void Through_emphasis() => Lint.Verify("He has supported the rights and *{|NL4004:and|}* the inclusion of minorities.", Id);

        [Fact]
        public void Message_names_the_word()
        {
            var diagnostic = Assert.Single(Lint.Run("Officials said the the talks would resume.").OfId(Id));
            Assert.Equal("'the' is written twice in a row; remove one", diagnostic.Message);
        }

        [Fact]
        public void Indonesian_reduplication_without_its_hyphen_is_told_how_to_write_it()
        {
            var diagnostic = Assert.Single(Lint.Run("Anak anak bermain di taman itu dan juga di sekolah pada hari Senin.").OfId(Id));
            Assert.EndsWith("('Anak-anak')", diagnostic.Message, System.StringComparison.Ordinal);
        }

        [Fact]
        public void A_real_article_with_and_and()
        {
            var diagnostic = Assert.Single(Lint.Run(Lint.Fixture("en/wikinews-004.md"), path: "a.md").OfId(Id));
            Assert.Equal(25, diagnostic.LineSpan.Start.Line);
            Assert.Equal(46, diagnostic.LineSpan.Start.Column);
        }
    }

    public sealed class DoesNotTrigger
    {
        [Theory]
        [InlineData("He said that that was the end of the talks on Monday.")]
        [InlineData("She had had enough of the talks by Monday, officials said.")]
        [InlineData("Negara-negara anggota CSTO bertemu di Moskow pada hari Senin.")]
        [InlineData("The talks, talks that lasted days, ended on Monday.")]
        [InlineData("They flew to Bora Bora and Walla Walla on Monday.")]
        [InlineData("The score was 2 2 at half time in the match on Monday.")]
        public void Legitimate_repetitions(string text) => Lint.Verify(text, Id);

        [Fact]
        public void A_newsroom_adds_a_reduplication_exception()
        {
            RuleSet rules = RuleSetLoader.Load(new[] { new RuleFile("newsroom/rules/languages/id-extra.yaml", "language: id\nreduplication-exceptions: [kali]\n") });
            Lint.Verify("Dia sudah mencoba berkali-kali, kali kali ini pun gagal di Moskow dan di Kyiv.", Id, rules);
        }

        [Fact]
        public void Code_is_not_prose() => Lint.Verify("Run `echo the the` in the shell, officials said.", Id);
    }
}
