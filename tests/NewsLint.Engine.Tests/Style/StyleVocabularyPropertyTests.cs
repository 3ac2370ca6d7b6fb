using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using CsCheck;
using NewsLint.Analysis;
using NewsLint.Language;
using NewsLint.Rules.Style;
using NewsLint.Tests.Infrastructure;
using Xunit;

namespace NewsLint.Tests.Style;

/// <summary>
/// The block pass (read from a block's tokens, or character by character) gated by a <see cref="StyleVocabulary"/>
/// against what the text holds (every run of ASCII letters and digits, every ASCII symbol, every case oddity), and the
/// style gates built on it against a plain scan of every unit, whichever vocabulary the article's filters were built
/// with.
/// </summary>
public sealed class StyleVocabularyPropertyTests
{
    private static readonly string[] Words = { "di", "dimana", "end", "Result", "NATO", "UN", "G20", "5%", "kota", "x", "ABCDEFGHIJ", "café", "\u212Ailo", "Ökonom", "2024", "per", "cent", "per5", "ab12cd", "negara-negara", "Russia's", "Russia\u2019s", "naïveté", "3.380", "1,000abc", "percent", "alot", "would", "of" };

    private static readonly string[] Separators = { " ", "  ", "-", ", ", ". ", "\u00A0", "'s ", "_", "é", "\u2019", "\n", "(", ")", "\u201C", "/", "%", "7", "x" };

    private static readonly Gen<string> Texts = Gen.Select(Gen.OneOfConst(Words).Array[1, 120], Gen.OneOfConst(Separators).Array[120], (w, s) =>
        string.Concat(w.Select((word, i) => word + s[i])));

    private static readonly string[] Starts = { "dima", "end", "resu", "nato", "kota", "abcd", "per", "cent", "alot", "woul", "of", "2024", "ab12", "cd", "negar", "s", "russ", "ve", "380", "000a", "perc", "x" };

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Each_pass_records_every_run_symbol_and_case_oddity_the_text_holds(bool fromTokens)
    {
        // The last vocabulary has no start shorter than four characters: the pass then passes over short words.
        StyleVocabulary[] vocabularies = { StyleVocabulary.Everything, VocabularyOf(Starts), VocabularyOf(Starts.Where(start => start.Length >= 4)) };
        Gen.Select(Texts, Gen.Int[0, vocabularies.Length - 1]).Sample((text, which) =>
        {
            StyleVocabulary vocabulary = vocabularies[which];
            var article = new ArticlePrefixes(vocabulary);
            BlockPrefixes block = fromTokens ? new BlockPrefixes(text, Tokenizer.Tokenize(text).AsSpan(), article) : new BlockPrefixes(text, article);

            foreach (Match run in Regex.Matches(text, "(?<![A-Za-z0-9])[A-Za-z0-9]+(?![A-Za-z0-9])"))
            {
                string word = run.Value;
                if (word.Length >= 4)
                {
                    int prefix = BlockPrefixes.PrefixOf(word);
                    Assert.True(block.MayBeginWord(prefix), $"prefix of {word} in '{text}'");
                    Assert.True(article.MayBeginAnyWord(new[] { prefix }), $"prefix of {word} in '{text}'");
                }

                Assert.True(BlockPrefixes.TryWordKey(word, out uint key));
                Assert.True(article.MayHoldAllOfAny(new[] { new[] { key, (uint)BlockPrefixes.StartOf(word) } }), $"{word} in '{text}'");
            }

            foreach (char c in text.Where(c => c >= ' ' && c < 128 && !char.IsLetterOrDigit(c)).Distinct())
            {
                (ulong symbols, ulong lowerSymbols) = BlockPrefixes.SymbolsOf(c.ToString());
                Assert.True(article.MayHoldAny(new[] { symbols, lowerSymbols }), $"'{c}' in '{text}'");
            }

            Assert.Equal(text.IndexOfAny(BlockPrefixes.CaseOddities.ToCharArray()) >= 0, block.HasCaseOddities);
        });
    }

