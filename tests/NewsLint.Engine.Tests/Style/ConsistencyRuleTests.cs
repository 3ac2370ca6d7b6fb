using System.Linq;
using CsCheck;
using NewsLint.Analysis;
using NewsLint.Rules;
using NewsLint.Rules.Style;
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

    /// <summary>
    /// The rule runs no form when at most one may match in the article: on generated articles, whenever it says so,
    /// at most one form matches in any unit (read with the plain regex).
    /// </summary>
    [Theory]
    [InlineData("en")]
    [InlineData("id")]
    public void Runs_no_form_only_where_at_most_one_form_matches(string language)
    {
        string[] words = { "5%", "5 %", "5 persen", "persen", "percent", "per cent", "percKnt", "e-mail", "email", "emails", "naik", "rose", "(5%)", "x" };
        string[] separators = { " ", ". ", ", ", "\n\n", "\u201C", "\u201D " };
        Gen<string> articles = Gen.Select(Gen.OneOfConst(words).Array[1, 25], Gen.OneOfConst(separators).Array[25], (w, sep) =>
            string.Concat(w.Select((word, i) => word + sep[i])) + "\n");
        ConsistencyRule[] consistency = Lint.DefaultRules.Get<StyleCatalog>().Rules.OfType<ConsistencyRule>()
            .Concat(Rules.Get<StyleCatalog>().Rules.OfType<ConsistencyRule>())
            .Where(rule => rule.AppliesTo(language))
            .ToArray();
        Assert.True(consistency.Length >= 2);
        int skipped = 0;
        articles.Sample(markdown =>
        {
            ArticleContext context = TestContexts.Create(markdown, language);
            var text = new StyleText(context);
            foreach (ConsistencyRule rule in consistency)
            {
                if (rule.MayUseTwoForms(text))
                {
                    continue;
                }

                skipped++;
                StyleSpan[] units = text.Units(rule.Scope);
                int matching = rule.Forms.Count(form => units.Any(unit => form.Regex.IsMatch(unit.Block.Text.Substring(unit.Start, unit.Length))));
                Assert.True(matching <= 1, $"{rule.Id}: {matching} forms match in '{markdown}'");
            }
        }, iter: 2000);
        Assert.True(skipped > 1000, $"only {skipped} articles skipped");
    }
}
