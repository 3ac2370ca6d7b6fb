using System.Collections.Generic;
using System.Linq;
using CsCheck;
using NewsLint.Recognizers.Quotations;
using NewsLint.Rules.Languages;
using NewsLint.Tests.Infrastructure;
using Xunit;

namespace NewsLint.Tests.Quotations;

/// <summary>
/// The quotation recognizer reads sentences only in the blocks attributions look at, and cues only in the sentences they
/// look at (and, for a pronoun, back to the last name); on generated articles, dense with marks, cues, pronouns, names, headings and block quotes, it
/// finds the quotations and attributions it finds reading every block (and finding marks by their characters, where it
/// otherwise walks the symbol tokens).
/// </summary>
public sealed class QuotationRecognizerPropertyTests
{
    private static readonly string[] Words =
    {
        "“", "”", "\"", "‘", "’", "«", "»", "“Sudah final,”", "“We will win.”", "\"It is over,\"", "‘Fine’", "said", "says",
        "told", "according to", "in a statement", "told reporters", "Said", "kata", "katanya", "ujarnya", "menurut",
        "kepada wartawan", "dalam keterangan tertulis", "he", "she", "they", "dia", "ia", "mereka", "Budi", "Smith",
        "John Smith", "Joko Widodo", "the", "minister", "spokesman", "juru bicara", "yang", "di", "and", "dan", ".", ",",
        ":", "—", "film", "berjudul", "Russia’s", "’90s", "x", "The", "Presiden", "Dia", "He",
        "Budi Santoso said.", "said John Smith.", "Ann Lee said,", "he said.", "she said,", "kata Budi.", "ujar dia.",
        "katanya.", "ungkap Joko Widodo.",

        // Marks where the tokenizer joins or splits characters: the shortcut walks symbol tokens, the reference characters.
        // Sentence ends, where a block's cues are read a sentence at a time: a phrase or a stop around one.
        "according.", "to.", "U.S.", "Jr.", "3.", "(he said.)", "[said.]", "…", "Mr.", "kepada.", "wartawan.", "?", "!",

        "don't", "rock’n’roll", "l’été", "‘90", "'90s", "3.380", "2022.”", "“Été”", "«ça»", "x’", "’x", "''", "„Ja“", "a-“b”", "‘’Ya’’", "kata’’", "’’a", "b’’c",
    };

    private static readonly Gen<string> Loose = Gen.OneOfConst(Words).Array[0, 8].Select(words => string.Join(" ", words));

    // Sentences as news writes them, so names, pronouns and quotations meet across paragraphs.
    private static readonly Gen<string> Sentence = Gen.Frequency(
        (3, Loose),
        (2, Gen.Select(Gen.OneOfConst("“We will win,”", "“Sudah final,”", "\"It is over,\"", "«Tidak,»"), Gen.OneOfConst("he said.", "she said.", "said Ann Lee.", "kata Budi.", "katanya.", "ujar dia.", "said the minister."), (q, c) => q + " " + c)),
        (2, Gen.Select(Gen.OneOfConst("Budi Santoso", "Ann Lee", "He", "Dia", "The minister", "Joko Widodo"), Gen.OneOfConst("said", "told reporters", "kata", "menjelaskan"), Loose, (who, verb, rest) => who + " " + verb + " " + rest + ".")));

    private static readonly Gen<string> Paragraph = Sentence.Array[1, 5].Select(sentences => string.Join(" ", sentences));

    private static readonly Gen<string> Block = Gen.Frequency(
        (6, Paragraph),
        (1, Paragraph.Select(p => "# " + p)),
        (2, Paragraph.Select(p => "> " + p)),
        (1, Gen.OneOfConst("> — John Smith", "> -- Budi", "“", "\"")));

    private static readonly Gen<string> Articles = Block.Array[1, 10]
        .Select(blocks => string.Join("\n\n", blocks.Where(b => b.Trim().Trim('#', '>').Trim().Length > 0).DefaultIfEmpty("x")));

    [Theory]
    [InlineData("en")]
    [InlineData("id")]
    public void Reading_blocks_on_demand_finds_what_reading_every_block_finds(string language)
    {
        ShortcutEquivalence.AssertSameFindings(Articles, language, QuotationRecognizer.Instance, QuotationRecognizer.ReadingEveryBlock, Describe, iter: 3000);
    }

