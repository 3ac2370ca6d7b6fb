using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace NewsLint.Benchmarks.Corpus;

/// <summary>One generated article: where it would live in a content repository, its language and its Markdown.</summary>
public sealed record GeneratedArticle(string Path, string Language, string Text)
{
    public int Utf8Bytes { get; } = Encoding.UTF8.GetByteCount(Text);
}

/// <summary>
/// Deterministic news articles in English and Indonesian, 3–8 KB each: front matter, headings, lists, links,
/// emphasis, dates with and without weekdays (about one weekday in ten wrong), quotations with and without
/// attribution, enumerations of places (sometimes with a duplicate spelling) and quoted treaty clauses.
/// Article <c>i</c> of seed <c>s</c> is the same whatever the corpus size, on every machine.
/// </summary>
public static class CorpusGenerator
{
    public const int DefaultSeed = 42;

    public static ImmutableArray<GeneratedArticle> Generate(int count, int seed = DefaultSeed)
    {
        var articles = ImmutableArray.CreateBuilder<GeneratedArticle>(count);
        for (int i = 0; i < count; i++)
        {
            articles.Add(Article(i, seed));
        }

        return articles.MoveToImmutable();
    }

    /// <summary>Article <paramref name="index"/>: 3–8 KB unless <paramref name="targetBytes"/> says otherwise.</summary>
    public static GeneratedArticle Article(int index, int seed = DefaultSeed, int? targetBytes = null, string? language = null)
    {
        var random = new Random(unchecked((seed * 1_000_003) + index));
        Vocabulary vocabulary = language switch
        {
            "en" => Vocabulary.English,
            "id" => Vocabulary.Indonesian,
            _ => random.Next(2) == 0 ? Vocabulary.English : Vocabulary.Indonesian,
        };
        int target = targetBytes ?? random.Next(3 * 1024, 8 * 1024);
        var writer = new ArticleWriter(random, vocabulary);
        string text = writer.Write(target);
        string path = string.Create(CultureInfo.InvariantCulture, $"articles/{vocabulary.Code}/{index / 1000:D4}/article-{index:D7}.md");
        return new GeneratedArticle(path, vocabulary.Code, text);
    }

    private sealed class ArticleWriter
    {
        private static readonly DateTime FirstDay = new(2015, 1, 1);

        private readonly Random _random;
        private readonly Vocabulary _words;
        private readonly StringBuilder _text = new();

        public ArticleWriter(Random random, Vocabulary words)
        {
            _random = random;
            _words = words;
        }

