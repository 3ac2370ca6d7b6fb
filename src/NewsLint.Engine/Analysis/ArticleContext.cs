using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Threading;
using NewsLint.Diagnostics;
using NewsLint.Language;
using NewsLint.Markdown;
using NewsLint.Rules;
using NewsLint.Rules.Languages;
using NewsLint.Text;

namespace NewsLint.Analysis;

/// <summary>
/// Everything a rule sees of one article: the parsed document, its language, the rules, lazily computed sentences and
/// mentions (each recognizer runs once), and a sink for diagnostics. One per article; not shared between threads.
/// </summary>
public sealed class ArticleContext
{
    private readonly Dictionary<object, object> _mentions = new();
    private readonly List<LintDiagnostic> _diagnostics;
    private ImmutableArray<Sentence> _sentences;
    private ImmutableArray<ImmutableArray<Token>> _tokens;

    /// <summary>Per-thread list the sentences are split into, then copied at their exact count: no list grown per article.</summary>
    [ThreadStatic]
    private static List<Sentence>? _sentenceScratch;

    internal ArticleContext(ArticleDocument document, RuleSet rules, LanguagePack? language, LintOptions options, List<LintDiagnostic> diagnostics, CancellationToken cancellationToken)
    {
        Document = document;
        Rules = rules;
        Language = language;
        Options = options;
        _diagnostics = diagnostics;
        CancellationToken = cancellationToken;
    }

    public ArticleDocument Document { get; }

    public SourceDocument Source => Document.Source;

    public RuleSet Rules { get; }

    /// <summary>The article's language pack, or null when no pack matches (language-specific rules then stay silent).</summary>
    public LanguagePack? Language { get; }

    public LintOptions Options { get; }

    public CancellationToken CancellationToken { get; }

    /// <summary>Every sentence of every prose block, in reading order.</summary>
    public ImmutableArray<Sentence> Sentences
    {
        get
        {
            if (_sentences.IsDefault)
            {
                SentenceSplitter splitter = SentenceSplitter.For(Language);
                List<Sentence> list = _sentenceScratch ??= new List<Sentence>();
                list.Clear();
                foreach (ProseBlock block in Document.Blocks)
                {
                    // The tokens are nearly always there already (dates ask for them first); walking their symbols
                    // finds the stops for less than a search of every character.
                    if (_tokens.IsDefault)
                    {
                        splitter.Split(block, list);
                    }
                    else
                    {
                        splitter.Split(block, _tokens[block.Index].AsSpan(), list);
                    }
                }

                // Copied once into an array of the exact count and wrapped as it is (an ImmutableArray is only its array).
                var exact = new Sentence[list.Count];
                list.CopyTo(exact);
                _sentences = Unsafe.As<Sentence[], ImmutableArray<Sentence>>(ref exact);
                list.Clear(); // the scratch must not keep this article's sentences alive
            }

            return _sentences;
        }
    }

    /// <summary>The tokens of a block's text, computed once.</summary>
    /// <remarks>Called for every block by several recognizers: the computation is a call of its own, so this stays a
    /// few instructions with no frame to set up.</remarks>
    public ImmutableArray<Token> TokensOf(ProseBlock block) => (_tokens.IsDefault ? TokenizeAll() : _tokens)[block.Index];

    [MethodImpl(MethodImplOptions.NoInlining)]
    private ImmutableArray<ImmutableArray<Token>> TokenizeAll()
    {
        // Filled to capacity and moved: no second copy of the array.
        var all = ImmutableArray.CreateBuilder<ImmutableArray<Token>>(Document.Blocks.Length);
        foreach (ProseBlock each in Document.Blocks)
        {
            all.Add(Tokenizer.Tokenize(each.Text));
        }

        _tokens = all.MoveToImmutable();
        return _tokens;
    }

    /// <summary>Whether <see cref="TokensOf"/> has tokenized the blocks already (a reader may use them for free).</summary>
    internal bool HasTokens => !_tokens.IsDefault;

    /// <summary>The mentions a recognizer finds, computed on first request.</summary>
    public T Get<T>(Recognizer<T> recognizer)
    {
        if (!_mentions.TryGetValue(recognizer, out object? result))
        {
            result = recognizer.Recognize(this)!;
            _mentions[recognizer] = result;
        }

        return (T)result;
    }

    /// <summary>Every mention set computed so far (for --explain style output).</summary>
    public IReadOnlyDictionary<object, object> Mentions => _mentions;

    public void Report(RuleDescriptor descriptor, TextSpan span, params object?[] arguments) =>
        Report(descriptor, span, null, arguments);

    public void Report(RuleDescriptor descriptor, TextSpan span, ImmutableDictionary<string, string>? properties, params object?[] arguments)
    {
        if (span.End > Source.Text.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(span), $"{descriptor.Id} reported {span} past the end of the text");
        }

        _diagnostics.Add(new LintDiagnostic(descriptor, descriptor.DefaultSeverity, Source.Path, span, Source.GetLineSpan(span), descriptor.FormatMessage(arguments), properties));
    }

    /// <summary>Reports with a severity other than the descriptor's default (rules whose severity is set in a rule file).</summary>
    public void Report(RuleDescriptor descriptor, Severity severity, TextSpan span, ImmutableDictionary<string, string>? properties, string message)
    {
        _diagnostics.Add(new LintDiagnostic(descriptor, severity, Source.Path, span, Source.GetLineSpan(span), message, properties));
    }
}
