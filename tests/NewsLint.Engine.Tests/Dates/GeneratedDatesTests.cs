using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using NewsLint.Analysis;
using NewsLint.Recognizers.Dates;
using NewsLint.Rules.Languages;
using NewsLint.Tests.Infrastructure;
using Xunit;

namespace NewsLint.Tests.Dates;

/// <summary>
/// Thousands of random dates from 1900 to 2100, written in every supported form with names from the language packs,
/// half of them with a wrong weekday, checked against <see cref="DateTime"/>: NL1001 must fire exactly on the wrong
/// ones (precision and recall 100%), and every date must be recognized with the weekday tied to it.
/// </summary>
public sealed class GeneratedDatesTests
{
    private const int CasesPerLanguage = 3000;
    private const int ParagraphsPerArticle = 500;
    private static readonly DateTime First = new(1900, 1, 1);
    private static readonly DateTime Last = new(2100, 12, 31);

    private delegate string Format(Writer w);

    [Theory]
    [InlineData("en", 20220516)]
    [InlineData("id", 20220517)]
    public void NL1001_has_full_precision_and_recall(string code, int seed)
    {
        LanguagePack pack = Lint.DefaultRules.Get<LanguageCatalog>().Find(code)!;
        var random = new Random(seed);
        List<(string Name, Format Format, bool Ranged)> formats = Formats(pack);
        int truePositives = 0, falsePositives = 0, falseNegatives = 0, trueNegatives = 0;
        var problems = new List<string>();
        for (int done = 0; done < CasesPerLanguage; done += ParagraphsPerArticle)
        {
            var article = new StringBuilder("---\nlang: " + code + "\n---\n");
            int line = 4;
            var cases = new Dictionary<int, (string Text, DateTime Date, int Weekday, bool Wrong)>();
            for (int i = 0; i < ParagraphsPerArticle; i++)
            {
                (string name, Format format, bool ranged) = formats[random.Next(formats.Count)];
                DateTime date = First.AddDays(random.Next((Last - First).Days + 1));
                if (ranged && date.Day == DateTime.DaysInMonth(date.Year, date.Month))
                {
                    date = date.AddDays(-1);
                }

                int actual = DateCalendar.WeekdayIndex(date);
                bool wrong = random.Next(2) == 0;
                int weekday = wrong ? (actual + 1 + random.Next(6)) % 7 : actual;
                var writer = new Writer(pack, random, date, weekday);
                string text = writer.Sentence(format(writer));
                cases[line] = (name + ": " + text, date, weekday, wrong);
                article.Append(text).Append("\n\n");
                line += 2;
            }

            LintResult result = Lint.Run(article.ToString(), path: "generated-" + code + ".md");
            var flagged = new HashSet<int>(result.OfId("NL1001").Select(d => d.LineSpan.Start.Line));
            var tied = new Dictionary<int, List<DateMention>>();
            foreach (DateMention mention in (ImmutableArray<DateMention>)result.Mentions[DateRecognizer.Instance])
            {
                int at = result.Document!.Source.GetLineSpan(mention.SourceSpan).Start.Line;
                if (mention.HasWeekday)
                {
                    if (!tied.TryGetValue(at, out List<DateMention>? list))
                    {
                        tied[at] = list = new List<DateMention>();
                    }

                    list.Add(mention);
                }
            }

            foreach (KeyValuePair<int, (string Text, DateTime Date, int Weekday, bool Wrong)> entry in cases)
            {
                (string text, DateTime date, int weekday, bool wrong) = entry.Value;
                bool reported = flagged.Contains(entry.Key);
                if (wrong && reported)
                {
                    truePositives++;
                }
                else if (wrong)
                {
                    falseNegatives++;
                    problems.Add("missed: " + text);
                }
                else if (reported)
                {
                    falsePositives++;
                    problems.Add("false NL1001: " + text);
                }
                else
                {
                    trueNegatives++;
                }

                if (!tied.TryGetValue(entry.Key, out List<DateMention>? mentions) || mentions.Count != 1
                    || mentions[0].Date != date || mentions[0].Weekday != weekday)
                {
                    problems.Add("not recognized as " + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " with weekday " + weekday + ": " + text);
                }
            }
        }

        Assert.True(problems.Count == 0, $"{problems.Count} problems (TP {truePositives}, FP {falsePositives}, FN {falseNegatives}, TN {trueNegatives}):\n" + string.Join("\n", problems.Take(40)));
        Assert.Equal(CasesPerLanguage, truePositives + trueNegatives);
        Assert.True(truePositives > CasesPerLanguage / 3 && trueNegatives > CasesPerLanguage / 3);
    }