        public string Write(int targetBytes)
        {
            DateTime published = FirstDay.AddDays(_random.Next(3650));
            string title = Pick(_words.Titles);
            _text.Append("---\n")
                .Append("title: ").Append(title).Append('\n')
                .Append("date: ").Append(published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n')
                .Append("lang: ").Append(_words.Code).Append('\n')
                .Append("author: ").Append(Pick(_words.People)).Append('\n')
                .Append("tags: [").Append(Pick(_words.Places)).Append(", ").Append(Pick(_words.Places)).Append("]\n")
                .Append("---\n\n")
                .Append("# ").Append(title).Append("\n\n");

            // Sizes are counted in chars: nearly every char here is one UTF-8 byte.
            int paragraph = 0;
            while (_text.Length < targetBytes)
            {
                switch (paragraph++ % 8)
                {
                    case 0:
                        DatedParagraph(published);
                        break;
                    case 1:
                        AttributedQuotation();
                        break;
                    case 2:
                        Enumeration();
                        break;
                    case 3:
                        Heading();
                        ProseParagraph();
                        break;
                    case 4:
                        if (_random.Next(2) == 0)
                        {
                            List();
                        }
                        else
                        {
                            UnattributedQuotation();
                        }

                        break;
                    case 5:
                        TreatyClause();
                        break;
                    case 6:
                        DatedParagraph(published.AddDays(-_random.Next(1, 30)));
                        break;
                    default:
                        ProseParagraph();
                        break;
                }
            }

            return _text.ToString().TrimEnd() + "\n";
        }

        private void DatedParagraph(DateTime day)
        {
            string date = DateText(day);
            bool withWeekday = _random.Next(3) != 0;
            _text.Append(Capitalized(_words.On)).Append(' ');
            if (withWeekday)
            {
                // About one weekday in ten contradicts its date (NL1001 has work to do).
                int weekday = _random.Next(10) == 0 ? ((int)day.DayOfWeek + 1 + _random.Next(6)) % 7 : (int)day.DayOfWeek;
                _text.Append(_words.Weekdays[weekday]).Append(", ");
            }

            _text.Append(date).Append(", ").Append(Lower(Pick(_words.Subjects))).Append(' ').Append(Pick(_words.Predicates))
                .Append(' ').Append(_words.In).Append(' ').Append(Pick(_words.Places)).Append(". ");
            Sentence();
            EndParagraph();
        }

        private string DateText(DateTime day)
        {
            string month = _words.Months[day.Month - 1];
            string year = day.Year.ToString(CultureInfo.InvariantCulture);
            string dayOfMonth = day.Day.ToString(CultureInfo.InvariantCulture);
            return _words.Code == "en" && _random.Next(2) == 0
                ? month + " " + dayOfMonth + ", " + year
                : dayOfMonth + " " + month + " " + year;
        }

        private void AttributedQuotation()
        {
            string speaker = _random.Next(2) == 0 ? Pick(_words.People) : Pick(_words.Roles);
            _text.Append('“').Append(Capitalized(Pick(_words.Fillers))).Append(", ").Append(Pick(_words.Fillers)).Append(",” ");
            if (_words.Code == "en")
            {
                _text.Append(speaker).Append(' ').Append(Pick(_words.Verbs));
            }
            else
            {
                _text.Append(Pick(_words.Verbs)).Append(' ').Append(speaker);
            }

            _text.Append(". ");
            Sentence();
            EndParagraph();
        }

        private void UnattributedQuotation()
        {
            _text.Append('“').Append(Capitalized(Pick(_words.Fillers))).Append(' ').Append(_words.Conjunction).Append(' ').Append(Pick(_words.Fillers)).Append(".”\n\n");
        }

        private void Enumeration()
        {
            List<string> places = Distinct(_words.Places, _random.Next(3, 6));
            if (_random.Next(10) == 0)
            {
                // Now and then a place named twice (NL4001 has work to do).
                places.Add(places[0]);
            }

            _text.Append(Capitalized(Pick(_words.Subjects))).Append(' ').Append(_words.Reported).Append(' ');
            for (int i = 0; i < places.Count; i++)
            {
                if (i > 0)
                {
                    _text.Append(i == places.Count - 1 ? " " + _words.Conjunction + " " : ", ");
                }

                _text.Append(places[i]);
            }

            _text.Append(", ").Append(_words.According).Append(" [").Append(Pick(_words.LinkText)).Append("](https://news.example/")
                .Append(_random.Next(100000).ToString(CultureInfo.InvariantCulture)).Append("). ");
            Sentence();
            EndParagraph();
        }

        private void Heading() => _text.Append("## ").Append(Pick(_words.Headings)).Append("\n\n");

        private void ProseParagraph()
        {
            int sentences = _random.Next(2, 5);
            for (int i = 0; i < sentences; i++)
            {
                Sentence();
            }

            EndParagraph();
        }

        private void List()
        {
            _text.Append(_words.ListIntro).Append("\n\n");
            foreach (string item in Distinct(_words.ListItems, _random.Next(3, 6)))
            {
                _text.Append("- ").Append(Capitalized(item)).Append('\n');
            }

            _text.Append('\n');
        }

        private void TreatyClause()
        {
            (string source, string clause) = Pick(_words.Treaties);
            _text.Append("> “").Append(Quoted(clause)).Append(",” ").Append(_words.Reads).Append(' ').Append(source).Append(".\n\n");
        }

        /// <summary>
        /// How a newsroom quotes a clause: three times in ten whole and word for word, otherwise a part of it (eight words
        /// or more), and one time in five with a word dropped or changed on the way (what NL3001 reports). Most quotations
        /// of a clause therefore differ, as in a real archive, and a cache of earlier alignments does not make them free.
        /// </summary>
        private string Quoted(string clause)
        {
            int roll = _random.Next(10);
            if (roll < 3)
            {
                return clause;
            }

            string[] words = clause.Split(' ');
            int length = _random.Next(Math.Min(8, words.Length), words.Length + 1);
            int start = _random.Next(words.Length - length + 1);
            var part = new List<string>(words[start..(start + length)]);
            if (roll >= 8)
            {
                int at = _random.Next(part.Count);
                if (_random.Next(2) == 0 && part.Count > 8)
                {
                    part.RemoveAt(at);
                }
                else
                {
                    string[] other = Pick(_words.Treaties).Clause.Split(' ');
                    part[at] = other[_random.Next(other.Length)];
                }
            }

            return string.Join(' ', part);
        }

        private void Sentence()
        {
            _text.Append(Pick(_words.Subjects)).Append(' ').Append(Pick(_words.Predicates));
            switch (_random.Next(4))
            {
                case 0:
                    _text.Append(", ").Append(_words.Conjunction).Append(" *").Append(Pick(_words.Fillers)).Append('*');
                    break;
                case 1:
                    _text.Append("; **").Append(Pick(_words.Fillers)).Append("**");
                    break;
                default:
                    _text.Append(", ").Append(_words.Conjunction).Append(' ').Append(Pick(_words.Fillers));
                    break;
            }

            _text.Append(". ");
        }

        private void EndParagraph()
        {
            while (_text.Length > 0 && _text[_text.Length - 1] == ' ')
            {
                _text.Length--;
            }

            _text.Append("\n\n");
        }

        /// <summary><paramref name="count"/> different items, in random order.</summary>
        private List<string> Distinct(ImmutableArray<string> items, int count)
        {
            var picked = new List<string>(count);
            while (picked.Count < count && picked.Count < items.Length)
            {
                string item = Pick(items);
                if (!picked.Contains(item))
                {
                    picked.Add(item);
                }
            }

            return picked;
        }

        private T Pick<T>(ImmutableArray<T> items) => items[_random.Next(items.Length)];

        private static string Capitalized(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s.Substring(1);

        private static string Lower(string s) => s.Length == 0 ? s : char.ToLowerInvariant(s[0]) + s.Substring(1);
    }
}
