using NewsLint.Tests.Infrastructure;
using Xunit;

namespace NewsLint.Tests.Analysis;

/// <summary>Suppression directives, shown with NL4001 (any rule behaves the same).</summary>
public sealed class SuppressionTests
{
    private const string Id = "NL4001";

    [Fact]
    public void Disable_and_enable_bracket_a_region() => Lint.Verify(
        """
        Kyiv, Lviv, Sumy dan {|NL4001:Kyiv|}.

        <!-- newslint-disable NL4001 -->

        Kyiv, Lviv, Sumy dan Kyiv.

        <!-- newslint-enable NL4001 -->

        Odesa, Lviv, Sumy dan {|NL4001:Odesa|}.
        """,
        Id);

    [Fact]
    public void Disable_without_ids_covers_every_rule_to_the_end() => Lint.Verify(
        """
        Kyiv, Lviv, Sumy dan {|NL4001:Kyiv|}.

        <!-- newslint-disable -->

        Kyiv, Lviv, Sumy dan Kyiv.
        """,
        Id);

    [Fact]
    public void Disable_next_line_covers_only_that_line() => Lint.Verify(
        """
        <!-- newslint-disable-next-line NL4001 -->
        Kyiv, Lviv, Sumy dan Kyiv.

        Kyiv, Lviv, Sumy dan {|NL4001:Kyiv|}.
        """,
        Id);

    [Fact]
    public void Disable_line_covers_its_own_line() => Lint.Verify(
        "Kyiv, Lviv, Sumy dan Kyiv. <!-- newslint-disable-line NL4001 -->\n\nKyiv, Lviv, Sumy dan {|NL4001:Kyiv|}.\n",
        Id);

    [Fact]
    public void Another_rules_directive_does_not_suppress() => Lint.Verify(
        "<!-- newslint-disable-next-line NL1001 -->\nKyiv, Lviv, Sumy dan {|NL4001:Kyiv|}.\n",
        Id);

    [Fact]
    public void Front_matter_list_disables_for_the_whole_article() => Lint.Verify(
        "---\nnewslint-disable: [NL4001]\n---\n\nKyiv, Lviv, Sumy dan Kyiv.\n",
        Id);
}
