using NewsLint.Analysis;
using System.Linq;
using NewsLint.Rules;
using NewsLint.Tests.Infrastructure;
using Xunit;

namespace NewsLint.Tests.Style;

public sealed class ConditionalRuleTests
{
    private static readonly RuleSet Rules = StyleRules.Load("""
        rules:
          - id: TEMPO040
            kind: conditional
            message: "'{key}' is not spelled out before it is used"
            if:
              pattern: '\b([A-Z]{3,5})\b'
            then:
              pattern: '\(([A-Z]{3,5})\)'
            exceptions: [NATO, BBC]
          - id: TEMPO041
            kind: conditional
            message: "A story that says '{match}' names the agency somewhere"
            order: anywhere
            if:
              tokens: [embargo]
            then:
              tokens: [Reuters, AFP, Antara]
        """);

    public sealed class Triggers
    {
        [Fact]
        public void Acronym_used_before_its_definition_is_reported_once() => Lint.Verify(
            "{|TEMPO040:CSTO|} leaders met. CSTO members agreed.\n\nThe Collective Security Treaty Organization (CSTO) was founded in 2002.\n",
            "TEMPO040",
            Rules);

        [Fact]
        public void Acronym_never_defined_is_reported_by_default()
        {
            LintResult result = Lint.Verify("The {|TEMPO040:CSTO|} met in Moscow.", "TEMPO040", Rules);
            Assert.Equal("'CSTO' is not spelled out before it is used", result.OfId("TEMPO040").Single().Message);
        }

        [Fact]
        public void Without_keys_any_then_will_do_anywhere() => Lint.Verify("The {|TEMPO041:embargo|} was lifted on Monday.", "TEMPO041", Rules);
    }

    public sealed class DoesNotTrigger
    {
        [Fact]
        public void Defined_at_first_use() => Lint.Verify(
            "Perjanjian Keamanan Kolektif (CSTO) bertemu. CSTO menyetujui, kata pejabat NATO dan BBC.",
            "TEMPO040",
            Rules);

        [Fact]
        public void Then_after_if_with_order_anywhere() => Lint.Verify("The embargo was lifted, Reuters reported.", "TEMPO041", Rules);

        [Fact]
        public void Missing_ignore_reports_only_late_definitions()
        {
            RuleSet rules = StyleRules.Load("id: TEMPO042\nkind: conditional\nmessage: x\nmissing: ignore\nif: { pattern: '\\b([A-Z]{3,5})\\b' }\nthen: { pattern: '\\(([A-Z]{3,5})\\)' }\n");
            Lint.Verify("The CSTO met. The {|TEMPO042:OSCE|} observed. The Organization for Security and Co-operation in Europe (OSCE) left.", "TEMPO042", rules);
        }
    }
}
