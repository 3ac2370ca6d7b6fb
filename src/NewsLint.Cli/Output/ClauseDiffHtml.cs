using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Net;
using System.Text;
using NewsLint.Canon;
using NewsLint.Recognizers.Canon;
using NewsLint.Rules.Canon;

namespace NewsLint.Cli.Output;

/// <summary>
/// The HTML form of <c>newslint diff</c>: one self-contained page, a table per quotation with the clause on the left
/// and the quotation on the right, one row per paragraph; omitted and replaced words struck through on the left,
/// inserted and replacing words marked on the right, material changes in bold with their category as a tooltip.
/// </summary>
public static class ClauseDiffHtml
{
    private const string Style = """
        body { font-family: system-ui, sans-serif; margin: 2em; max-width: 80em; }
        table { border-collapse: collapse; width: 100%; margin-bottom: 2em; }
        th, td { border: 1px solid #ccc; padding: .5em; vertical-align: top; width: 50%; text-align: left; }
        del { background: #fdd; } ins { background: #dfd; text-decoration: none; }
        .material { font-weight: bold; outline: 1px solid #c00; }
        caption { text-align: left; font-weight: bold; padding: .5em 0; }
        """;

    public static void Write(TextWriter writer, IReadOnlyList<ClauseDiffArticle> articles)
    {
        writer.WriteLine("<!DOCTYPE html>");
        writer.WriteLine("<html><head><meta charset=\"utf-8\"><title>newslint diff</title><style>" + Style + "</style></head><body>");
        writer.WriteLine("<h1>Quotations against canonical texts</h1>");
        foreach (ClauseDiffArticle article in articles)
        {
            foreach (ClauseMatch match in article.Matches)
            {
                Write(writer, article, match);
            }
        }

        writer.WriteLine("</body></html>");
    }

    private static void Write(TextWriter writer, ClauseDiffArticle article, ClauseMatch match)
    {
        string where = article.Path + ":" + article.LineOf(match).ToString(CultureInfo.InvariantCulture);
        writer.WriteLine("<table>");
        if (match.Alignment is not { } alignment)
        {
            writer.WriteLine($"<caption>{E(where)}: attributed to {E(match.Citation?.Instrument?.Id ?? string.Empty)}, matches none of its clauses</caption></table>");
            return;
        }

        CanonClause clause = alignment.Clause;
        writer.WriteLine($"<caption>{E(where)}: {E(clause.Title("en"))} {E(alignment.ParagraphText)}, {E(clause.Version.Name)} wording, {ClauseDiffText.Percent(alignment)}% similar</caption>");
        writer.WriteLine($"<tr><th>{E(clause.Id)} ({E(clause.IsAuthentic ? "authentic text" : "reference translation")}, {E(clause.SourcePath)})</th><th>Quotation ({E(where)})</th></tr>");
        int paragraph = -1;
        var left = new StringBuilder();
        var right = new StringBuilder();
        foreach (ClauseEdit row in alignment.Rows)
        {
            if (row.Paragraph != paragraph)
            {
                Row(writer, left, right);
                paragraph = row.Paragraph;
                left.Append("<b>¶").Append(paragraph.ToString(CultureInfo.InvariantCulture)).Append("</b> ");
            }

            if (row.Kind == EditKind.Equal)
            {
                left.Append(E(row.CanonText)).Append(' ');
                right.Append(E(row.QuoteText)).Append(' ');
                continue;
            }

            string attributes = row.IsMaterial ? $" class=\"material\" title=\"{E(string.Join(", ", row.Material))}\"" : string.Empty;
            if (row.CanonText.Length > 0)
            {
                left.Append("<del").Append(attributes).Append('>').Append(E(row.CanonText)).Append("</del> ");
            }

            if (row.QuoteText.Length > 0)
            {
                right.Append("<ins").Append(attributes).Append('>').Append(E(row.QuoteText)).Append("</ins> ");
            }
        }

        Row(writer, left, right);
        writer.WriteLine("</table>");
    }

    private static void Row(TextWriter writer, StringBuilder left, StringBuilder right)
    {
        if (left.Length == 0 && right.Length == 0)
        {
            return;
        }

        writer.WriteLine("<tr><td>" + left.ToString().TrimEnd() + "</td><td>" + right.ToString().TrimEnd() + "</td></tr>");
        left.Clear();
        right.Clear();
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
