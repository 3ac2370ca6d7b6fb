using System;
using System.Text;
using NewsLint.Language;
using Xunit;

namespace NewsLint.Tests.Language;

/// <summary>The shortcuts in <see cref="TextFolding"/> must give exactly what normalizing every text gives.</summary>
public sealed class TextFoldingTests
{
    /// <summary>The first characters of <see cref="Alphabet"/> need no normalizing.</summary>
    private const int SimpleCharacters = 26;

    private const string Alphabet = "aZ 09'-.\t\n\u00A0\u00AB\u00BB\u02BC\u2010\u2011\u2012\u2013\u2014\u2018\u2019\u201A\u201B\u201C\u201D\u2026\u00E9e\u0301\u0130\u212A\u00C5\u0416\uD83D\uDE00\uFFFE\uDC00\u00C0\u00D7\u00DF\u0391\u03A3\u0131\u1E9E\u2160\u24B6";

    [Fact]
    public void Shortcuts_match_the_normalizing_fold_on_random_mixes()
    {
        var random = new Random(4002);
        for (int round = 0; round < 20000; round++)
        {
            string text = RandomText(random, random.Next(0, 12), simpleChars: round % 2 == 0 ? 12 : 0);
            Assert.Equal(TextFolding.FoldByNormalizing(text), TextFolding.Fold(text));
        }
    }

    [Fact]
    public void A_range_folds_as_its_text_cut_out()
    {
        var random = new Random(4004);
        for (int round = 0; round < 20000; round++)
        {
            string text = RandomText(random, random.Next(0, 16), simpleChars: round % 2 == 0 ? 16 : 0);
            int start = random.Next(0, text.Length + 1);
            int count = random.Next(0, text.Length - start + 1);
            Assert.Equal(TextFolding.Fold(text.Substring(start, count)), TextFolding.Fold(text, start, count));
        }
    }

    [Theory]
    [InlineData("Kyiv")]
    [InlineData("the  Ukraine")]
    [InlineData(" New\tYork\n")]
    [InlineData("ABC's")]
    [InlineData("\u00ABKyiv\u2019s\u00A0\u2014 \u201CNew\u201D\u00BB")]
    public void Hash_of_a_simple_range_is_the_hash_of_its_fold(string text)
    {
        string folded = TextFolding.Fold(text);
        Assert.True(FoldedHash.TrySimple(text, 0, text.Length, out int hash));
        Assert.True(FoldedHash.TrySimple(folded, 0, folded.Length, out int foldedHash));
        Assert.Equal(hash, foldedHash);
        Assert.Equal(FoldedHash.OfFolded(folded), hash);
    }

    [Fact]
    public void Hash_of_any_range_is_the_hash_of_its_fold()
    {
        var random = new Random(4003);
        for (int round = 0; round < 20000; round++)
        {
            string text = RandomText(random, random.Next(0, 14), simpleChars: 0);
            int start = random.Next(0, text.Length + 1);
            int count = random.Next(0, text.Length - start + 1);
            int expected = FoldedHash.OfFolded(TextFolding.FoldByNormalizing(text.Substring(start, count)));
            Assert.Equal(expected, FoldedHash.Of(text, start, count));
            if (FoldedHash.TrySimple(text, start, count, out int simple))
            {
                Assert.Equal(expected, simple);
            }
        }
    }

    [Fact]
    public void A_simple_range_folds_to_a_key_exactly_when_its_fold_is_the_key()
    {
        var random = new Random(4005);
        string[] keys = { string.Empty, "a", "az", "a z", "az ", "'-", "\u201Ca\u201D", "\u00AB a\u00BB" };
        for (int round = 0; round < 20000; round++)
        {
            string text = RandomText(random, random.Next(0, 8), simpleChars: 8);
            string folded = TextFolding.Fold(text);
            Assert.True(FoldedHash.SimpleRangeFoldsTo("x" + text + "y", 1, text.Length, folded));
            string key = keys[random.Next(keys.Length)];
            Assert.Equal(folded == key, FoldedHash.SimpleRangeFoldsTo(text, 0, text.Length, key));
        }
    }

    [Fact]
    public void Hash_of_a_start_is_the_hash_of_the_start_of_the_fold()
    {
        var random = new Random(4004);
        for (int round = 0; round < 20000; round++)
        {
            string text = RandomText(random, random.Next(0, 20), simpleChars: round % 2 == 0 ? 10 : 0);
            int max = random.Next(0, 12);
            string folded = TextFolding.FoldByNormalizing(text);
            Assert.Equal(FoldedHash.OfFolded(folded.Substring(0, Math.Min(max, folded.Length))), FoldedHash.OfPrefix(text, max));
        }
    }

    [Fact]
    public void Hash_of_a_longer_start_goes_on_from_a_shorter_one()
    {
        var random = new Random(4007);
        for (int round = 0; round < 20000; round++)
        {
            string text = RandomText(random, random.Next(0, 40), simpleChars: round % 3 == 0 ? 0 : 10);
            int head = random.Next(0, 20);
            int start = head + random.Next(0, 30);
            FoldedHash.PrefixProgress progress = FoldedHash.PrefixProgress.Start;
            Assert.Equal(FoldedHash.OfPrefix(text, head), FoldedHash.OfPrefix(text, head, ref progress));
            Assert.Equal(FoldedHash.OfPrefix(text, start), FoldedHash.OfPrefix(text, start, ref progress));
        }
    }

