using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using NewsLint.Canon;
using NewsLint.Rules.Canon;

namespace NewsLint.Checks.Canon;

/// <summary>The canon family's category and the wording its messages share.</summary>
internal static class CanonWording
{
    public const string Category = "NewsLint.Canon";

    /// <summary>Edits named in a message; the rest are counted ("and 3 more") and all are in the JSON output.</summary>
    public const int ListedEdits = 6;

    /// <summary><c>Collective Security Treaty, Article 4 ¶1–2 (1992 wording, id reference translation, rules/canon/….md)</c>.</summary>
    public static string Clause(ClauseAlignment alignment) => Texts.GetValue(alignment.Clause, MakeTexts).Clause(alignment);

    /// <summary>
    /// The properties of a finding about the alignment's clause: the clause's own, made once per clause (each addition
    /// to an immutable dictionary builds a node path), and the alignment's similarity (<c>0.83</c>).
    /// </summary>
    public static ImmutableDictionary<string, string> Properties(ClauseAlignment alignment) => Properties(alignment.Clause, alignment.Similarity);

    /// <summary>
    /// The properties of a finding about <paramref name="clause"/> with <paramref name="similarity"/>: made once per
    /// clause and hundredth (an addition costs thousands of instructions; the dictionaries are immutable, so findings
    /// share them).
    /// </summary>
    internal static ImmutableDictionary<string, string> Properties(CanonClause clause, double similarity) =>
        Texts.GetValue(clause, MakeTexts).WithSimilarity(similarity);

    /// <summary>
    /// A similarity as <c>ToString("0.00", CultureInfo.InvariantCulture)</c> writes it, from a table of the 101 texts
    /// between 0 and 1: formatting a double takes thousands of instructions. The table is used only where the hundredths
    /// are rounded the same from the double as from any decimal near it (not within a millionth of a half).
    /// </summary>
    public static string Similarity(double similarity)
    {
        int hundredths = HundredthsOf(similarity);
        return hundredths >= 0 ? Hundredths[hundredths] : similarity.ToString("0.00", CultureInfo.InvariantCulture);
    }

    /// <summary>The index in <see cref="Hundredths"/> of the similarity's text, or -1 when the table may not be used.</summary>
    private static int HundredthsOf(double similarity)
    {
        if (similarity >= 0 && similarity <= 1 && BitConverter.DoubleToInt64Bits(similarity) >= 0)
        {
            double scaled = similarity * 100;
            double whole = Math.Floor(scaled);
            double fraction = scaled - whole;
            if (Math.Abs(fraction - 0.5) > 1e-6)
            {
                return (int)whole + (fraction > 0.5 ? 1 : 0);
            }
        }

        return -1;
    }

    /// <summary>"0.00" to "1.00".</summary>
    private static readonly string[] Hundredths = MakeHundredths();

    private static string[] MakeHundredths()
    {
        var texts = new string[101];
        for (int k = 0; k <= 100; k++)
        {
            texts[k] = (k / 100).ToString(CultureInfo.InvariantCulture) + "." + (k % 100).ToString("00", CultureInfo.InvariantCulture);
        }

        return texts;
    }

    private static readonly ConditionalWeakTable<CanonClause, ClauseTexts> Texts = new();

    private static readonly ConditionalWeakTable<CanonClause, ClauseTexts>.CreateValueCallback MakeTexts = clause => new ClauseTexts(clause);

    /// <summary>A clause's properties, and its wording for each range of its paragraphs quoted so far; thread-safe.</summary>
    private sealed class ClauseTexts
    {
        private readonly CanonClause _clause;

        /// <summary>Replaced, never changed: a clause has a few paragraphs, and most quotations cover the same one.</summary>
        private (long Paragraphs, string Text)[] _wordings = new (long, string)[0];

        public ClauseTexts(CanonClause clause)
        {
            _clause = clause;
            Properties = ImmutableDictionary<string, string>.Empty.Add("clause", clause.Id).Add("ruleFile", clause.SourcePath);
        }

        public ImmutableDictionary<string, string> Properties { get; }

        /// <summary><see cref="Properties"/> with each similarity from the table, made when first used; a race makes two equal ones.</summary>
        private readonly ImmutableDictionary<string, string>?[] _withHundredths = new ImmutableDictionary<string, string>?[101];