    // Long plain paragraphs, most without a mark or any uncommon symbol (pass 1 skips those without walking their tokens),
    // a few with one word of the pool above anywhere, after or before common punctuation and numbers.
    private static readonly Gen<string> PlainWord = Gen.OneOfConst("the", "minister", "said", "dan", "Budi", "3.5", "U.S.", "x", "(a)", "it's", "—", "é", "$", "\r\n");

    private static readonly Gen<string> MostlyPlainBlock = Gen.Frequency(
        (3, PlainWord.Array[1, 30].Select(words => string.Join(" ", words))),
        (1, Gen.Select(PlainWord.Array[0, 30], Gen.OneOfConst(Words), PlainWord.Array[0, 12], (a, w, b) => string.Join(" ", a.Append(w).Concat(b)))));

    private static readonly Gen<string> MostlyPlainArticles = MostlyPlainBlock.Array[1, 8]
        .Select(blocks => string.Join("\n\n", blocks.Where(b => b.Trim().Length > 0).DefaultIfEmpty("x")));

    [Theory]
    [InlineData("en")]
    [InlineData("id")]
    public void Skipping_blocks_without_an_uncommon_symbol_finds_what_reading_every_block_finds(string language)
    {
        ShortcutEquivalence.AssertSameFindings(MostlyPlainArticles, language, QuotationRecognizer.Instance, QuotationRecognizer.ReadingEveryBlock, Describe, iter: 3000);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("id")]
    public void Marks_are_found_by_walking_symbol_tokens(string language)
    {
        // Otherwise the theory above compares the character search with itself.
        Assert.True(QuotationLexicon.For(TestContexts.Create("x", language).Language!).MarksStartSymbols);

        // And from each block's first uncommon symbol, skipping blocks without one.
        Assert.True(QuotationLexicon.For(TestContexts.Create("x", language).Language!).MarksStartUncommonSymbols);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("id")]
    public void Marks_and_pairs_are_looked_up_as_the_language_lists_them(string language)
    {
        // The lexicon compares marks in arrays, not by hash: copies of the strings (not the lexicon's own) must match too.
        var pack = TestContexts.Create("x", language).Language!;
        QuotationLexicon lexicon = QuotationLexicon.For(pack);
        var marks = pack.QuotationMarks.SelectMany(p => new[] { p.Open, p.Close }).Concat(new[] { "x", "\"", "‚", "«»", "" }).Distinct().ToList();
        foreach (string open in marks)
        {
            string openCopy = new string(open.ToCharArray());
            Assert.Equal(pack.QuotationMarks.Any(p => p.Open == open && p.Close.Length > 0 && open.Length > 0), lexicon.CanOpen(openCopy));
            Assert.Equal(pack.QuotationMarks.Any(p => p.Close == open && p.Open.Length > 0 && open.Length > 0), lexicon.CanClose(openCopy));
            foreach (string close in marks)
            {
                QuotePair? expected = pack.QuotationMarks.LastOrDefault(p => p.Open == open && p.Close == close && open.Length > 0 && close.Length > 0);
                Assert.Same(expected, lexicon.Pair(openCopy, new string(close.ToCharArray())));
            }
        }
    }

    [Theory]
    [InlineData("en")]
    [InlineData("id")]
    public void A_scan_in_the_thread_state_of_earlier_scans_finds_what_a_scan_on_a_new_thread_finds(string language)
    {
        // The thread keeps its drafts, parts, cues, block infos and lists from scan to scan; each scan empties them.
        Articles.Sample(
            article =>
            {
                List<string> reused = Describe(QuotationRecognizer.Instance.Recognize(TestContexts.Create(article, language))).ToList();
                Assert.True(QuotationScan.ThreadStateIsEmpty);
                List<string>? fresh = null;
                var thread = new System.Threading.Thread(() => fresh = Describe(QuotationRecognizer.Instance.Recognize(TestContexts.Create(article, language))).ToList());
                thread.Start();
                thread.Join();
                Assert.Equal(fresh, reused);
            },
            iter: 500);
    }

