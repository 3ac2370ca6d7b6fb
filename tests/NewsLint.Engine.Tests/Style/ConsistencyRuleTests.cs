using NewsLint.Analysis;
using System.Linq;
using NewsLint.Rules;
using NewsLint.Tests.Infrastructure;
using Xunit;

namespace NewsLint.Tests.Style;

public sealed class ConsistencyRuleTests
{
    private static readonly RuleSet Rules = StyleRules.Load("""
        id: TEMPO030
        kind: consistency
        message: "'{match}': this article wrote '{first}' first"
        either:
          - tokens: [email, emails]
          - pattern: '\b[Ee]-mails?\b'
        """);

    public sealed class Triggers
    {
        [Fact]
        public void The_first_form_sets_the_article()
        {
            LintResult result = Lint.Verify(
                "The e-mail arrived on Monday.\n\nA second {|TEMPO030:email|} and more {|TEMPO030:emails|} followed, then another e-mail.\n",
                "TEMPO030",
                Rules);
            Assert.Equal("'email': this article wrote 'e-mail' first", result.OfId("TEMPO030").First().Message);
        }
    }

    public sealed class DoesNotTrigger
    {
        [Theory]
        [InlineData("The email arrived. Another email followed.")]
        [InlineData("The e-mail arrived. Another E-mail followed.")]
        public void One_form_only(string text) => Lint.Verify(text, "TEMPO030", Rules);
    }
}
