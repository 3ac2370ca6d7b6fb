using System;
using System.Collections.Immutable;
using NewsLint.Language;
using NewsLint.Rules.Places;
using NewsLint.Tests.Language;
using Xunit;

namespace NewsLint.Tests.Names;

/// <summary>
/// <see cref="PlaceCatalog"/>'s filters may let a word through that starts no name, but never turn one away that does;
/// its identity key is the one of the name the text folds to, looked up however it is found.
/// </summary>
public sealed class PlaceCatalogTests
{
    private const string Alphabet = "aAkKyYtTeE'\u2019\u00E9\u00C9e\u0301\u0416\u212A";

    [Fact]
    public void Never_turns_away_a_word_that_starts_a_name_written_as_the_place_writes_it()
    {
        var random = new Random(4002);
        for (int round = 0; round < 1000; round++)
        {
            PlaceCatalog catalog = Catalog(
                RandomWord(random), RandomWord(random) + " " + RandomWord(random), RandomWord(random).ToLowerInvariant(), RandomWord(random) + " a b");
            for (int probe = 0; probe < 30; probe++)
            {
                string word = RandomWord(random);
                string text = "x " + word + " y";
                foreach (Place place in catalog.Places)
                {
                    foreach (string name in place.Names)
                    {
                        // A name's words are its tokens (NameWords): "Ek Жe'" is "ek", "жe" and "'".
                        string[] nameWords = NameWords.Of(TextFolding.Fold(name));
                        if (nameWords.Length == 0)
                        {
                            continue; // folds to nothing ("\u0301"): no text is this name
                        }

                        string firstWord = nameWords[0];
                        if (TextFolding.Fold(word) == firstWord && char.IsUpper(word[0]) == char.IsUpper(name[0]))
                        {
                            Assert.True(catalog.MayStartNameWith(text, 2, word.Length), word + " starts " + name);
                            Assert.True(catalog.MayStartName(text, 2, word.Length), word + " starts " + name);
                            string possessive = word + "'s";
                            Assert.True(catalog.MayStartNameWith(possessive, 0, possessive.Length), possessive + " starts " + name);
                            if (nameWords.Length == 1)
                            {
                                Assert.True(catalog.MayBeOneWordName(text, 2, word.Length), word + " is " + name);
                            }

                            int lengths = catalog.NameLengthsFrom(text, 2, word.Length);
                            Assert.True((lengths & PlaceCatalog.LengthBit(nameWords.Length)) != 0, word + " starts " + name);
                        }
                    }
                }
            }
        }
    }

    [Theory]
    [InlineData("Kyiv", true)]
    [InlineData("KY", true)]
    [InlineData("Kiev", false)]
    [InlineData("kyiv", false)]
    [InlineData("the", true)]
    [InlineData("to", false)]
    [InlineData("The", false)]
    [InlineData("M", false)]
    [InlineData("X", true)]
    [InlineData("X's", true)]
    [InlineData("Xy", false)]
    [InlineData("\u212Ay", true)]
    [InlineData("K\u00FD", true)]
    public void Turns_away_words_whose_first_two_letters_start_no_name_in_that_case(string word, bool mayBe) =>
        Assert.Equal(mayBe, Catalog("Kyiv", "the Ukraine", "X").MayStartNameWith(word, 0, word.Length));

    [Fact]
    public void Identity_key_is_the_places_for_any_spelling_and_the_fold_for_other_text()
    {
        var random = new Random(4001);
        for (int round = 0; round < 500; round++)
        {
            PlaceCatalog catalog = Catalog(RandomWord(random), RandomWord(random) + " " + RandomWord(random));
            for (int probe = 0; probe < 20; probe++)
            {
                string text = random.Next(3) == 0 ? RandomWord(random) + "  " + RandomWord(random) : RandomWord(random);
                Place? place = catalog.Find(text);
                Assert.Equal(place is null ? TextFolding.Fold(text) : "place:" + place.Id, catalog.IdentityKey(text));
            }
        }
    }

    [Fact]
    public void Identity_key_hash_of_a_range_is_the_hash_of_its_identity_key()
    {
        // NL4001 compares enumeration items by this hash before it makes any key: equal keys must hash equal.
        var random = new Random(4011);
        for (int round = 0; round < 500; round++)
        {
            PlaceCatalog catalog = Catalog(RandomWord(random), RandomWord(random) + " " + RandomWord(random), RandomWord(random));
            for (int probe = 0; probe < 20; probe++)
            {
                string item = random.Next(3) == 0 ? RandomWord(random) + (random.Next(2) == 0 ? "  " : " ") + RandomWord(random) : RandomWord(random);
                string text = "x, " + item + " y";
                Assert.Equal(FoldedHash.OfFolded(catalog.IdentityKey(item)), catalog.IdentityKeyHash(text, 3, item.Length));
            }
        }
    }

    private static PlaceCatalog Catalog(params string[] names)
    {
        var places = ImmutableArray.CreateBuilder<Place>();
        var byName = ImmutableDictionary.CreateBuilder<string, Place>(StringComparer.Ordinal);
        for (int i = 0; i < names.Length; i++)
        {
            if (byName.ContainsKey(TextFolding.Fold(names[i])))
            {
                continue;
            }

            var place = new Place("p" + i, null, ImmutableArray.Create(names[i]), ImmutableDictionary<string, string>.Empty, "test.yaml", 1);
            places.Add(place);
            byName[TextFolding.Fold(names[i])] = place;
        }

        return new PlaceCatalog(places.ToImmutable(), byName.ToImmutable()) { MaxNameWords = 3 };
    }

    private static string RandomWord(Random random) => WordStartFilterTests.RandomWord(random, Alphabet);
}
