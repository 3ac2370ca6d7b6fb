using System.Collections.Immutable;
using NewsLint.Analysis;
using NewsLint.Language;
using NewsLint.Markdown;

namespace NewsLint.Recognizers.Enumerations;

/// <summary>
/// Finds the sentence holding a position, for positions asked in reading order: the article's sentences are read once,
/// forward, and asked for only at the first position.
/// </summary>
internal sealed class SentenceCursor
{
    private readonly ArticleContext _context;
    private ImmutableArray<Sentence> _sentences;
    private int _next;

    public SentenceCursor(ArticleContext context)
    {
        _context = context;
    }

    /// <summary>The sentence of the block whose range holds <paramref name="position"/>, or null (white space between sentences).</summary>
    public Sentence? Containing(ProseBlock block, int position)
    {
        if (_sentences.IsDefault)
        {
            _sentences = _context.Sentences;
        }

        while (_next < _sentences.Length
            && (_sentences[_next].Block.Index < block.Index || (_sentences[_next].Block == block && _sentences[_next].End <= position)))
        {
            _next++;
        }

        if (_next < _sentences.Length && _sentences[_next].Block == block && _sentences[_next].Start <= position)
        {
            return _sentences[_next];
        }

        return null;
    }
}
