using System.Collections.Immutable;
using System.Text;
using NewsLint.Rules.Canon;

namespace NewsLint.Canon;

/// <summary>How a stretch of the quotation departs from the clause.</summary>
public enum EditKind
{
    /// <summary>Same words in both.</summary>
    Equal,

    /// <summary>Words of the clause the quotation leaves out.</summary>
    Omission,

    /// <summary>Words in the quotation the clause does not have.</summary>
    Insertion,

    /// <summary>Words of the clause replaced by other words.</summary>
    Substitution,
}

/// <summary>One row of an aligned word diff: the clause's words and the quotation's, with what changed between them.</summary>
public sealed class ClauseEdit
{
    public ClauseEdit(EditKind kind, string canonText, string quoteText, int paragraph, ImmutableArray<string> material)
    {
        Kind = kind;
        _canonText = canonText;
        _quoteText = quoteText;
        Paragraph = paragraph;
        Material = material;
    }

    /// <summary>
    /// An equal row of <paramref name="length"/> characters of <paramref name="text"/> from <paramref name="start"/>, cut
    /// out when first read: only <c>--explain</c> reads equal rows' words.
    /// </summary>
    internal ClauseEdit(string text, int start, int length, int paragraph)
    {
        Kind = EditKind.Equal;
        _text = text;
        _start = start;
        _length = length;
        Paragraph = paragraph;
        Material = ImmutableArray<string>.Empty;
    }

    private readonly string? _text;
    private readonly int _start;
    private readonly int _length;
    private string? _canonText;
    private string? _quoteText;

    public EditKind Kind { get; }

    /// <summary>The clause's words, as published (empty for an insertion).</summary>
    public string CanonText => _canonText ??= _text!.Substring(_start, _length);

    /// <summary>The quotation's words, as written (empty for an omission); an equal row's are the clause's.</summary>
    public string QuoteText => _quoteText ??= CanonText;

    /// <summary>The number of the clause paragraph the row falls in.</summary>
    public int Paragraph { get; }

    /// <summary>Categories of material change (<c>number</c>, <c>negation</c>, <c>modal</c>, ...); empty when immaterial.</summary>
    public ImmutableArray<string> Material { get; }

    public bool IsMaterial => !Material.IsEmpty;

    /// <summary><c>omitted 'immediately' (time)</c>, <c>'shall' → 'may' (modal)</c>.</summary>
    public string Describe() => DescribeTo(new StringBuilder()).ToString();

    /// <summary><see cref="Describe"/> appended to <paramref name="text"/>: a message lists several edits in one builder.</summary>
    public StringBuilder DescribeTo(StringBuilder text)
    {
        switch (Kind)
        {
            case EditKind.Omission:
                text.Append("omitted '").Append(CanonText).Append('\'');
                break;
            case EditKind.Insertion:
                text.Append("inserted '").Append(QuoteText).Append('\'');
                break;
            case EditKind.Substitution:
                text.Append('\'').Append(CanonText).Append("' → '").Append(QuoteText).Append('\'');
                break;
            default:
                text.Append(CanonText);
                break;
        }

        if (IsMaterial)
        {
            text.Append(" (");
            for (int k = 0; k < Material.Length; k++)
            {
                (k > 0 ? text.Append(", ") : text).Append(Material[k]);
            }

            text.Append(')');
        }

        return text;
    }

    public override string ToString() => Kind == EditKind.Equal ? CanonText : Describe();
}

/// <summary>
/// A quotation aligned to the part of a clause it covers: the word diff (<see cref="Rows"/>, equal rows included), the
/// edits alone, the clause paragraphs covered and a similarity (Dice coefficient over tokens, 0..1). Immutable.
/// </summary>
public sealed class ClauseAlignment
{
    public ClauseAlignment(CanonClause clause, double similarity, int firstParagraph, int lastParagraph, ImmutableArray<ClauseEdit> rows, int matchedTokens, int quoteTokens)
    {
        Clause = clause;
        Similarity = similarity;
        FirstParagraph = firstParagraph;
        LastParagraph = lastParagraph;
        Rows = rows;
        MatchedTokens = matchedTokens;
        QuoteTokens = quoteTokens;
        int count = 0;
        foreach (ClauseEdit row in rows)
        {
            count += row.Kind != EditKind.Equal ? 1 : 0;
        }

        // Sized exactly: made into the array without a copy.
        ImmutableArray<ClauseEdit>.Builder edits = ImmutableArray.CreateBuilder<ClauseEdit>(count);
        foreach (ClauseEdit row in rows)
        {
            if (row.Kind != EditKind.Equal && row.IsMaterial)
            {
                edits.Add(row);
            }
        }

        foreach (ClauseEdit row in rows)
        {
            if (row.Kind != EditKind.Equal && !row.IsMaterial)
            {
                edits.Add(row);
            }
        }

        Edits = edits.MoveToImmutable();
    }

    public CanonClause Clause { get; }

    public double Similarity { get; }

    /// <summary>Paragraph numbers of the clause the quotation covers (1-based, as in the instrument).</summary>
    public int FirstParagraph { get; }

    public int LastParagraph { get; }

    /// <summary>The aligned diff in reading order.</summary>
    public ImmutableArray<ClauseEdit> Rows { get; }

    /// <summary>The differences alone, material ones first, each group in reading order.</summary>
    public ImmutableArray<ClauseEdit> Edits { get; }

    public int MatchedTokens { get; }

    public int QuoteTokens { get; }

    public bool HasMaterialEdits => !Edits.IsEmpty && Edits[0].IsMaterial;

    /// <summary><c>¶1</c> or <c>¶1–2</c>.</summary>
    public string ParagraphText => FirstParagraph == LastParagraph ? "¶" + FirstParagraph : "¶" + FirstParagraph + "–" + LastParagraph;

    public override string ToString() => $"{Clause.Id} {ParagraphText} {Similarity:P0}";
}