    /// <summary>The token pass may record more (a word after a digit begins no run), never less.</summary>
    [Fact]
    public void The_token_pass_records_every_start_the_character_pass_records()
    {
        StyleVocabulary vocabulary = VocabularyOf(Starts);
        Texts.Sample(text =>
        {
            var byTokens = new BlockPrefixes(text, Tokenizer.Tokenize(text).AsSpan(), new ArticlePrefixes(vocabulary));
            var byCharacters = new BlockPrefixes(text, new ArticlePrefixes(vocabulary));
            foreach (string start in Starts.Where(s => s.Length == 4))
            {
                int prefix = BlockPrefixes.PrefixOf(start);
                Assert.True(!byCharacters.MayBeginWord(prefix) || byTokens.MayBeginWord(prefix), $"{start} in '{text}'");
            }

            Assert.Equal(byCharacters.HasCaseOddities, byTokens.HasCaseOddities);
        });
    }

    /// <summary>
    /// The token pass's loop settles most tokens itself; it must record exactly what reading each token does. With
    /// <paramref name="knownWords"/>, on text mostly of words whose start the vocabulary knows
    /// (<see cref="KnownWordTexts"/>), which the loop records from what it already read.
    /// </summary>
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_token_pass_records_what_reading_every_token_one_by_one_records(bool knownWords)
    {
        string[] starts = knownWords ? KnownStarts : Starts;
        StyleVocabulary[] vocabularies = { StyleVocabulary.Everything, VocabularyOf(starts), VocabularyOf(starts.Where(start => start.Length >= 4)) };
        Gen.Select(knownWords ? KnownWordTexts : Texts, Gen.Int[0, vocabularies.Length - 1]).Sample((text, which) =>
        {
            Token[] tokens = Tokenizer.Tokenize(text).ToArray();
            var article = new ArticlePrefixes(vocabularies[which]);
            var reference = new ArticlePrefixes(vocabularies[which]);
            var block = new BlockPrefixes(text, tokens, article);
            BlockPrefixes oneByOne = BlockPrefixes.ReadEachToken(text, tokens, reference);

            Assert.Equal(oneByOne.Bits, block.Bits);
            Assert.Equal(oneByOne.HasCaseOddities, block.HasCaseOddities);
            Assert.Equal(reference.PrefixFilter, article.PrefixFilter);
            Assert.Equal(reference.WholeWordFilter, article.WholeWordFilter);
            for (char c = ' '; c < (char)128; c++)
            {
                (ulong symbols, ulong lowerSymbols) = BlockPrefixes.SymbolsOf(c.ToString());
                Assert.Equal(reference.MayHoldAny(new[] { symbols, lowerSymbols }), article.MayHoldAny(new[] { symbols, lowerSymbols }));
            }
        });
    }

    [Fact]
    public void A_mask_of_prefixes_answers_as_its_prefixes_one_by_one()
    {
        StyleVocabulary vocabulary = VocabularyOf(Starts);
        string[] literals = { "dimana", "result", "kota", "alot", "would", "percent", "praktek", "2024" };
        Gen.Select(Texts, Gen.OneOfConst(literals).Array[1, 4]).Sample((text, chosen) =>
        {
            var block = new BlockPrefixes(text, Tokenizer.Tokenize(text).AsSpan(), new ArticlePrefixes(vocabulary));
            int[] prefixes = chosen.Select(BlockPrefixes.PrefixOf).ToArray();
            var mask = new BlockPrefixes.PrefixMask(prefixes, block.KnownStarts);
            Assert.Equal(prefixes.Any(block.MayBeginWord), block.MayBeginAnyWord(mask));
        });
    }

