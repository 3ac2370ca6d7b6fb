using NewsLint.Tests.Infrastructure;
using Xunit;

namespace NewsLint.Tests.Style.Shipped;

public sealed class NL5003AcronymBeforeDefinitionTests
{
    private const string Id = "NL5003";

    public sealed class Triggers
    {
        [Fact]
        public void Used_before_its_definition() => Lint.Verify(
            "Leaders of the {|NL5003:CSTO|} met in Moscow on Monday, and the CSTO said it was ready.\n\nThe Collective Security Treaty Organization (CSTO) was founded in 2002 by Russia and its allies.\n",
            Id);
    }

    public sealed class DoesNotTrigger
    {
        [Fact]
        public void Defined_at_first_use() => Lint.Verify(
            "Leaders of the Collective Security Treaty Organization (CSTO) met in Moscow. The CSTO said it was ready.",
            Id);

        [Fact]
        public void Never_defined_acronyms_are_another_matter() => Lint.Verify("One MP told the BBC that NATO and the US were ready on Monday.", Id);

        [Fact]
        public void Indonesian_articles_are_NL5002s() => Lint.Verify(
            "Para pemimpin CSTO bertemu di Moskow dan juga di Minsk.\n\nPerjanjian Keamanan Kolektif (CSTO) didirikan pada tahun 2002.\n",
            Id);
    }
}
