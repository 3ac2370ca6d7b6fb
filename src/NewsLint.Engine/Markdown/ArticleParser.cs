using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Markdig;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using NewsLint.Text;

namespace NewsLint.Markdown;

/// <summary>Markdown to <see cref="ArticleDocument"/>: one Markdig pipeline, built once, shared by every thread.</summary>
public static class ArticleParser
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UseYamlFrontMatter()
        .UsePipeTables()
        .Build();

    /// <summary>
    /// The same pipeline without pipe tables, for text without a <c>|</c>: no table can form there, and the table parser
    /// would still allocate at every paragraph's post-processing (a closure per inline leaf). The document is the same
    /// (<c>ArticleParserPipelineTests</c> compare both pipelines).
    /// </summary>
    private static readonly MarkdownPipeline PipelineWithoutTables = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UseYamlFrontMatter()
        .Build();

    /// <summary>Per-thread scratch of <see cref="Parse"/>: its stacks and builders never escape, so each article
    /// reuses them instead of growing new ones (the results are exact-size copies).</summary>
    [ThreadStatic]
    private static Scratch? Scratches;

    public static ArticleDocument Parse(SourceDocument source) => Parse(source, pipeTables: null);

    /// <summary>Parses with or without the pipe table parser; null chooses by the text (tests compare both).</summary>
    internal static ArticleDocument Parse(SourceDocument source, bool? pipeTables)
    {
        // Same length as the source: only markers of hostile nesting become no-break spaces (NestingGuard).
        string text = NestingGuard.Flatten(source, out ImmutableArray<FlattenedRegion> flattened);
        bool tables = pipeTables ?? source.HasPipe;
        MarkdownDocument markdown = Markdig.Markdown.Parse(text, tables ? Pipeline : PipelineWithoutTables);

        Scratch scratch = Scratches ??= new Scratch();
        ImmutableArray<ProseBlock>.Builder blocks = scratch.Blocks;
        ImmutableArray<HtmlComment>.Builder comments = scratch.Comments;
        blocks.Clear();
        comments.Clear();
        FrontMatter frontMatter = FrontMatter.None;
        string? frontMatterError = null;
        int nextListId = 0;

        // Iterative walk: a hostile article may nest thousands of quotes or lists.
        FrameStack stack = scratch.Frames;
        stack.Release(); // empty already, unless the last parse on this thread threw
        for (int i = markdown.Count - 1; i >= 0; i--)
        {
            stack.Push(new Frame(markdown[i], 0, -1, -1));
        }

        while (stack.Count > 0)
        {
            Frame frame = stack.Pop();
            switch (frame.Block)
            {
                case YamlFrontMatterBlock yaml:
                    frontMatter = FrontMatterReader.Read(text, ToSpan(yaml.Span, text.Length), out frontMatterError);
                    break;
                case HtmlBlock html:
                    CollectBlockComments(text, html, comments);
                    break;
                case HeadingBlock heading:
                    AddLeaf(scratch.Prose, blocks, text, heading, ProseKind.Heading, heading.Level, frame, comments);
                    break;
                case ParagraphBlock paragraph:
                    ProseKind kind = paragraph.Parent is TableCell ? ProseKind.TableCell : ProseKind.Paragraph;
                    AddLeaf(scratch.Prose, blocks, text, paragraph, kind, 0, frame, comments);
                    break;
                case ListBlock list:
                    int listId = nextListId++;
                    for (int i = list.Count - 1; i >= 0; i--)
                    {
                        stack.Push(new Frame(list[i], frame.QuoteDepth, listId, i));
                    }

                    break;
                case ListItemBlock item:
                    // Only the item's first paragraph is "the item"; nested blocks keep the list context too.
                    for (int i = item.Count - 1; i >= 0; i--)
                    {
                        stack.Push(new Frame(item[i], frame.QuoteDepth, frame.ListId, frame.ListItemIndex));
                    }

                    break;
                case QuoteBlock quote:
                    for (int i = quote.Count - 1; i >= 0; i--)
                    {
                        stack.Push(new Frame(quote[i], frame.QuoteDepth + 1, -1, -1));
                    }

                    break;
                case ContainerBlock container:
                    // Tables, rows, cells and any extension container: walk into them.
                    for (int i = container.Count - 1; i >= 0; i--)
                    {
                        stack.Push(new Frame(container[i], frame.QuoteDepth, frame.ListId, frame.ListItemIndex));
                    }

                    break;
                default:
                    // Code blocks, thematic breaks, link definitions: not prose.
                    break;
            }
        }

        var document = new ArticleDocument(source, frontMatter, blocks.ToImmutable(), comments.Count == 0 ? ImmutableArray<HtmlComment>.Empty : comments.ToImmutable(), frontMatterError, flattened);

        // Cleared so the scratch does not keep the last article's blocks alive.
        blocks.Clear();
        comments.Clear();
        stack.Release();
        return document;
    }

    private static void AddLeaf(ProseBuilder builder, ImmutableArray<ProseBlock>.Builder blocks, string text, LeafBlock leaf, ProseKind kind, int headingLevel, Frame frame, ImmutableArray<HtmlComment>.Builder comments)
    {
        if (leaf.Inline is null)
        {
            return;
        }

        builder.Clear();
        AppendInlines(builder, text, leaf.Inline, comments);
        if (builder.Length == 0)
        {
            return;
        }

        blocks.Add(builder.Build(blocks.Count, kind, ToSpan(leaf.Span, text.Length), headingLevel, frame.QuoteDepth, frame.ListId, frame.ListItemIndex));
    }

    /// <summary>
    /// Reads the leaf's inlines in document order: a walk down first children and along next siblings, climbing back
    /// through parents, so no stack is filled per block (the order is the same as pushing children in reverse).
    /// </summary>
    private static void AppendInlines(ProseBuilder builder, string text, ContainerInline root, ImmutableArray<HtmlComment>.Builder comments)
    {
        Inline? inline = root.FirstChild;
        while (inline is not null)
        {
            TextSpan span = ToSpan(inline.Span, text.Length);
            ContainerInline? descend = null;
            switch (inline)
            {
                case LiteralInline literal:
                    // The literal's characters are read where Markdig keeps them: no string per literal.
                    builder.AppendAligned(text, literal.Content.Text, literal.Content.Start, literal.Content.Length, span.Start, span.End);
                    break;
                case HtmlEntityInline entity:
                    builder.AppendMapped(entity.Transcoded.ToString(), span.Start, span.End);
                    break;
                case LineBreakInline:
                    builder.AppendMapped(" ", span.Start, span.End);
                    break;
                case CodeInline:
                    // Code is not prose, but it still separates the words around it.
                    builder.AppendMapped(" ", span.Start, span.End);
                    break;
                case HtmlInline html:
                    if (html.Tag.StartsWith("<!--", StringComparison.Ordinal))
                    {
                        comments.Add(new HtmlComment(span, CommentBody(html.Tag)));
                    }

                    break;
                case AutolinkInline:
                    builder.AppendMapped(" ", span.Start, span.End);
                    break;
                case LinkInline link when link.IsImage:
                    break;
                case ContainerInline container:
                    // Emphasis, link text: the words count, the delimiters and URL do not.
                    descend = container;
                    break;
                default:
                    break;
            }

            inline = descend?.FirstChild ?? NextInOrder(inline, root);
        }
    }

    /// <summary>The inline after <paramref name="inline"/>'s subtree: its next sibling, or the next sibling of the
    /// nearest ancestor below <paramref name="root"/> that has one; null when the root is done.</summary>
    private static Inline? NextInOrder(Inline inline, ContainerInline root)
    {
        Inline? at = inline;
        while (at is not null && at != root)
        {
            if (at.NextSibling is { } next)
            {
                return next;
            }

            at = at.Parent;
        }

        return null;
    }

    private static void CollectBlockComments(string text, HtmlBlock html, ImmutableArray<HtmlComment>.Builder comments)
    {
        TextSpan span = ToSpan(html.Span, text.Length);
        int at = span.Start;
        while (at < span.End)
        {
            int open = text.IndexOf("<!--", at, span.End - at, StringComparison.Ordinal);
            if (open < 0)
            {
                break;
            }

            int close = text.IndexOf("-->", open + 4, span.End - open - 4, StringComparison.Ordinal);
            int end = close < 0 ? span.End : close + 3;
            comments.Add(new HtmlComment(TextSpan.FromBounds(open, end), CommentBody(text.Substring(open, end - open))));
            at = end;
        }
    }

    private static string CommentBody(string comment)
    {
        string body = comment.StartsWith("<!--", StringComparison.Ordinal) ? comment.Substring(4) : comment;
        if (body.EndsWith("-->", StringComparison.Ordinal))
        {
            body = body.Substring(0, body.Length - 3);
        }

        return body.Trim();
    }

    /// <summary>Markdig's spans are end-inclusive; ours are end-exclusive and clamped to the text.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // per inline of every block
    internal static TextSpan ToSpan(SourceSpan span, int textLength)
    {
        if (span.IsEmpty || span.Start < 0)
        {
            return new TextSpan(Math.Min(Math.Max(span.Start, 0), textLength), 0);
        }

        int start = Math.Min(span.Start, textLength);
        int end = Math.Min(span.End + 1, textLength);
        return TextSpan.FromBounds(start, Math.Max(start, end));
    }

    private sealed class Scratch
    {
        public ImmutableArray<ProseBlock>.Builder Blocks { get; } = ImmutableArray.CreateBuilder<ProseBlock>();

        public ImmutableArray<HtmlComment>.Builder Comments { get; } = ImmutableArray.CreateBuilder<HtmlComment>();

        public FrameStack Frames { get; } = new();

        /// <summary>Reused for every block: its buffers grow once, not per block (and the thread's scratch is read
        /// once an article, not once a block).</summary>
        public ProseBuilder Prose { get; } = new();
    }

    /// <summary>
    /// The walk's stack: a <see cref="Stack{T}"/> of frames calls out for every pop and clears every slot it pops; this
    /// one inlines both and clears the slots once an article, in <see cref="Release"/>.
    /// </summary>
    private sealed class FrameStack
    {
        private Frame[] _frames = new Frame[64];
        private int _count;
        private int _highWater;

        public int Count => _count;

        [MethodImpl(MethodImplOptions.AggressiveInlining)] // per block of every article
        public void Push(Frame frame)
        {
            if (_count == _frames.Length)
            {
                Array.Resize(ref _frames, _frames.Length * 2);
            }

            _frames[_count++] = frame;
            _highWater = Math.Max(_highWater, _count);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)] // per block of every article
        public Frame Pop() => _frames[--_count];

        /// <summary>Empties the stack and drops its references to the article's blocks.</summary>
        public void Release()
        {
            if (_highWater == 0)
            {
                return;
            }

            Array.Clear(_frames, 0, _highWater);
            _count = 0;
            _highWater = 0;
        }
    }

    private readonly struct Frame
    {
        public Frame(Block block, int quoteDepth, int listId, int listItemIndex)
        {
            Block = block;
            QuoteDepth = quoteDepth;
            ListId = listId;
            ListItemIndex = listItemIndex;
        }

        public Block Block { get; }

        public int QuoteDepth { get; }

        public int ListId { get; }

        public int ListItemIndex { get; }
    }
}
