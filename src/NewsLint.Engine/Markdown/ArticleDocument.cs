using System.Collections.Immutable;
using NewsLint.Text;

namespace NewsLint.Markdown;

/// <summary>An article parsed once: its source, front matter, prose blocks in reading order and HTML comments.</summary>
public sealed class ArticleDocument
{
    public ArticleDocument(SourceDocument source, FrontMatter frontMatter, ImmutableArray<ProseBlock> blocks, ImmutableArray<HtmlComment> comments, string? frontMatterError, ImmutableArray<FlattenedRegion> flattened = default)
    {
        Source = source;
        FrontMatter = frontMatter;
        Blocks = blocks;
        Comments = comments;
        FrontMatterError = frontMatterError;
        Flattened = flattened.IsDefault ? ImmutableArray<FlattenedRegion>.Empty : flattened;
    }

    public SourceDocument Source { get; }

    public FrontMatter FrontMatter { get; }

    public ImmutableArray<ProseBlock> Blocks { get; }

    public ImmutableArray<HtmlComment> Comments { get; }

    /// <summary>Why the front matter could not be read, or null.</summary>
    public string? FrontMatterError { get; }

    /// <summary>Parts nested too deeply to parse as Markdown, read as plain paragraphs instead (reported as NL0009).</summary>
    public ImmutableArray<FlattenedRegion> Flattened { get; }
}
