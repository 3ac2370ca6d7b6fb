using NewsLint.Analysis;
using System.Linq;
using NewsLint.Diagnostics;
using NewsLint.Rules;
using NewsLint.Tests.Infrastructure;
using Xunit;

namespace NewsLint.Tests.Style;

public sealed class ExistenceRuleTests
{
    private static readonly RuleSet Rules = StyleRules.Load("""
        rules:
          - id: TEMPO001
            kind: existence
            message: "Avoid '{match}'"
            severity: error
            tokens: [breaking news, shocking]
          - id: TEMPO002
            kind: existence
            message: "Write the year in full, not '{match}' ({1})"
            pattern: '’(\d\d)\b'
            quotations: exclude
          - id: TEMPO003
            kind: existence
            message: "No exclamation marks in headings"
            scope: heading
            pattern: '!'
        """);

    public sealed class Triggers
    {
        [Fact]
        public void Tokens_match_whole_words_in_any_case_and_spacing() => Lint.Verify(
            "{|TEMPO001:BREAKING  news|}: a {|TEMPO001:Shocking|} result in the vote on Monday.",
            "TEMPO001",
            Rules);

        [Fact]
        public void Pattern_with_a_group_in_the_message()
        {
            LintResult result = Lint.Verify("The team of {|TEMPO002:’98|} won the cup, officials said on Monday.", "TEMPO002", Rules);
            Assert.Equal("Write the year in full, not '’98' (98)", result.OfId("TEMPO002").Single().Message);
        }

        [Fact]
        public void Severity_and_id_are_the_rule_files()
        {
            LintDiagnostic diagnostic = Lint.Run("A shocking result in the vote.", Rules).OfId("TEMPO001").Single();
            Assert.Equal(Severity.Error, diagnostic.Severity);
            Assert.Equal("Avoid 'shocking'", diagnostic.Message);
            Assert.Equal("NewsLint.Style", diagnostic.Descriptor.Category);
        }

        [Fact]
        public void Heading_scope() => Lint.Verify("# Victory{|TEMPO003:!|}\n\nThey won!\n", "TEMPO003", Rules);
    }

    public sealed class DoesNotTrigger
    {
        [Fact]
        public void Parts_of_words_are_not_tokens() => Lint.Verify("The unshockingly calm vote ended on Monday.", "TEMPO001", Rules);

        [Fact]
        public void Quotations_excluded() => Lint.Verify("“The team of ’98 won the cup,” the coach said on Monday.", "TEMPO002", Rules);

        [Fact]
        public void Code_is_not_prose() => Lint.Verify("Run `shocking --now` in the shell.", "TEMPO001", Rules);

        [Fact]
        public void Suppressed_by_comment_with_the_newsrooms_id() => Lint.Verify(
            "<!-- newslint-disable-next-line TEMPO001 -->\nA shocking result.\n",
            "TEMPO001",
            Rules);
    }
}
