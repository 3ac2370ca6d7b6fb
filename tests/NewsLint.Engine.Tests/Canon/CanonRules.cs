using NewsLint.Rules;

namespace NewsLint.Tests.Canon;

/// <summary>Rule sets for canon tests: the defaults plus a fictional newsroom charter with two versions of one article.</summary>
internal static class CanonRules
{
    /// <summary>Article 3 of an invented "Example Newsroom Charter": 2001 wording, replaced on 1 July 2020 by the 2020 wording.</summary>
    public static readonly RuleSet TwoVersions = RuleSetLoader.Load(TwoVersionsFiles);

    public static RuleFile[] TwoVersionsFiles => new[]
    {
        new RuleFile("newsroom/rules/canon/example-charter-art3-2001.en.md", """
            ---
            id: example-charter-art3-2001-en
            instrument:
              id: example-charter
              names: { en: [Example Newsroom Charter, the charter], id: [Piagam Redaksi Contoh] }
              articles: 9
            article: 3
            language: en
            text: authentic
            version: { name: "2001", from: 2001-01-15, until: 2020-07-01, changed-by: the 2020 revision }
            source: invented for NewsLint's tests
            ---
            Every correction shall be published within seven days on the page where the error appeared.
            """),
        new RuleFile("newsroom/rules/canon/example-charter-art3-2020.en.md", """
            ---
            id: example-charter-art3-2020-en
            instrument:
              id: example-charter
              names: { en: [Example Newsroom Charter] }
              articles: 9
            article: 3
            language: en
            text: authentic
            version: { name: "2020", from: 2020-07-01 }
            source: invented for NewsLint's tests
            ---
            Every correction shall be published within two days at the top of the article and on the corrections page.
            """),
    };
}
