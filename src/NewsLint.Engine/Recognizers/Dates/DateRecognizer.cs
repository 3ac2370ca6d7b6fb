using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using NewsLint.Analysis;
using NewsLint.Language;
using NewsLint.Markdown;
using NewsLint.Recognizers.Numbers;

namespace NewsLint.Recognizers.Dates;

/// <summary>
/// Finds dates as news copy writes them, with every word from the language pack: <c>16 May 2022</c>,
/// <c>May 16, 2022</c>, <c>Mon 16 May</c>, <c>16th of May</c>, <c>2022-05-16</c>, <c>16/5/2022</c> (in the pack's
/// <c>date-order</c>), <c>16.05.2022</c>, ranges (<c>16-17 Mei 2022</c>, <c>30 Mei - 2 Juni 2022</c>), and the weekday
/// the text ties to a date: adjacent or in apposition (<c>Monday, May 16</c>, <c>hari Senin tanggal 16 Mei</c>),
/// in the Indonesian bracket form (<c>Senin (16/5/2022)</c>, <c>Senin (16/5)</c>) or after it
/// (<c>16 May (Monday)</c>). A weekday elsewhere in the sentence is not tied.
/// A date without a year takes the year that puts it nearest the last full date before it, or else the publication
/// date in the front matter. One pass over each block's tokens; each step looks a bounded number of tokens ahead.
/// </summary>
public sealed class DateRecognizer : Recognizer<ImmutableArray<DateMention>>, IExplainingRecognizer
{
    public static readonly DateRecognizer Instance = new(skipsToNumbers: true);

    /// <summary>For tests: tries every token, where <see cref="Instance"/> tries only tokens a number follows closely.</summary>
    internal static readonly DateRecognizer TryingEveryToken = new(skipsToNumbers: false);

    /// <summary>At most this many link words ("tanggal", "lalu") between a weekday and its date.</summary>
    private const int MaxLinks = 2;

    /// <summary>
    /// Every date has a number, at most this many tokens after its first token: the longest lead is a weekday, its
    /// full stop, a comma, <see cref="MaxLinks"/> link words, a comma and a bracket, then a month and its full stop
    /// ("Sen. , hari ini , ( Mei . 16").
    /// </summary>
    private const int MaxTokensBeforeNumber = 7 + MaxLinks;

    private readonly bool _skipsToNumbers;

    private DateRecognizer(bool skipsToNumbers)
    {
        _skipsToNumbers = skipsToNumbers;
    }

    public override ImmutableArray<DateMention> Recognize(ArticleContext context)
    {
        if (context.Language is null)
        {
            return ImmutableArray<DateMention>.Empty;
        }

        DateVocabulary vocabulary = DateVocabulary.For(context.Language);
        if (!vocabulary.IsUsable)
        {
            return ImmutableArray<DateMention>.Empty;
        }

        ImmutableArray<DateMention>.Builder result = ScratchBuilder<DateMention>.Rent();
        DateTime? anchor = ParsePublicationDate(context.Document.FrontMatter.Date);
        var scanner = new Scanner(vocabulary, _skipsToNumbers);
        NumberTokenIndex? numbers = _skipsToNumbers ? context.Get(NumberTokenRecognizer.Instance) : null;
        foreach (ProseBlock block in context.Document.Blocks)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            scanner.Reset(block, context.TokensOf(block));
            anchor = scanner.Scan(anchor, result, numbers is null ? default : numbers.Of(block));
        }

