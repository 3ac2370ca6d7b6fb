using NewsLint.Analysis;
using System.Linq;
using NewsLint.Rules;
using NewsLint.Tests.Infrastructure;
using Xunit;

namespace NewsLint.Tests.Style;

public sealed class OccurrenceRuleTests
{
    private static readonly RuleSet Rules = StyleRules.Load("""
        rules:
          - id: TEMPO020
            kind: occurrence
            message: "{count} words in one sentence; at most {max}"
            scope: sentence
            pattern: '\p{L}+'
            max: 5
          - id: TEMPO021
            kind: occurrence
            message: "{count} exclamation marks in the article; at most {max}"
            scope: article
            pattern: '!'
            max: 1
          - id: TEMPO022
            kind: occurrence
            message: "A paragraph needs a source: {count} found, at least {min}"
            scope: paragraph
            tokens: [said, says, according to]
            min: 1
        """);

    public sealed class Triggers
    {
        [Fact]
        public void Too_many_words_in_a_sentence_spans_its_words()
        {
            LintResult result = Lint.Verify("Short one here. {|TEMPO020:This sentence has far too many words|}. Fine.", "TEMPO020", Rules);
            Assert.Equal("7 words in one sentence; at most 5", result.OfId("TEMPO020").Single().Message);
        }

        [Fact]
        public void Article_unit_reports_the_first_match_over_the_limit() => Lint.Verify(
            "Wow! Officials said it twice{|TEMPO021:!|}\n\nAnd again!\n",
            "TEMPO021",
            Rules);

        [Fact]
        public void Too_few_reports_the_paragraph() => Lint.Verify(
            "Officials said the vote was calm.\n\n{|TEMPO022:The vote was calm.|}\n",
            "TEMPO022",
            Rules);
    }

    public sealed class DoesNotTrigger
    {
        [Fact]
        public void At_the_limit() => Lint.Verify("One two three four five. One!", new[] { "TEMPO020", "TEMPO021" }, Rules);

        [Fact]
        public void Headings_are_not_paragraphs() => Lint.Verify("# The vote\n\nOfficials said it was calm.\n", "TEMPO022", Rules);
    }
}
