using System.Collections.Generic;
using System.Globalization;
using System.Text;
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
    public static string Clause(ClauseAlignment alignment)
    {
        CanonClause clause = alignment.Clause;
        string kind = clause.IsAuthentic ? "authentic text" : "reference translation";
        return $"{clause.Title("en")} {alignment.ParagraphText} ({clause.Version.Name} wording, {clause.Language} {kind}, {clause.SourcePath})";
    }

    /// <summary>The message being written, per thread: most findings of an article are NL3001 messages.</summary>
    [System.ThreadStatic]
    private static StringBuilder? _edits;

    /// <summary><c>3 differences: 'shall' → 'may' (modal); omitted 'so attacked'; and 1 more</c>.</summary>
    public static string Edits(IReadOnlyList<ClauseEdit> edits)
    {
        StringBuilder text = _edits ??= new StringBuilder();
        text.Clear();
        string message = WriteEdits(text, edits);
        if (text.Capacity > 4096)
        {
            _edits = null;
        }

        return message;
    }

    private static string WriteEdits(StringBuilder text, IReadOnlyList<ClauseEdit> edits)
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

        return text.ToString();
    }

    public static string Day(System.DateTime date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
