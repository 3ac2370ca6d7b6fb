using NewsLint.Text;

namespace NewsLint.Markdown;

/// <summary>An HTML comment in the article (block or inline), kept for suppression directives.</summary>
public sealed class HtmlComment
{
    public HtmlComment(TextSpan span, string body)
    {
        Span = span;
        Body = body;
    }

    public TextSpan Span { get; }

    /// <summary>The text between <c>&lt;!--</c> and <c>--&gt;</c>, trimmed.</summary>
    public string Body { get; }
}
