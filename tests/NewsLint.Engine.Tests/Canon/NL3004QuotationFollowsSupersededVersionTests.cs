using System;
using System.Linq;
using NewsLint.Analysis;
using NewsLint.Tests.Infrastructure;
using Xunit;

namespace NewsLint.Tests.Canon;

public sealed class NL3004QuotationFollowsSupersededVersionTests
{
    private const string Id = "NL3004";

    public sealed class Triggers
    {
        [Fact]
        public void The_older_of_two_versions()
        {
            var result = Lint.Verify(
                "The charter says \"{|NL3004:every correction shall be published within seven days on the page where the error appeared.|}\"",
                Id,
                CanonRules.TwoVersions);
            Assert.Equal(
                "This quotation follows the 2001 wording of Example Newsroom Charter, Article 3 ¶1, which was changed on 1 July 2020 by the 2020 revision (newsroom/rules/canon/example-charter-art3-2001.en.md); quote the wording in force or say which wording you quote",
                Assert.Single(result.OfId(Id)).Message);
        }

        [Fact]
        public void The_older_version_with_an_edit_is_still_the_closer_one() => Lint.Verify(
            "The charter says \"{|NL3004:every correction must be published within seven days on the page where the error appeared.|}\"",
            Id,
            CanonRules.TwoVersions);

        [Fact]
        public void Published_after_the_change() => Lint.Verify(
            "---\ndate: 2021-02-03\n---\nThe charter says \"{|NL3004:every correction shall be published within seven days on the page where the error appeared.|}\"",
            Id,
            CanonRules.TwoVersions);

        [Fact]
        public void Shared_article_once_for_lines_35_and_37()
        {
            var found = Lint.Run(Lint.Fixture("csto-summit-moscow-2022.md"), path: "csto.md").OfId(Id).ToList();
            Assert.Equal(35, Assert.Single(found).LineSpan.Start.Line);
            Assert.StartsWith(
                "This quotation follows the 1992 wording of Collective Security Treaty, Article 4 ¶1, which was changed on 10 December 2010 by ",
                found[0].Message);
        }
    }

    public sealed class DoesNotTrigger
    {
        [Fact]
        public void The_version_in_force() => Lint.Verify(
            "The charter says \"every correction shall be published within two days at the top of the article and on the corrections page.\"",
            Id,
            CanonRules.TwoVersions);

        [Fact]
        public void Published_while_the_old_version_was_in_force() => Lint.Verify(
            "---\ndate: 2005-03-01\n---\nThe charter says \"every correction shall be published within seven days on the page where the error appeared.\"",
            Id,
            CanonRules.TwoVersions);

        [Fact]
        public void Today_before_the_change() => Lint.Verify(
            "The charter says \"every correction shall be published within seven days on the page where the error appeared.\"",
            Id,
            CanonRules.TwoVersions,
            new LintOptions { Today = new DateTime(2019, 1, 1) });

        [Fact]
        public void The_1992_wording_quoted_in_2005() => Lint.Verify(
            "---\ndate: 2005-03-01\n---\n\"If one of the Member States is subjected to aggression by any state or group of states, this will be considered as aggression against all the Member States of this Treaty,\" the treaty reads.",
            new[] { Id, "NL3001" });

        [Fact]
        public void A_clause_never_amended() => Lint.Verify(
            "\"Nothing in the present Charter shall impair the inherent right of individual or collective self-defence,\" the Charter says.",
            Id);
    }
}
