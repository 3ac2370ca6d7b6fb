using System.Linq;
using NewsLint.Tests.Infrastructure;
using Xunit;

namespace NewsLint.Tests.Style.Shipped;

public sealed class NL5010NonStandardWordTests
{
    private const string Id = "NL5010";

    public sealed class Triggers
    {
        [Fact]
        public void Could_of_and_alot()
        {
            var result = Lint.Verify("He {|NL5010:could of|} won {|NL5010:alot|} more votes, and {|NL5010:Irregardless|} of that he lost.", Id);
            Assert.Equal(new[] { "Write 'could have', not 'could of'", "Write 'a lot', not 'alot'", "Write 'Regardless', not 'Irregardless'" }, result.OfId(Id).Select(d => d.Message));
        }
    }

    public sealed class DoesNotTrigger
    {
        [Fact]
        public void Correct_forms_and_quotations() => Lint.Verify("He could have won a lot more. “I could of won,” he said on Monday.", Id);
    }
}

public sealed class NL5011PercentTwoWaysTests
{
    private const string Id = "NL5011";

    public sealed class Triggers
    {
        [Fact]
        public void Percent_then_per_cent() => Lint.Verify("Prices rose 5 percent in May and 3 {|NL5011:per cent|} in June, the office said.", Id);
    }

    public sealed class DoesNotTrigger
    {
        [Fact]
        public void One_form() => Lint.Verify("Prices rose 5 per cent in May and 3 per cent in June, the office said.", Id);
    }
}

public sealed class NL5012RedundantPhraseTests
{
    private const string Id = "NL5012";

    public sealed class Triggers
    {
        [Fact]
        public void Redundancies() => Lint.Verify("The building was {|NL5012:completely destroyed|}, and the {|NL5012:end result|} was grim, the mayor said.", Id);
    }

    public sealed class DoesNotTrigger
    {
        [Fact]
        public void Plain_wording() => Lint.Verify("The building was destroyed, and the result was grim, the mayor said on Monday.", Id);
    }
}

public sealed class NL5013SentenceTooLongTests
{
    private const string Id = "NL5013";

    public sealed class Triggers
    {
        [Fact]
        public void Sixty_one_words() => Lint.Verify("Short. {|NL5013:This " + string.Join(" ", Enumerable.Repeat("the", 60)) + "|}.", Id);
    }

    public sealed class DoesNotTrigger
    {
        [Fact]
        public void Sixty_words() => Lint.Verify("This " + string.Join(" ", Enumerable.Repeat("the", 58)) + " ends.", Id);
    }
}
