using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using NewsLint.Analysis;
using NewsLint.Canon;
using NewsLint.Recognizers.Canon;
using NewsLint.Rules.Canon;
using NewsLint.Text;

namespace NewsLint.Cli.Output;

/// <summary>One article and its quotations matched to clauses, for <c>newslint diff</c>.</summary>
public sealed record ClauseDiffArticle(string Path, LintResult Result, ImmutableArray<ClauseMatch> Matches)
{
    /// <summary>1-based line of a match's first quotation.</summary>
    public int LineOf(ClauseMatch match) => Result.Document?.Source.GetLinePosition(match.SourceSpan.Start).Line ?? 1;
}

/// <summary>
/// The terminal form of <c>newslint diff</c>: a heading per quotation, then the clause's words with the quotation's
/// changes inline, as <c>git diff --word-diff</c> shows them: <c>[-clause words-]{+quoted words+}</c>, or red and green
/// with colour. Material changes are marked <c>!</c> and listed after.
/// </summary>
public static class ClauseDiffText
{
    private const string Red = "\u001b[31m";
    private const string Green = "\u001b[32m";
    private const string Bold = "\u001b[1m";
    private const string Dim = "\u001b[2m";
    private const string Reset = "\u001b[0m";

    public static void Write(TextWriter writer, IReadOnlyList<ClauseDiffArticle> articles, bool color)
    {
        foreach (ClauseDiffArticle article in articles)
        {
            foreach (ClauseMatch match in article.Matches)
            {
                Write(writer, article, match, color);
            }
        }
    }

    private static void Write(TextWriter writer, ClauseDiffArticle article, ClauseMatch match, bool color)
    {
        string where = $"{article.Path}:{article.LineOf(match).ToString(CultureInfo.InvariantCulture)}";
        if (match.Alignment is not { } alignment)
        {
            writer.WriteLine($"{where}: attributed to {match.Citation?.Instrument?.Id} ({match.Citation?.Text}), matches none of its clauses");
            writer.WriteLine();
            return;
        }

        CanonClause clause = alignment.Clause;
        string heading = $"{where}: {clause.Title("en")} {alignment.ParagraphText}, {clause.Version.Name} wording, {clause.Language} {(clause.IsAuthentic ? "authentic text" : "reference translation")}, {Percent(alignment)}% similar";
        writer.WriteLine(color ? Bold + heading + Reset : heading);
        string source = $"  {clause.SourcePath} ({clause.Id})" + (match.ContinuesPrevious ? ", continuing the quotation before" : string.Empty);
        writer.WriteLine(color ? Dim + source + Reset : source);
        int paragraph = -1;
        var line = new System.Text.StringBuilder();
        foreach (ClauseEdit row in alignment.Rows)
        {
            if (row.Paragraph != paragraph)
            {
                Flush(writer, line);
                paragraph = row.Paragraph;
                line.Append("  ¶").Append(paragraph.ToString(CultureInfo.InvariantCulture)).Append(' ');
            }

            if (row.Kind == EditKind.Equal)
            {
                line.Append(row.CanonText).Append(' ');
                continue;
            }

            string mark = row.IsMaterial ? "!" : string.Empty;
            if (row.CanonText.Length > 0)
            {
                line.Append(color ? Red + (row.IsMaterial ? Bold : string.Empty) + row.CanonText + Reset : "[-" + row.CanonText + "-]");
            }

            if (row.QuoteText.Length > 0)
            {
                line.Append(color ? Green + (row.IsMaterial ? Bold : string.Empty) + row.QuoteText + Reset : "{+" + row.QuoteText + "+}");
            }

            line.Append(mark).Append(' ');
        }

        Flush(writer, line);
        foreach (ClauseEdit edit in alignment.Edits)
        {
            if (edit.IsMaterial)
            {
                writer.WriteLine("  ! " + edit.Describe());
            }
        }

        if (alignment.Edits.IsEmpty)
        {
            writer.WriteLine("  = word for word");
        }

        writer.WriteLine();
    }

    internal static string Percent(ClauseAlignment alignment) =>
        ((int)System.Math.Floor(alignment.Similarity * 100)).ToString(CultureInfo.InvariantCulture);

    private static void Flush(TextWriter writer, System.Text.StringBuilder line)
    {
        if (line.Length > 0)
        {
            writer.WriteLine(line.ToString().TrimEnd());
            line.Clear();
        }
    }
}