        return ScratchBuilder<DateMention>.ToImmutableAndReturn(result);
    }

    /// <summary>For <c>--explain</c>: each date as written, as read (ISO, a range as start/end), and its tied weekday.</summary>
    public IEnumerable<Explanation> Explain(object mentions)
    {
        foreach (DateMention mention in (ImmutableArray<DateMention>)mentions)
        {
            var facts = new SortedDictionary<string, string>(StringComparer.Ordinal)
            {
                ["text"] = mention.ToString(),
                ["date"] = Iso(mention.Year, mention.Month, mention.Day) + (mention.IsRange ? "/" + Iso(mention.EndYear, mention.EndMonth, mention.EndDay) : string.Empty),
                ["yearInferred"] = mention.YearInferred ? "true" : "false",
                ["exists"] = mention.IsValid ? "true" : "false",
            };
            if (mention.HasWeekday)
            {
                facts["weekday"] = mention.WeekdayText;
            }

            yield return new Explanation("date", mention.SourceSpan, facts);
        }
    }

    /// <summary>The front matter's <c>date</c> (<c>2022-05-17</c>, optionally followed by a time), or null.</summary>
    public static DateTime? ParsePublicationDate(string? text)
    {
        if (text is null || text.Length < 10)
        {
            return null;
        }

        // What TryParseExact(text[..10], "yyyy-MM-dd", invariant) accepts, read directly: TryParseExact alone took
        // 0.2% of a run under perf. DateRecognizerTests compares the two.
        int year = Digits(text, 0, 4);
        int month = Digits(text, 5, 2);
        int day = Digits(text, 8, 2);
        return text[4] == '-' && text[7] == '-' && year >= 1 && DateCalendar.IsValid(year, month, day) ? new DateTime(year, month, day) : null;
    }

    /// <summary>The value of <paramref name="count"/> ASCII digits at <paramref name="at"/>, or -1.</summary>
    private static int Digits(string text, int at, int count)
    {
        int value = 0;
        for (int i = at; i < at + count; i++)
        {
            char c = text[i];
            if (c < '0' || c > '9')
            {
                return -1;
            }

            value = (value * 10) + (c - '0');
        }

        return value;
    }

    /// <summary>The year (anchor's, or one either side) that puts month/day nearest the anchor; 0 without an anchor.</summary>
    public static int InferYear(DateTime? anchor, int month, int day)
    {
        if (anchor is not { } at)
        {
            return 0;
        }

        int best = 0;
        double bestDistance = double.MaxValue;
        for (int year = at.Year - 1; year <= at.Year + 1; year++)
        {
            if (year < 1 || year > 9999 || !DateCalendar.IsValid(year, month, day))
            {
                continue;
            }

            double distance = Math.Abs((new DateTime(year, month, day) - at).TotalDays);
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = year;
            }
        }

        return best;
    }

    /// <summary>yyyy-mm-dd, with ???? for an unknown year.</summary>
    private static string Iso(int year, int month, int day) =>
        (year > 0 ? year.ToString("0000", CultureInfo.InvariantCulture) : "????") + "-" + month.ToString("00", CultureInfo.InvariantCulture) + "-" + day.ToString("00", CultureInfo.InvariantCulture);

    /// <summary>One block's scan (one scanner an article, reset per block). Token indices are exclusive ends; -1 means "no date here".</summary>
    private sealed class Scanner
    {
        private readonly DateVocabulary _words;
        private readonly bool _skipsToNumbers;
        private ProseBlock _block = null!;
        private string _text = string.Empty;
        private ImmutableArray<Token> _tokens = ImmutableArray<Token>.Empty;

        public Scanner(DateVocabulary words, bool skipsToNumbers)
        {
            _words = words;
            _skipsToNumbers = skipsToNumbers;
        }

        public void Reset(ProseBlock block, ImmutableArray<Token> tokens)
        {
            _block = block;
            _text = block.Text;
            _tokens = tokens;
        }

        /// <summary>Scans the block; <paramref name="numbers"/> are its number tokens' indices when it skips to numbers.</summary>
        public DateTime? Scan(DateTime? anchor, ImmutableArray<DateMention>.Builder result, ReadOnlySpan<int> numbers)
        {
            int k = 0;
            int number = -1;
            int nextNumber = 0;
            while (k < _tokens.Length)
            {
                if (_skipsToNumbers)
                {
                    // Most tokens have no number within reach, and no date starts there: jump to the first that may.
                    if (number < k)
                    {
                        while (nextNumber < numbers.Length && numbers[nextNumber] < k)
                        {
                            nextNumber++;
                        }

                        if (nextNumber == numbers.Length)
                        {
                            break;
                        }

                        number = numbers[nextNumber];
                    }

                    k = Math.Max(k, number - MaxTokensBeforeNumber);
                }

                if (CannotStartDate(k))
                {
                    k++;
                    continue;
                }

                int end = TryWeekdayFirst(k, out Parsed date, out int weekday);
                int weekdayToken = k;
                if (end < 0)
                {
                    weekday = -1;
                    end = TryDate(k, allowShortNumeric: false, out date);
                    if (end >= 0)
                    {
                        // Apposition after the date: "16 Mei 2022 (Senin)".
                        if (IsSymbol(end, '(') && TryWeekdayWord(end + 1, out int after) && IsSymbol(end + 2, ')'))
                        {
                            weekday = after;
                            weekdayToken = end + 1;
                            end += 3;
                        }
                    }
                }

                if (end < 0)
                {
                    k++;
                    continue;
                }

                anchor = Add(date, weekday, weekdayToken, k, end, anchor, result);
                k = end;
            }

            return anchor;
        }

        /// <summary>
        /// A symbol, or a word that is no month or weekday name: both TryWeekdayFirst and TryDate fail there, so most
        /// tokens are turned away by one filter rather than by each of them.
        /// </summary>
        private bool CannotStartDate(int k)
        {
            Token token = _tokens[k];
            return token.Kind == TokenKind.Symbol || (token.Kind == TokenKind.Word && (token.Length > _words.LongestName || !MayBeName(k)));
        }

        private DateTime? Add(Parsed date, int weekday, int weekdayToken, int firstToken, int endToken, DateTime? anchor, ImmutableArray<DateMention>.Builder result)
        {
            int year = date.Year;
            int endYear = date.EndYear;
            bool inferred = false;
            if (year == 0)
            {
                year = InferYear(anchor, date.Month, date.Day);
                inferred = year > 0;
                endYear = year;
                if (year > 0 && (date.EndMonth < date.Month || (date.EndMonth == date.Month && date.EndDay < date.Day)))
                {
                    endYear = year + 1;
                }
            }
            else if (DateCalendar.IsValid(year, date.Month, date.Day))
            {
                anchor = new DateTime(year, date.Month, date.Day);
            }

            int start = _tokens[firstToken].Start;
            int end = _tokens[endToken - 1].End;
            int dateStart = _tokens[date.FirstToken].Start;
            int dateEnd = _tokens[date.EndToken - 1].End;
            int weekdayStart = weekday >= 0 ? _tokens[weekdayToken].Start : 0;
            int weekdayLength = weekday >= 0 ? _tokens[weekdayToken].Length : 0;
            result.Add(new DateMention(
                _block,
                start,
                end - start,
                dateStart,
                dateEnd - dateStart,
                year,
                date.Month,
                date.Day,
                endYear,
                date.EndMonth,
                date.EndDay,
                inferred,
                weekday,
                weekdayStart,
                weekdayLength));
            return anchor;
        }

        /// <summary>A weekday, then optionally a full stop (abbreviation), comma and link words, then a date.</summary>
        private int TryWeekdayFirst(int k, out Parsed date, out int weekday)
        {
            date = default;
            if (!TryWeekdayWord(k, out weekday))
            {
                return -1;
            }

            // A full stop after an abbreviation ("Mon.") belongs to it; after a full name it ends the sentence.
            int j = k + 1;
            if (IsSymbol(j, '.') && IsAdjacent(j) && TryWeekday(k, out DateVocabulary.NameEntry entry) && entry.IsAbbreviation)
            {
                j++;
            }

            if (IsSymbol(j, ','))
            {
                j++;
            }

            int linksFrom = j;
            for (int links = 0; links < MaxLinks && Is(j, _words.Links); links++)
            {
                j++;
            }

            if (IsSymbol(j, ','))
            {
                j++;
            }

            // After link words only a day comes ("the 16th of May", "tanggal 16 Mei"): "Tuesday, the May 16 statement" is not tied.
            int end = j > linksFrom && !IsNumber(j, 1, 4) ? -1 : TryDate(j, allowShortNumeric: false, out date);
            if (end >= 0)
            {
                return end;
            }

            // "Senin (16/5/2022)" and "Senin (16/5)".
            if (IsSymbol(j, '('))
            {
                end = TryDate(j + 1, allowShortNumeric: true, out date);
                if (end >= 0 && IsSymbol(end, ')'))
                {
                    return end + 1;
                }
            }

            date = default;
            return -1;
        }

        /// <summary>A weekday name: capitalised, or after a weekday marker ("hari senin").</summary>
        private bool TryWeekdayWord(int k, out int weekday)
        {
            weekday = -1;
            if (!IsWord(k) || _tokens[k].Length > _words.LongestName)
            {
                return false;
            }

            // A weekday name (looked up first, as most words are none), capitalised or after a marker ("hari senin").
            if (!TryWeekday(k, out DateVocabulary.NameEntry entry) || (!char.IsUpper(_text[_tokens[k].Start]) && !Is(k - 1, _words.WeekdayMarkers)))
            {
                return false;
            }

            weekday = entry.Index;
            return true;
        }

        private int TryDate(int k, bool allowShortNumeric, out Parsed date)
        {
            date = default;
            if (k >= _tokens.Length)
            {
                return -1;
            }

            if (_tokens[k].Kind == TokenKind.Number)
            {
                int end = TryNumeric(k, allowShortNumeric, out date);
                return end >= 0 ? end : TryDayFirst(k, out date);
            }

            return _tokens[k].Kind == TokenKind.Word ? TryMonthFirst(k, out date) : -1;
        }

        /// <summary>2022-05-16, 2022/05/16, 16/5/2022, 16-5-2022, 16.05.2022 and (in brackets only) 16/5.</summary>
        private int TryNumeric(int k, bool allowShortNumeric, out Parsed date)
        {
            date = default;
            Token first = _tokens[k];
            if (first.Length == 10 && TryDotted(first, out date))
            {
                date = date.At(k, k + 1);
                return k + 1;
            }

            if (NumberAt(k) < 0)
            {
                // Other scripts' digits, or a number with separators ("3.380").
                return -1;
            }

            if (!IsSymbol(k + 1, '/') && !IsSymbol(k + 1, '-'))
            {
                return -1;
            }

            char separator = _text[_tokens[k + 1].Start];
            if (!IsAdjacent(k + 1) || !IsNumber(k + 2, 1, 2) || !IsAdjacent(k + 2))
            {
                return -1;
            }

            int a = NumberAt(k);
            int b = NumberAt(k + 2);
            bool hasThird = IsSymbol(k + 3, separator) && IsAdjacent(k + 3) && IsNumber(k + 4, 1, 4) && IsAdjacent(k + 4);
            if (first.Length == 4)
            {
                // Year first, always in this order.
                return hasThird && _tokens[k + 4].Length <= 2 && Make(NumberAt(k), b, NumberAt(k + 4), k, k + 5, out date) ? k + 5 : -1;
            }

            if (first.Length > 2)
            {
                return -1;
            }

            int month = _words.MonthFirstNumbers ? a : b;
            int day = _words.MonthFirstNumbers ? b : a;
            if (hasThird && _tokens[k + 4].Length == 4)
            {
                return Make(NumberAt(k + 4), month, day, k, k + 5, out date) ? k + 5 : -1;
            }

            // A day and month alone are a date only in brackets after a weekday, and only with a slash.
            if (!hasThird && allowShortNumeric && separator == '/' && !IsSymbol(k + 3, separator))
            {
                return Make(0, month, day, k, k + 3, out date) ? k + 3 : -1;
            }

            return -1;
        }

        /// <summary>16.05.2022, which the tokenizer keeps as one number.</summary>
        private bool TryDotted(Token token, out Parsed date)
        {
            date = default;
            int at = token.Start;
            if (_text[at + 2] != '.' || _text[at + 5] != '.')
            {
                return false;
            }

            int a = Digits(at, 2);
            int b = Digits(at + 3, 2);
            int year = Digits(at + 6, 4);
            int month = _words.MonthFirstNumbers ? a : b;
            int day = _words.MonthFirstNumbers ? b : a;
            return a >= 0 && b >= 0 && year > 0 && Make(year, month, day, 0, 0, out date);
        }

        /// <summary>16 May 2022, 16th of May, 16-17 Mei 2022, 16 to 17 May, 30 Mei - 2 Juni 2022, 16 May, 2022.</summary>
        private int TryDayFirst(int k, out Parsed date)
        {
            date = default;
            if (!IsDayNumber(k))
            {
                return -1;
            }

            int day = NumberAt(k);
            int endDay = day;
            int j = SkipOrdinal(k + 1);
            if ((IsDash(j) || IsRangeWord(j)) && IsDayNumber(j + 1))
            {
                endDay = NumberAt(j + 1);
                if (endDay <= day)
                {
                    return -1;
                }

                j = SkipOrdinal(j + 2);
            }

            if (Is(j, _words.DayOf))
            {
                j++;
            }

            if (!TryMonthWord(j, out int month))
            {
                return -1;
            }

            j = SkipAbbreviationStop(j);
            int endMonth = month;
            if (endDay == day && (IsDash(j) || IsRangeWord(j)) && IsDayNumber(j + 1) && TryMonthWord(j + 2, out int secondMonth) && secondMonth > month)
            {
                endDay = NumberAt(j + 1);
                endMonth = secondMonth;
                j = SkipAbbreviationStop(j + 2);
            }

            int year = 0;
            j = TryYear(j, ref year);
            date = new Parsed(year, month, day, year, endMonth, endDay, k, j);
            return j;
        }

        /// <summary>May 16, May 16, 2022, May 16 2022, Sept. 16-17, 2022. A month and a year alone are not a date.</summary>
        private int TryMonthFirst(int k, out Parsed date)
        {
            date = default;
            if (!TryMonthWord(k, out int month))
            {
                return -1;
            }

            int j = SkipAbbreviationStop(k);
            if (!IsDayNumber(j))
            {
                return -1;
            }

            int day = NumberAt(j);
            int endDay = day;
            j = SkipOrdinal(j + 1);
            if ((IsDash(j) || IsRangeWord(j)) && IsDayNumber(j + 1) && NumberAt(j + 1) > day)
            {
                endDay = NumberAt(j + 1);
                j = SkipOrdinal(j + 2);
            }

            int year = 0;
            j = TryYear(j, ref year);
            date = new Parsed(year, month, day, year, month, endDay, k, j);
            return j;
        }

        private bool Make(int year, int month, int day, int first, int end, out Parsed date)
        {
            date = new Parsed(year, month, day, year, month, day, first, end);
            return month >= 1 && month <= 12 && day >= 1 && day <= 31;
        }

        /// <summary>An optional comma and a four-digit year after a day and month.</summary>
        private int TryYear(int j, ref int year)
        {
            int at = IsSymbol(j, ',') ? j + 1 : j;
            if (IsNumber(at, 4, 4) && NumberAt(at) > 0 && !IsSymbol(at + 1, '/') && !IsSymbol(at + 1, ':'))
            {
                year = NumberAt(at);
                return at + 1;
            }

            return j;
        }

        private bool TryMonthWord(int k, out int month)
        {
            month = 0;
            if (!IsWord(k) || _tokens[k].Length > _words.LongestName || !char.IsUpper(_text[_tokens[k].Start]))
            {
                return false;
            }

            if (!TryMonth(k, out DateVocabulary.NameEntry entry))
            {
                return false;
            }

            month = entry.Index + 1;
            return true;
        }

        private int SkipAbbreviationStop(int monthToken)
        {
            int j = monthToken + 1;
            return IsSymbol(j, '.') && IsAdjacent(j) && TryMonth(monthToken, out DateVocabulary.NameEntry entry) && entry.IsAbbreviation ? j + 1 : j;
        }

        private int SkipOrdinal(int j) => IsAdjacent(j) && Is(j, _words.OrdinalSuffixes) ? j + 1 : j;

        private bool IsRangeWord(int j) => Is(j, _words.RangeWords);

        private bool IsDayNumber(int k)
        {
            if (!IsNumber(k, 1, 2))
            {
                return false;
            }

            int value = NumberAt(k);
            return value >= 1 && value <= 31;
        }

        private bool IsDash(int k)
        {
            if (!IsSymbol(k))
            {
                return false;
            }

            char c = _text[_tokens[k].Start];
            return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2014';
        }

        private bool IsNumber(int k, int minDigits, int maxDigits)
        {
            if (k < 0 || k >= _tokens.Length || _tokens[k].Kind != TokenKind.Number)
            {
                return false;
            }

            int length = _tokens[k].Length;
            return length >= minDigits && length <= maxDigits && NumberAt(k) >= 0;
        }

        /// <summary>The value of an all-digit token, or -1.</summary>
        private int NumberAt(int k) => Digits(_tokens[k].Start, _tokens[k].Length);

        private int Digits(int at, int count) => DateRecognizer.Digits(_text, at, count);

        private bool IsWord(int k) => k >= 0 && k < _tokens.Length && _tokens[k].Kind == TokenKind.Word;

        private bool IsSymbol(int k) => k >= 0 && k < _tokens.Length && _tokens[k].Kind == TokenKind.Symbol;

        private bool IsSymbol(int k, char c) => IsSymbol(k) && _text[_tokens[k].Start] == c;

        /// <summary>Whether token k follows token k-1 with no space.</summary>
        private bool IsAdjacent(int k) => k > 0 && k < _tokens.Length && _tokens[k].Start == _tokens[k - 1].End;

        /// <summary>Whether token k is a word of one of the vocabulary's sets, looked up without cutting it out.</summary>
        private bool Is(int k, WordSet words) => IsWord(k) && words.Contains(_text, _tokens[k].Start, _tokens[k].Length);

        private bool TryWeekday(int k, out DateVocabulary.NameEntry entry) => _words.TryWeekday(_text, _tokens[k].Start, _tokens[k].Length, out entry);

        private bool TryMonth(int k, out DateVocabulary.NameEntry entry) => _words.TryMonth(_text, _tokens[k].Start, _tokens[k].Length, out entry);

        private bool MayBeName(int k) => _words.MayBeName(_text, _tokens[k].Start, _tokens[k].Length);
    }

    /// <summary>A date's numbers and its first and end token.</summary>
    private readonly struct Parsed
    {
        public Parsed(int year, int month, int day, int endYear, int endMonth, int endDay, int firstToken, int endToken)
        {
            Year = year;
            Month = month;
            Day = day;
            EndYear = endYear;
            EndMonth = endMonth;
            EndDay = endDay;
            FirstToken = firstToken;
            EndToken = endToken;
        }

        public int Year { get; }

        public int Month { get; }

        public int Day { get; }

        public int EndYear { get; }

        public int EndMonth { get; }

        public int EndDay { get; }

        public int FirstToken { get; }

        public int EndToken { get; }

        public Parsed At(int firstToken, int endToken) => new(Year, Month, Day, EndYear, EndMonth, EndDay, firstToken, endToken);
    }
}