    [Theory]
    [InlineData("en", 1994)]
    [InlineData("id", 1945)]
    public void Weekday_and_date_in_one_sentence_but_not_tied_never_trigger(string code, int seed)
    {
        LanguagePack pack = Lint.DefaultRules.Get<LanguageCatalog>().Find(code)!;
        var random = new Random(seed);
        Format[] untied = code == "en"
            ? new Format[]
            {
                w => $"On {w.Weekday()}, the committee said the {w.Day} {w.Month()} {w.Year} deadline stands.",
                w => $"The report came out on {w.Weekday()} and the vote is on {w.Month()} {w.Day}, {w.Year}.",
                w => $"{w.Weekday()} officials said {w.Numeric('/', withYear: true)} was chosen.",
                w => $"On {w.Weekday()}; {w.Day} {w.Month()} {w.Year} was set.",
            }
            : new Format[]
            {
                w => $"Pada hari {w.Weekday()} pejabat mengatakan tenggat {w.Day} {w.Month()} {w.Year} tetap berlaku.",
                w => $"Laporan itu terbit {w.Weekday()} dan pemungutan suara pada {w.Day} {w.Month()} {w.Year}.",
                w => $"{w.Weekday()} lalu, pejabat menyebut {w.Numeric('/', withYear: true)} sebagai tenggat.",
                w => $"Hari {w.Weekday()} itu, sejak {w.Day} {w.Month()} {w.Year}, tidak ada rapat.",
            };
        var article = new StringBuilder("---\nlang: " + code + "\n---\n");
        for (int i = 0; i < 1000; i++)
        {
            DateTime date = First.AddDays(random.Next((Last - First).Days + 1));
            int weekday = (DateCalendar.WeekdayIndex(date) + 1 + random.Next(6)) % 7;
            article.Append(untied[random.Next(untied.Length)](new Writer(pack, random, date, weekday))).Append("\n\n");
        }

        LintResult result = Lint.Run(article.ToString(), path: "untied-" + code + ".md");
        Assert.Empty(result.OfId("NL1001"));
        Assert.Equal(1000, ((ImmutableArray<DateMention>)result.Mentions[DateRecognizer.Instance]).Length);
    }