    [Fact]
    public void Hashes_of_printable_ascii_runs_are_the_hashes_of_their_folds()
    {
        // Every printable ASCII character, in runs broken by spaces and by characters the run loop leaves to its caller,
        // cut at every range start and every prefix length: the run loop's bound must stop exactly where the count does.
        var random = new Random(4006);
        var builder = new StringBuilder();
        for (int round = 0; round < 3000; round++)
        {
            builder.Clear();
            int length = random.Next(0, 40);
            for (int i = 0; i < length; i++)
            {
                int pick = random.Next(100);
                builder.Append(pick < 80 ? (char)random.Next('!', '~' + 1) : pick < 92 ? ' ' : "\t\u00A0\u2019\u00E9\u201C"[(pick - 92) % 5]);
            }

            string text = builder.ToString();
            string folded = TextFolding.FoldByNormalizing(text);
            for (int max = 0; max <= folded.Length + 1; max++)
            {
                Assert.Equal(FoldedHash.OfFolded(folded.Substring(0, Math.Min(max, folded.Length))), FoldedHash.OfPrefix(text, max));
            }

            int start = random.Next(0, text.Length + 1);
            int count = random.Next(0, text.Length - start + 1);
            int expected = FoldedHash.OfFolded(TextFolding.FoldByNormalizing(text.Substring(start, count)));
            Assert.Equal(expected, FoldedHash.Of(text, start, count));
        }
    }

    [Fact]
    public void Hashes_of_words_and_single_spaces_stop_where_the_fold_does()
    {
        // The run loop goes on over a single space between two printable characters: real-looking prose, with double
        // spaces, CRLF, a tab, a no-break space, curly quotes and look-alikes (fullwidth, Kelvin, dotted I) among the
        // words, every prefix length and every range, so the bound falls on a space, on the word after it and past it.
        var random = new Random(4008);
        string[] words = { "The", "minister", "said", "Kyiv's", "U.S.", "3.380", "a", "rapat", "negara-negara", "\"no\"", "(Reuters)" };
        string[] gaps = { " ", " ", " ", " ", "  ", "\r\n", "\t", "\u00A0", " \u201C", "\u2019", "\uFF41", "\u212A", "\u0130", " \u00E9" };
        var builder = new StringBuilder();
        for (int round = 0; round < 2000; round++)
        {
            builder.Clear();
            int count = random.Next(0, 9);
            for (int w = 0; w < count; w++)
            {
                builder.Append(words[random.Next(words.Length)]);
                builder.Append(random.Next(3) == 0 ? gaps[random.Next(gaps.Length)] : " ");
            }

            string text = builder.ToString();
            string folded = TextFolding.FoldByNormalizing(text);
            for (int max = 0; max <= folded.Length + 1; max++)
            {
                Assert.Equal(FoldedHash.OfFolded(folded.Substring(0, Math.Min(max, folded.Length))), FoldedHash.OfPrefix(text, max));
            }

            for (int start = 0; start <= text.Length; start += 1 + random.Next(4))
            {
                for (int length = 0; start + length <= text.Length; length++)
                {
                    int expected = FoldedHash.OfFolded(TextFolding.FoldByNormalizing(text.Substring(start, length)));
                    Assert.Equal(expected, FoldedHash.Of(text, start, length));
                }
            }
        }
    }

    /// <summary>Words and pieces of words for the fast paths: mixed case, letters above ASCII, look-alikes, digits, joiners.</summary>
    private static readonly string[] Pieces =
    {
        "Kyiv", "KYIV", "kyiv", "kYiV", "Ky\u00EFv", "\u00DAst\u00ED", "Kyi\u0308v", "e\u0301", "\u212Aelvin", "\u0130stanbul", "\u0131",
        "\uFF41bc", "Stra\u00DFe", "\u0391thens", "\u041A\u0438\u0435\u0432", "2022", "3.380", "Kyiv's", "Kyiv\u2019s", "negara-negara",
        "minister", "the", "The", "A", "z", "Z", "@", "[", "`", "{", "Ukraine", "UKRAINE", "\u00AB", "\u2014", "\u201C",
    };

    private static readonly string[] Gaps = { " ", " ", " ", "  ", "\t", "\n", "\u00A0", "\u2003", string.Empty };

    /// <summary>Real-looking words of <see cref="Pieces"/>, with random ASCII letters of either case among them.</summary>
    private static string RandomWords(Random random, int count)
    {
        var builder = new StringBuilder();
        for (int w = 0; w < count; w++)
        {
            if (random.Next(3) == 0)
            {
                for (int n = random.Next(1, 9); n > 0; n--)
                {
                    builder.Append((char)(random.Next(2) == 0 ? random.Next('a', 'z' + 1) : random.Next('A', 'Z' + 1)));
                }
            }
            else
            {
                builder.Append(Pieces[random.Next(Pieces.Length)]);
            }

            builder.Append(Gaps[random.Next(Gaps.Length)]);
        }

        return builder.ToString();
    }

