using System.Linq;
using CsCheck;
using NewsLint.Recognizers.Dates;
using NewsLint.Rules.Languages;
using NewsLint.Tests.Infrastructure;
using Xunit;

namespace NewsLint.Tests.Dates;

/// <summary>
/// Month and weekday names are looked up from a range of the text, without cutting the word out; they find what a
/// lookup of the word cut out finds, across case, abbreviations, typographic apostrophes and words that are no names.
/// </summary>
public sealed class DateVocabularyEquivalenceTests
{
    private static readonly string[] Others =
    {
        "May’s", "Jum’at", "Jum'at", "JUM’AT", "Mon’", "mayo", "Ma", "M", "Sen.", "Senen", "Agustus", "agt", "AGT", "Mont",
        "Sept", "sept", "SEPT", "Seninnya", "Kamis", "kamis", "said", "Minggu", "minggu", "Sabtu", "Ahad", "Thu", "Thurs",
        "Dec", "Des", "Okt", "Oct", "Nop", "Nov", "Kelvin", "Straße", "İstanbul", "ﬁ", "Ⅿay",
    };

    [Theory]
    [InlineData("en")]
    [InlineData("id")]
    public void Range_lookups_find_what_lookups_of_the_word_cut_out_find(string language)
    {
        LanguagePack pack = Lint.DefaultRules.Get<LanguageCatalog>().Find(language)!;
        DateVocabulary words = DateVocabulary.For(pack);
        string[] names = pack.Months.Concat(pack.Weekdays).SelectMany(n => n).Select(n => n.TrimEnd('.')).ToArray();
        string[] pool = names.Concat(names.Select(n => n.ToUpperInvariant())).Concat(names.Select(n => n.ToLowerInvariant())).Concat(Others).ToArray();
        Gen.Select(Gen.OneOfConst(pool), Gen.OneOfConst("", " ", "(", "x")).Sample(pair =>
        {
            (string word, string before) = pair;
            string text = before + word + " 16";
            Assert.Equal(words.TryMonth(word, out DateVocabulary.NameEntry month), words.TryMonth(text, before.Length, word.Length, out DateVocabulary.NameEntry atMonth));
            Assert.Equal((month.Index, month.IsAbbreviation), (atMonth.Index, atMonth.IsAbbreviation));
            Assert.Equal(words.TryWeekday(word, out DateVocabulary.NameEntry weekday), words.TryWeekday(text, before.Length, word.Length, out DateVocabulary.NameEntry atWeekday));
            Assert.Equal((weekday.Index, weekday.IsAbbreviation), (atWeekday.Index, atWeekday.IsAbbreviation));
        }, iter: 3000);
    }
}