    [Fact]
    public void A_start_outside_the_vocabulary_is_answered_maybe()
    {
        StyleVocabulary vocabulary = VocabularyOf(new[] { "dima" });
        var article = new ArticlePrefixes(vocabulary);
        var block = new BlockPrefixes("nothing here", Tokenizer.Tokenize("nothing here").AsSpan(), article);
        int praktek = BlockPrefixes.PrefixOf("praktek");
        Assert.False(vocabulary.Knows(praktek)); // the test needs a start whose bit the vocabulary does not share
        Assert.True(block.MayBeginWord(praktek));
        Assert.True(article.MayBeginAnyWord(new[] { praktek }));
        Assert.False(block.MayBeginWord(BlockPrefixes.PrefixOf("dimana")));
    }

    private static readonly string[][] TokenLists = { new[] { "praktek" }, new[] { "resiko" }, new[] { "dimana", "disana" }, new[] { "end result" }, new[] { "for all intensive purposes" }, new[] { "per cent" }, new[] { "alot", "a lot" }, new[] { "e.g. per", "5%" } };

    private static readonly string[] Regexes =
    {
        @"\(([A-Z]{2,6})\)", @"(?<=\d)\s?%", @"(?<![\p{L}\p{N}_])(di)(mana|sana)(?![\p{L}\p{N}_-])", @"(?<![\p{L}\p{N}_])(could|would)\s+of(?![\p{L}\p{N}_])",

        // Whole words (PatternLiterals.WholeMatches), with short ones among them.
        @"(?<![\p{L}\p{N}_-])(ke|dari)(mana|atas)(?![\p{L}\p{N}_-])", @"(?<![\p{L}\p{N}_])(?:di|per|cent)(?![\p{L}\p{N}])",

        // Literals that need not end a word: no whole-word test.
        @"(?<![\p{L}\p{N}_])(?:kema|dimana)",
    };

    private static readonly string[] ArticleWords = { "di", "dimana", "Praktek", "praktek", "resiko", "end", "result", "xpraktek", "2praktek", "épraktek", "_resiko", "NATO", "café", "\u212Aemana", "for", "all", "intensive", "purposes", "per", "cent", "percent", "alot", "per5", "(NATO)", "5%", "would", "of", "would-of", "Russia\u2019s", "kemana", "Dariatas", "KEMANA", "ke-mana", "kemana5", "dariatasx", "di5", "\u212Aemana" };

    private static readonly string[] ArticleSeparators = { " ", "  ", "-", ", ", ". ", "\u00A0", "'s ", "é", "\u2019", "\u201C" };

    private static readonly Gen<string> Articles = Gen.Select(
        Gen.Select(Gen.OneOfConst(ArticleWords).Array[1, 30], Gen.OneOfConst(ArticleSeparators).Array[30], (w, s) => string.Concat(w.Select((word, i) => word + s[i]))).Array[1, 5],
        paragraphs => string.Join("\n\n", paragraphs) + "\n");

    [Theory]
    [InlineData(true, StyleUnit.Block)]
    [InlineData(false, StyleUnit.Block)]
    [InlineData(true, StyleUnit.Sentence)]
    public void No_gate_rules_out_a_unit_holding_a_match_whatever_the_vocabulary(bool tokensMade, StyleUnit unitKind)
    {
        List<StylePattern> patterns = TokenLists.Select(tokens => StylePattern.FromTokens(tokens, 1000, "t.yaml", 1))
            .Concat(Regexes.Select(regex => StylePattern.FromRegex(regex, ignoreCase: true, 1000, "t.yaml", 1, out _)!))
            .ToList();
        StyleVocabulary[] vocabularies = { StyleVocabulary.Everything, StyleVocabulary.Of(patterns), StyleVocabulary.Of(patterns.Take(3)), VocabularyOf(Starts) };
        var scope = new StyleScope(StyleBlocks.All, unitKind, QuotationFilter.Include);
        int ruledOut = 0;
        Gen.Select(Articles, Gen.Int[0, vocabularies.Length - 1]).Sample(
            (markdown, which) =>
            {
                ArticleContext context = TestContexts.Create(markdown);
                if (tokensMade && !context.Document.Blocks.IsEmpty)
                {
                    _ = context.TokensOf(context.Document.Blocks[0]); // as the other families do first in a full run
                }

                var text = new StyleText(context, vocabularies[which]);
                foreach (StylePattern pattern in patterns)
                {
                    bool article = pattern.MayMatchIn(text, scope);
                    foreach (StyleSpan unit in text.Units(scope))
                    {
                        if (article && pattern.MayMatch(unit))
                        {
                            continue;
                        }

                        ruledOut++;
                        Assert.False(pattern.Regex.Match(unit.Block.Text.Substring(unit.Start, unit.Length)).Success, $"{pattern} in '{unit.Block.Text}'");
                    }
                }
            },
            iter: 1000,
            threads: 1);
        Assert.True(ruledOut > 1000, $"only {ruledOut} units ruled out");
    }

