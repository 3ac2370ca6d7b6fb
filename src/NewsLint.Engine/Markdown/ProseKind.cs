namespace NewsLint.Markdown;

/// <summary>Where a run of prose stands in the article.</summary>
public enum ProseKind
{
    Paragraph,
    Heading,
    TableCell,
}