    /// <summary>Every form the issue lists, for the pack's language; "ranged" forms need the next day in the same month.</summary>
    private static List<(string, Format, bool)> Formats(LanguagePack pack)
    {
        DateWords words = pack.Section<DateWords>()!;
        var formats = new List<(string, Format, bool)>
        {
            ("W, d M y", w => $"{w.Weekday()}, {w.Day} {w.Month()} {w.Year}", false),
            ("W d M y", w => $"{w.Weekday()} {w.Day} {w.Month()} {w.Year}", false),
            ("Wa d Ma y", w => $"{w.WeekdayShort()} {w.Day} {w.MonthShort()} {w.Year}", false),
            ("Wa d M (year inferred)", w => w.Anchored($"{w.WeekdayShort()} {w.Day} {w.Month()}"), false),
            ("W, M d, y", w => $"{w.Weekday()}, {w.Month()} {w.Day}, {w.Year}", false),
            ("W, Ma d (year inferred)", w => w.Anchored($"{w.Weekday()}, {w.MonthShort()} {w.Day}"), false),
            ("W, ISO", w => $"{w.Weekday()}, {w.Date:yyyy-MM-dd}", false),
            ("W (numeric)", w => $"{w.Weekday()} ({w.Numeric('/', withYear: true)})", false),
            ("W (numeric, no year)", w => w.Anchored($"{w.Weekday()} ({w.Numeric('/', withYear: false)})"), false),
            ("W, dotted", w => $"{w.Weekday()}, {w.Numeric('.', withYear: true, pad: true)}", false),
            ("W, d-d M y", w => $"{w.Weekday()}, {w.Day}-{w.Day + 1} {w.Month()} {w.Year}", true),
            ("**W**, d M y", w => $"**{w.Weekday()}**, {w.Day} {w.Month()} {w.Year}", false),
            ("d M y (W)", w => $"{w.Day} {w.Month()} {w.Year} ({w.Weekday()})", false),
        };

        foreach (string marker in words.WeekdayMarkers)
        {
            formats.Add(("marker w (numeric)", w => $"{marker} {w.Weekday().ToLowerInvariant()} ({w.Numeric('/', withYear: true)})", false));
        }

        foreach (string link in words.Links)
        {
            if (words.OrdinalSuffixes.IsEmpty)
            {
                formats.Add(("W link d M y", w => $"{w.Weekday()} {link} {w.Day} {w.Month()} {w.Year}", false));
            }
            else
            {
                formats.Add(("W, link d-th of M y", w => $"{w.Weekday()}, {link} {w.Day}{w.Ordinal(words.OrdinalSuffixes)} {words.DayOf[0]} {w.Month()} {w.Year}", false));
            }
        }

        return formats;
    }

    /// <summary>Writes one case with names drawn from the pack.</summary>
    private sealed class Writer(LanguagePack pack, Random random, DateTime date, int weekday)
    {
        private string? _anchor;

        public DateTime Date => date;

        public int Day => date.Day;

        public int Year => date.Year;

        public string Weekday() => pack.Weekdays[weekday][0];

        public string WeekdayShort() => Short(pack.Weekdays[weekday]);

        public string Month() => pack.Months[date.Month - 1][0];

        public string MonthShort() => Short(pack.Months[date.Month - 1]);

        public string Numeric(char separator, bool withYear, bool pad = false)
        {
            string day = date.Day.ToString(pad ? "00" : "0", CultureInfo.InvariantCulture);
            string month = date.Month.ToString(pad || random.Next(3) == 0 ? "00" : "0", CultureInfo.InvariantCulture);
            string dayMonth = pack.DateOrder == "mdy" ? month + separator + day : day + separator + month;
            return withYear ? dayMonth + separator + date.Year.ToString(CultureInfo.InvariantCulture) : dayMonth;
        }

        public string Ordinal(ImmutableArray<string> suffixes)
        {
            // The pack lists the suffixes of 1, 2, 3 and the rest, in that order.
            int d = date.Day;
            int index = d % 10 >= 1 && d % 10 <= 3 && (d < 11 || d > 13) ? (d % 10) - 1 : 3;
            return suffixes[Math.Min(index, suffixes.Length - 1)];
        }

        /// <summary>A full date up to 150 days before, earlier in the paragraph, from which the year is inferred.</summary>
        public string Anchored(string text)
        {
            DateTime anchor = date.AddDays(-random.Next(150));
            _anchor = pack.DateOrder == "mdy"
                ? $"{pack.Months[anchor.Month - 1][0]} {anchor.Day}, {anchor.Year}"
                : $"{anchor.Day} {pack.Months[anchor.Month - 1][0]} {anchor.Year}";
            return text;
        }

        public string Sentence(string written) => pack.Code == "en"
            ? (_anchor is null ? "" : $"Since {_anchor}, ") + $"officials said the meeting took place on {written} in the capital."
            : (_anchor is null ? "" : $"Sejak {_anchor}, ") + $"para pejabat mengatakan pertemuan itu berlangsung pada {written} di ibu kota.";

        private string Short(ImmutableArray<string> names)
        {
            if (names.Length == 1)
            {
                return names[0];
            }

            string name = names[1 + random.Next(names.Length - 1)];
            // Only an abbreviation takes a full stop; a variant spelling ("Jum'at") does not.
            return name.Length < names[0].Length && random.Next(2) == 0 ? name + "." : name;
        }
    }
}