    /// <summary>
    /// Words of every length whose start <see cref="KnownStarts"/> holds, next to digits, non-ASCII letters, CRLF and
    /// the text's end: the block pass records such a word from the characters it already read, not reading its run again.
    /// </summary>
    private static readonly string[] KnownWords = { "dimana", "Dimana", "DIMANA", "praktek", "Praktek", "result", "resultant", "Result2024", "ABCD5", "abcd", "per", "per5", "of", "x", "alot", "would", "kota", "kotaé", "Russia", "Russia\u2019s", "negara-negara", "percent", "2024", "G20", "\u212Aemana", "a" };

    private static readonly string[] KnownWordSeparators = { " ", "  ", "\r\n", ", ", ". ", "-", "7", "\u00A0", "\u00E9", "(", ")", "%", string.Empty };

    private static readonly Gen<string> KnownWordTexts = Gen.Select(Gen.OneOfConst(KnownWords).Array[0, 40], Gen.OneOfConst(KnownWordSeparators).Array[40], (w, s) =>
        string.Concat(w.Select((word, i) => word + s[i])));

    /// <summary>Starts of four characters and whole short words, so that both kinds of known word take the shortcut.</summary>
    private static readonly string[] KnownStarts = { "dima", "prak", "resu", "abcd", "per", "of", "x", "alot", "woul", "kota", "russ", "perc", "a" };

    [Theory]
    [InlineData("Praktek")]
    [InlineData("praktek di kota")]
    [InlineData("PRAKTEK\r\nkota")]
    [InlineData("a praktek")]
    public void A_known_word_s_whole_key_is_the_key_of_the_word(string text)
    {
        var article = new ArticlePrefixes(VocabularyOf(KnownStarts));
        _ = new BlockPrefixes(text, Tokenizer.Tokenize(text).AsSpan(), article);
        Assert.True(BlockPrefixes.TryWordKey("praktek", out uint praktek));
        Assert.True(article.MayHoldAllOfAny(new[] { new[] { praktek, (uint)BlockPrefixes.StartOf("praktek") } }));
        Assert.True(article.MayBeginAnyWord(new[] { BlockPrefixes.PrefixOf("praktek") }));
    }

    [Fact]
    public void A_known_word_followed_by_a_digit_is_recorded_as_its_whole_run()
    {
        var article = new ArticlePrefixes(VocabularyOf(KnownStarts));
        _ = new BlockPrefixes("kota2024 lagi", Tokenizer.Tokenize("kota2024 lagi").AsSpan(), article);
        Assert.True(BlockPrefixes.TryWordKey("kota2024", out uint run));
        Assert.True(article.MayHoldAllOfAny(new[] { new[] { run, (uint)BlockPrefixes.StartOf("kota2024") } }));
    }

    /// <summary>A vocabulary of the starts of some words (through token lists, one word each).</summary>
    private static StyleVocabulary VocabularyOf(IEnumerable<string> starts) =>
        StyleVocabulary.Of(starts.Select(start => StylePattern.FromTokens(new[] { start }, 1000, "t.yaml", 1)));
}
