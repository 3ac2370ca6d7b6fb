using NewsLint.Analysis;

namespace NewsLint.Recognizers.Quotations;

/// <summary>
/// Finds every quotation of an article and who said it, in passes that are each linear in the article:
/// <list type="number">
/// <item>marks: the language's pairs (longest mark first, so <c>‘’</c> before <c>‘</c>), apostrophes skipped
/// (<c>Russia’s</c>, <c>’90s</c>), opening or closing told by the characters around a mark, paired on a stack that is
/// searched only a few entries deep; an unclosed quotation continues into the next paragraph when that paragraph
/// opens with the same mark (the multi-paragraph convention);</item>
/// <item>Markdown block quotes without marks of their own are quotations too;</item>
/// <item>sentences outside quotations and the attribution cues in them (verbs and phrases from
/// <c>rules/languages/*.yaml</c>), each with its speaker words; <c>-nya</c> and pronouns resolve to the last named
/// speaker;</item>
/// <item>each top-level quotation takes the nearest cue: in its sentence, an introducing colon, the sentence before or
/// after it that quotes nothing, or an attributed quotation next to it in the same paragraph.</item>
/// </list>
/// </summary>
public sealed class QuotationRecognizer : Recognizer<QuotationSet>
{
    /// <summary>How deep a closing mark looks down the stack of open marks (keeps thousands of unclosed marks linear).</summary>
    public const int MaxSearchDepth = 4;

    public static readonly QuotationRecognizer Instance = new(readsEveryBlock: false);

    /// <summary>
    /// For tests: reads every block's sentences and cues, where <see cref="Instance"/> reads those attributions need,
    /// finds marks by searching characters, where it walks the symbol tokens, checks every token against the quotations
    /// for cues, where it passes over a quotation's tokens, and resolves every pronoun, where it resolves those an
    /// attribution takes.
    /// </summary>
    internal static readonly QuotationRecognizer ReadingEveryBlock = new(readsEveryBlock: true);

    private readonly bool _readsEveryBlock;

    private QuotationRecognizer(bool readsEveryBlock)
    {
        _readsEveryBlock = readsEveryBlock;
    }

    public override QuotationSet Recognize(ArticleContext context)
    {
        if (context.Language is null || context.Document.Blocks.IsEmpty)
        {
            return QuotationSet.Empty;
        }

        QuotationLexicon lexicon = QuotationLexicon.For(context.Language);
        if (!lexicon.HasMarks)
        {
            return QuotationSet.Empty;
        }

        return new QuotationScan(context, lexicon, _readsEveryBlock).Run();
    }
}