        public ImmutableDictionary<string, string> WithSimilarity(double similarity)
        {
            int hundredths = HundredthsOf(similarity);
            return hundredths < 0
                ? Properties.Add("similarity", Similarity(similarity))
                : _withHundredths[hundredths] ??= Properties.Add("similarity", Hundredths[hundredths]);
        }

        public string Clause(ClauseAlignment alignment)
        {
            long paragraphs = ((long)alignment.FirstParagraph << 32) | (uint)alignment.LastParagraph;
            (long Paragraphs, string Text)[] known = Volatile.Read(ref _wordings);
            foreach ((long Paragraphs, string Text) wording in known)
            {
                if (wording.Paragraphs == paragraphs)
                {
                    return wording.Text;
                }
            }

            string kind = _clause.IsAuthentic ? "authentic text" : "reference translation";
            string text = $"{_clause.Title("en")} {alignment.ParagraphText} ({_clause.Version.Name} wording, {_clause.Language} {kind}, {_clause.SourcePath})";
            var more = new (long, string)[known.Length + 1];
            known.CopyTo(more, 0);
            more[known.Length] = (paragraphs, text);

            // Another thread may have added a wording meanwhile: it is made again when asked, never wrong.
            Interlocked.CompareExchange(ref _wordings, more, known);
            return text;
        }
    }

    /// <summary>The message being written, per thread: most findings of an article are NL3001 messages.</summary>
    [System.ThreadStatic]
    private static StringBuilder? _edits;

    /// <summary><c>3 differences: 'shall' → 'may' (modal); omitted 'so attacked'; and 1 more</c>.</summary>
    public static string Edits(IReadOnlyList<ClauseEdit> edits)
    {
        StringBuilder text = Builder();
        WriteEdits(text, edits);
        return Done(text);
    }

    /// <summary>
    /// The literal text before, between and after the placeholders of a message format that has exactly <c>{0}</c>,
    /// <c>{1}</c> and <c>{2}</c> in that order and no other brace; null for any other format.
    /// </summary>
    public static string[]? AroundThreeArguments(string format)
    {
        var pieces = new string[4];
        int at = 0;
        for (int k = 0; k < 3; k++)
        {
            string placeholder = "{" + k.ToString(CultureInfo.InvariantCulture) + "}";
            int next = format.IndexOf(placeholder, at, System.StringComparison.Ordinal);
            if (next < 0)
            {
                return null;
            }

            pieces[k] = format.Substring(at, next - at);
            at = next + placeholder.Length;
        }

        pieces[3] = format.Substring(at);
        foreach (string piece in pieces)
        {
            if (piece.IndexOf('{') >= 0 || piece.IndexOf('}') >= 0)
            {
                return null;
            }
        }

        return pieces;
    }

    /// <summary>
    /// A message of the format whose <see cref="AroundThreeArguments"/> are <paramref name="around"/>, with the clause
    /// (<see cref="Clause"/>), <paramref name="percent"/> and the edits (<see cref="Edits"/>) as its arguments, written in
    /// one builder: what <c>string.Format</c> gives, without parsing the format or making the edits' text apart.
    /// </summary>
    public static string Message(string[] around, ClauseAlignment alignment, int percent)
    {
        StringBuilder text = Builder();
        text.Append(around[0]).Append(Clause(alignment)).Append(around[1]).Append(percent.ToString(CultureInfo.InvariantCulture)).Append(around[2]);
        WriteEdits(text, alignment.Edits);
        text.Append(around[3]);
        return Done(text);
    }

    private static StringBuilder Builder() => (_edits ??= new StringBuilder()).Clear();

    /// <summary>The builder's text; a builder grown large is not kept.</summary>
    private static string Done(StringBuilder text)
    {
        string message = text.ToString();
        if (text.Capacity > 4096)
        {
            _edits = null;
        }

        return message;
    }

    private static void WriteEdits(StringBuilder text, IReadOnlyList<ClauseEdit> edits)
    {
        text.Append(edits.Count.ToString(CultureInfo.InvariantCulture)).Append(edits.Count == 1 ? " difference: " : " differences: ");
        for (int i = 0; i < edits.Count && i < ListedEdits; i++)
        {
            edits[i].DescribeTo(i > 0 ? text.Append("; ") : text);
        }

        if (edits.Count > ListedEdits)
        {
            text.Append("; and ").Append((edits.Count - ListedEdits).ToString(CultureInfo.InvariantCulture)).Append(" more");
        }
    }

    public static string Day(System.DateTime date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
