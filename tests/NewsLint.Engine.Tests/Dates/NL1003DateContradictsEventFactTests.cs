using System.Linq;
using NewsLint.Rules;
using NewsLint.Rules.Facts;
using NewsLint.Tests.Infrastructure;
using Xunit;

namespace NewsLint.Tests.Dates;

public sealed class NL1003DateContradictsEventFactTests
{
    private const string Id = "NL1003";

    private static readonly RuleSet ElectionRules = RuleSetLoader.Load(new[]
    {
        new RuleFile("newsroom/rules/facts/elections.yaml", """
            events:
              - id: pilkada-dki-2017
                names: { en: the Jakarta governor election, id: Pilkada DKI Jakarta }
                match:
                  en: [[governor election, gubernatorial election], [second round, runoff]]
                  id: [[pilkada, pemilihan gubernur], [putaran kedua]]
                place: Jakarta
                date: 2017-04-19
                source: KPU DKI Jakarta
              - id: festival-danau-toba-2017
                names: { id: Festival Danau Toba 2017 }
                match:
                  id: [[Festival Danau Toba]]
                date: 2017-11-05/2017-11-08
            """),
    });

    public sealed class Triggers
    {
        [Fact]
        public void Indonesian_summit_a_day_late() => Lint.Verify(
            "Pada hari Senin, {|NL1003:17 Mei 2022|} waktu setempat, para pemimpin CSTO melakukan pertemuan di Moskow.",
            Id);

        [Fact]
        public void English_summit_without_weekday() => Lint.Verify(
            "CSTO leaders held a summit in Moscow on {|NL1003:May 17, 2022|}, the Kremlin said.",
            Id);

        [Fact]
        public void Other_spelling_of_the_place() => Lint.Verify(
            "The CSTO meeting in Moskva on {|NL1003:15 May 2022|} drew six leaders.",
            Id);

        [Fact]
        public void Newsroom_fact_file() => Lint.Verify(
            "Pilkada DKI Jakarta putaran kedua digelar pada Rabu ({|NL1003:20/4/2017|}) di seluruh TPS.",
            Id,
            ElectionRules);

        [Fact]
        public void Outside_a_range() => Lint.Verify(
            "Festival Danau Toba dibuka pada {|NL1003:4 November 2017|} di Balige.",
            Id,
            ElectionRules);

        [Fact]
        public void Shared_article_lines_5_and_27()
        {
            string text = Lint.Fixture("csto-summit-moscow-2022.md");
            var found = Lint.Run(text, path: "csto.md").OfId(Id).ToList();
            Assert.Equal(new[] { 5, 27 }, found.Select(d => d.LineSpan.Start.Line));
            Assert.All(found, d => Assert.Equal("17 Mei 2022", text.Substring(d.Span.Start, d.Span.Length)));
            Assert.All(found, d => Assert.Equal(
                "KTT CSTO di Moskow took place on Senin (Monday), 16 Mei 2022 (rules/facts/events.yaml:18), not 17 Mei 2022",
                d.Message));
        }
    }

    public sealed class DoesNotTrigger
    {
        [Theory]
        [InlineData("Pada hari Senin, 16 Mei 2022, para pemimpin CSTO melakukan pertemuan di Moskow.")]
        [InlineData("CSTO leaders met in Moscow on Monday (5/16/2022).")]
        [InlineData("Para pemimpin CSTO melakukan pertemuan di Moskow, sejak Rusia menyerang Ukraina pada 24 Februari 2022.")]
        [InlineData("CSTO sendiri merupakan tindak lanjut dari perjanjian yang disahkan pada tanggal 20 April 1994 di Moskow.")]
        [InlineData("Dikutip dari situs resminya, pada hari Selasa, 17 Mei 2022, pasal 4 aliansi itu berbunyi demikian.")]
        [InlineData("Para pemimpin CSTO bertemu 17 Mei 2022 di Dushanbe dalam sebuah pertemuan.")]
        public void Unrelated_or_right(string text) => Lint.Verify(text, Id);

        [Fact]
        public void Inside_a_range() => Lint.Verify("Festival Danau Toba dibuka pada 6 November 2017 di Balige.", Id, ElectionRules);

        [Fact]
        public void Suppressed_by_comment() => Lint.Verify(
            "<!-- newslint-disable-next-line NL1003 -->\nPara pemimpin CSTO melakukan pertemuan di Moskow pada 17 Mei 2022.",
            Id);
    }

    public sealed class FactFiles
    {
        [Fact]
        public void Default_fact_is_shipped()
        {
            EventFact fact = Assert.Single(Lint.DefaultRules.Get<FactCatalog>().Events, e => e.Id == "csto-summit-moscow-2022");
            Assert.Equal(new System.DateTime(2022, 5, 16), fact.Start);
            Assert.Equal("rules/facts/events.yaml", fact.SourcePath);
        }

        [Theory]
        [InlineData("2023-02-29", "'2023-02-29' is not a date that exists")]
        [InlineData("2022-04-31", "'2022-04-31' is not a date that exists")]
        [InlineData("16 May 2022", "'date' must be a day (2022-05-16) or a range of days (2022-05-16/2022-05-17), not '16 May 2022'")]
        [InlineData("2022-05-17/2022-05-16", "the range '2022-05-17/2022-05-16' ends before it starts")]
        public void Impossible_date_is_NL0001_at_its_line(string date, string problem)
        {
            RuleSet rules = RuleSetLoader.Load(
                new[] { new RuleFile("rules/facts/bad.yaml", "events:\n  - id: x\n    match: { en: [[x]] }\n    date: " + date + "\n") },
                includeDefaults: false);
            var diagnostic = Assert.Single(rules.Diagnostics);
            Assert.Equal("NL0001", diagnostic.Id);
            Assert.Equal("rules/facts/bad.yaml", diagnostic.Path);
            Assert.Equal(4, diagnostic.LineSpan.Start.Line);
            Assert.Equal("Rule file is invalid: " + problem, diagnostic.Message);
            Assert.Empty(rules.Get<FactCatalog>().Events);
        }

        [Fact]
        public void Later_file_overrides_an_event_by_id()
        {
            RuleSet rules = RuleSetLoader.Load(new[]
            {
                new RuleFile("newsroom/rules/facts/fix.yaml", "events:\n  - id: csto-summit-moscow-2022\n    match: { en: [[CSTO]] }\n    date: 2022-05-17\n"),
            });
            EventFact fact = Assert.Single(rules.Get<FactCatalog>().Events, e => e.Id == "csto-summit-moscow-2022");
            Assert.Equal(17, fact.Start.Day);
            Lint.Verify("The CSTO summit in Moscow on May 17, 2022 ended early.", Id, rules);
        }
    }
}