    [Fact]
    public void Hash_of_a_token_is_the_hash_of_its_range()
    {
        // Words of ASCII letters only are hashed without the range's tests: the tokenizer's tokens, so that its flag is set.
        var random = new Random(4009);
        int asciiWords = 0;
        int otherTokens = 0;
        for (int round = 0; round < 2000; round++)
        {
            string text = RandomWords(random, random.Next(0, 10));
            foreach (Token token in Tokenizer.Tokenize(text))
            {
                bool simple = FoldedHash.TrySimple(text, token.Start, token.Length, out int expected);
                Assert.Equal(simple, FoldedHash.TrySimple(text, token, out int hash));
                Assert.Equal(expected, hash);
                if (simple)
                {
                    Assert.Equal(FoldedHash.OfFolded(TextFolding.FoldByNormalizing(token.GetText(text))), hash);
                }

                _ = token.IsAsciiLetters ? asciiWords++ : otherTokens++;
            }
        }

        Assert.True(asciiWords > 3000 && otherTokens > 3000, $"{asciiWords} words of ASCII letters, {otherTokens} other tokens");
    }

    [Fact]
    public void A_range_folds_to_a_key_exactly_when_its_normalized_fold_is_the_key()
    {
        // The keys are the range's own fold, its fold with one character changed, cut or lengthened, and the folds of
        // other ranges: the ASCII letters compared first must settle nothing the general comparison would not.
        var random = new Random(4010);
        int equal = 0;
        int simpleRanges = 0;
        for (int round = 0; round < 20000; round++)
        {
            string text = RandomWords(random, random.Next(1, 5));
            int start = random.Next(0, text.Length + 1);
            int length = random.Next(0, text.Length - start + 1);
            string folded = TextFolding.FoldByNormalizing(text.Substring(start, length));
            string key = KeyNear(random, folded, text);
            bool expected = folded == key;
            equal += expected ? 1 : 0;
            Assert.Equal(expected, FoldedHash.RangeFoldsTo(text, start, length, key));
            if (FoldedHash.TrySimple(text, start, length, out _))
            {
                simpleRanges++;
                Assert.Equal(expected, FoldedHash.SimpleRangeFoldsTo(text, start, length, key));
            }
        }

        Assert.True(equal > 5000 && equal < 15000 && simpleRanges > 5000, $"{equal} keys equal, {simpleRanges} simple ranges");
    }

    [Fact]
    public void Four_lanes_are_small_letters_exactly_when_each_one_is()
    {
        // Every value in every lane, beside lanes that are mostly small letters and sometimes their neighbours.
        var random = new Random(4011);
        char[] neighbours = { 'a', 'z', 'm', '`', '{', 'A', 'Z', '@', '[', '\u00E1', '\u0161', '\uFF41', '\u8061' };
        for (int c = 0; c < 0x10000; c++)
        {
            for (int lane = 0; lane < 4; lane++)
            {
                ulong lanes = 0;
                bool expected = true;
                for (int each = 0; each < 4; each++)
                {
                    char value = each == lane ? (char)c : neighbours[random.Next(random.Next(2) == 0 ? 3 : neighbours.Length)];
                    expected &= value is >= 'a' and <= 'z';
                    lanes |= (ulong)value << (16 * each);
                }

                Assert.Equal(expected, FoldedHash.AreSmallLetters(lanes));
            }
        }
    }

    /// <summary>The fold itself, or a key that differs from it a little or wholly.</summary>
    private static string KeyNear(Random random, string folded, string text)
    {
        int at = folded.Length == 0 ? 0 : random.Next(folded.Length);
        return random.Next(8) switch
        {
            0 when folded.Length > 0 => folded.Remove(at, 1).Insert(at, ((char)(folded[at] ^ (random.Next(2) == 0 ? 0x20 : 1))).ToString()),
            1 when folded.Length > 0 => folded.Substring(0, at),
            2 => folded + "abc '".Substring(random.Next(5), 1),
            3 => TextFolding.FoldByNormalizing(text.Substring(random.Next(text.Length + 1))),
            _ => folded,
        };
    }

    [Fact]
    public void Every_character_lowers_as_TextInfo_does()
    {
        // FoldChar reads a table for most characters; it must agree with ToLowerInvariant on all of them.
        for (int c = 0; c < 0x10000; c++)
        {
            char expected = c switch
            {
                '\u2019' or '\u2018' or '\u02BC' => '\'',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' => '-',
                _ => char.ToLowerInvariant((char)c),
            };
            Assert.Equal(expected, TextFolding.FoldChar((char)c));
        }
    }

    /// <summary>Random characters of <see cref="Alphabet"/>, the first <paramref name="simpleChars"/> from its simple start.</summary>
    private static string RandomText(Random random, int length, int simpleChars)
    {
        var builder = new StringBuilder();
        for (int i = 0; i < length; i++)
        {
            builder.Append(Alphabet[random.Next(i < simpleChars ? SimpleCharacters : Alphabet.Length)]);
        }

        return builder.ToString();
    }
}
