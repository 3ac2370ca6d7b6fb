using NewsLint.Analysis;
using System.Linq;
using NewsLint.Diagnostics;
using NewsLint.Rules;
using NewsLint.Rules.Style;
using NewsLint.Tests.Infrastructure;
using Xunit;

namespace NewsLint.Tests.Style;

public sealed class SubstitutionRuleTests
{
    private static readonly RuleSet Rules = StyleRules.Load("""
        id: TEMPO010
        kind: substitution
        message: "Write '{replacement}', not '{match}'"
        severity: info
        language: en
        swap:
          - tokens: [utilise, utilize]
            replacement: use
          - pattern: '\b(\d+) (?:percent|per cent)\b'
            replacement: '$1%'
        """);

    public sealed class Triggers
    {
        [Fact]
        public void Tokens_and_capture_groups()
        {
            LintResult result = Lint.Verify(
                "Officials {|TEMPO010:utilise|} the budget; inflation rose {|TEMPO010:5 per cent|} in May.",
                "TEMPO010",
                Rules);
            Assert.Equal(new[] { "use", "5%" }, result.OfId("TEMPO010").Select(d => d.Properties[SubstitutionRule.ReplacementProperty]));
            Assert.Equal("Write '5%', not '5 per cent'", result.OfId("TEMPO010").Last().Message);
            Assert.All(result.OfId("TEMPO010"), d => Assert.Equal(Severity.Info, d.Severity));
        }

        [Fact]
        public void A_capital_first_letter_is_kept()
        {
            LintResult result = Lint.Verify("{|TEMPO010:Utilize|} the budget, officials said on Monday.", "TEMPO010", Rules);
            Assert.Equal("Use", result.OfId("TEMPO010").Single().Properties[SubstitutionRule.ReplacementProperty]);
        }
    }

    public sealed class DoesNotTrigger
    {
        [Fact]
        public void Other_languages() => Lint.Verify("Para pejabat utilize anggaran itu di Jakarta dan di Bandung pada hari Senin.", "TEMPO010", Rules);

        [Fact]
        public void Already_the_preferred_form()
        {
            RuleSet rules = StyleRules.Load("id: TEMPO011\nkind: substitution\nmessage: x\nswap:\n  - { tokens: [email], replacement: email }\n");
            Lint.Verify("Send an email to the desk.", "TEMPO011", rules);
        }
    }
}