    [Fact]
    public void A_cancelled_scan_leaves_the_thread_state_empty()
    {
        var context = new NewsLint.Analysis.ArticleContext(
            TestContexts.Create("“We will win,” he said.\n\n> “Open", "en").Document, Lint.DefaultRules, TestContexts.Create("x", "en").Language, NewsLint.Analysis.LintOptions.Default,
            new List<NewsLint.Diagnostics.LintDiagnostic>(), new System.Threading.CancellationToken(canceled: true));
        Assert.ThrowsAny<System.OperationCanceledException>(() => QuotationRecognizer.Instance.Recognize(context));
        Assert.True(QuotationScan.ThreadStateIsEmpty);
        Assert.Single(QuotationRecognizer.Instance.Recognize(TestContexts.Create("“We will win,” he said.", "en")).Quotations);
    }

    [Fact]
    public void A_pronoun_takes_the_name_from_a_paragraph_without_quotations()
    {
        const string Text = "Budi Santoso said the plan was ready.\n\nThe weather was fine.\n\nThe roads were open.\n\n“We will finish the bridge by next year,” he said.";
        QuotationSet found = QuotationRecognizer.Instance.Recognize(TestContexts.Create(Text, "en"));
        Quotation quotation = Assert.Single(found.Quotations);
        Assert.Equal("Budi Santoso", quotation.Attribution?.ResolvedSpeaker);
    }

    [Fact]
    public void A_pronoun_takes_the_name_last_before_it()
    {
        const string Text = "Ann Lee said the plan was ready.\n\nBudi Santoso said the roads were open.\n\n“We will finish the bridge by next year,” he said.";
        QuotationSet found = QuotationRecognizer.Instance.Recognize(TestContexts.Create(Text, "en"));
        Assert.Equal("Budi Santoso", Assert.Single(found.Quotations).Attribution?.ResolvedSpeaker);
    }

    [Fact]
    public void A_pronoun_takes_the_name_before_it_in_its_paragraph_not_a_later_one()
    {
        // The speaker is found when the attribution takes the cue: the names after it in the paragraph are read by then.
        const string Text = "Ann Lee said the plan was ready.\n\nBudi Santoso said the roads were open. “We will finish the bridge,” he said. John Smith said nothing.";
        QuotationSet found = QuotationRecognizer.Instance.Recognize(TestContexts.Create(Text, "en"));
        Assert.Equal("Budi Santoso", Assert.Single(found.Quotations).Attribution?.ResolvedSpeaker);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("id")]
    public void The_text_made_when_asked_joins_the_quoted_words_of_the_parts(string language)
    {
        // As the scan built it before the text was made on demand: a line feed before a part unless nothing stands before it.
        Articles.Sample(
            article =>
            {
                foreach (Quotation quotation in QuotationRecognizer.Instance.Recognize(TestContexts.Create(article, language)).Quotations)
                {
                    string expected = string.Empty;
                    foreach (QuotationPart part in quotation.Parts)
                    {
                        expected += (expected.Length > 0 ? "\n" : string.Empty) + part.Block.Text.Substring(part.ContentStart, part.ContentLength);
                    }

                    Assert.Equal(expected, quotation.Text);
                }
            },
            iter: 1000);
    }

    [Fact]
    public void A_quotation_over_two_paragraphs_has_their_words_on_two_lines()
    {
        const string Text = "“The bridge will open in May.\n\n“The roads will follow,” Budi Santoso said.";
        Quotation quotation = Assert.Single(QuotationRecognizer.Instance.Recognize(TestContexts.Create(Text, "en")).Quotations);
        Assert.Equal("The bridge will open in May.\nThe roads will follow,", quotation.Text);
    }

    private static IEnumerable<string> Describe(QuotationSet set) =>
        set.Quotations.Select(q => $"{q.Index} {q.Kind} {q.Pair} {string.Join("|", q.Parts.Select(p => $"{p.Block.Index}:{p.OpenStart}+{p.OpenLength},{p.ContentStart}+{p.ContentLength},{p.CloseStart}+{p.CloseLength}"))} [{q.Text}] {q.WordCount} {q.IsTitle} {q.Parent?.Index} {Describe(q.Attribution)}")
            .Concat(set.UnbalancedMarks.Select(m => $"unbalanced {m.Block.Index}:{m.Start}+{m.Length} {m.IsOpening}"));

    private static string Describe(Attribution? a) =>
        a is null ? "none" : $"{a.Placement} {a.Block.Index}:{a.Start}+{a.Length} [{a.Text}] [{a.Cue}] [{a.Speaker}] {a.SpeakerKind} {a.ResolvedSpeaker}";
}
