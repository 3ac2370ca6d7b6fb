using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using NewsLint.Markdown;
using NewsLint.Rules.Languages;

namespace NewsLint.Language;

/// <summary>
/// Splits a block into sentences at <c>. ! ? …</c> followed by space and a capital, digit or opening quote, unless the
/// word before the stop is one of the language's abbreviations or a single initial. Closing quotes and brackets after
/// the stop stay with the sentence they close.
/// </summary>
public sealed class SentenceSplitter
{
    /// <summary>One splitter per language pack: it is immutable after construction, and building one costs more than splitting an article.</summary>
    private static readonly ConditionalWeakTable<LanguagePack, SentenceSplitter> Cache = new();

    private static readonly SentenceSplitter NoLanguage = new(null);

    private readonly WordSet _abbreviations;
    private readonly StopNeighbours _openers = new("([");
    private readonly StopNeighbours _closers = new(")]");

    public SentenceSplitter(LanguagePack? language)
    {
        var abbreviations = new List<string>();
        if (language is not null)
        {
            foreach (string abbreviation in language.Abbreviations)
            {
                abbreviations.Add(abbreviation.TrimEnd('.'));
            }

            // Quotation marks come from the language pack; a mark may be several characters ("‘’").
            foreach (QuotePair pair in language.QuotationMarks)
            {
                foreach (char c in pair.Open)
                {
                    _openers.Add(c);
                }

                foreach (char c in pair.Close)
                {
                    _closers.Add(c);
                }
            }
        }

        _abbreviations = new WordSet(abbreviations, ignoreCase: true);
    }

    /// <summary>The shared splitter for a language pack (or for none).</summary>
    public static SentenceSplitter For(LanguagePack? language) =>
        language is null ? NoLanguage : Cache.GetValue(language, pack => new SentenceSplitter(pack));

    public void Split(ProseBlock block, List<Sentence> into)
    {
        string text = block.Text;
        int start = SkipSpace(text, 0);
        int i = start;
        while (i < text.Length)
        {
            // Stops are a few characters in a hundred: a vectorized search finds the next one.
            i = text.IndexOfAny(SentenceStopSearch.Stops, i);
            if (i < 0)
            {
                break;
            }

            i = AtStop(block, i, ref start, into, WalkBack);
        }

        AddLast(block, start, into);
    }

    /// <summary>
    /// The same split read from the block's tokens (<see cref="Tokenizer"/>), when they are already computed: every stop
    /// is a symbol token, except a full stop inside a number ("3.380"), which is followed by a digit and so never ends
    /// a sentence. Walking the few symbol tokens costs less than searching every character.
    /// </summary>
    public void Split(ProseBlock block, ReadOnlySpan<Token> tokens, List<Sentence> into)
    {
        string text = block.Text;
        int start = SkipSpace(text, 0);
        int i = start;
        for (int k = NextStop(tokens, 0, text); k < tokens.Length; k = NextStop(tokens, k + 1, text))
        {
            if (tokens[k].Start >= i)
            {
                i = AtStop(block, tokens[k].Start, ref start, into, WordStartBefore(tokens, k));
            }
        }

        AddLast(block, start, into);
    }

    /// <summary>For <see cref="AtStop"/>: the start of the word before the stop is not known, and is found by walking back
    /// over its letters.</summary>
    private const int WalkBack = -1;

    /// <summary>
    /// The start of the word of ASCII letters that ends at stop token <paramref name="k"/>, or <see cref="WalkBack"/>.
    /// Exactly where the walk back over letters would stop: the tokenizer never ends a word before a letter, and nothing
    /// before such a word's start is a letter.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int WordStartBefore(ReadOnlySpan<Token> tokens, int k) =>
        k > 0 && tokens[k - 1].IsAsciiLetters && tokens[k - 1].End == tokens[k].Start ? tokens[k - 1].Start : WalkBack;

    /// <summary>Ends the sentence at the stop at <paramref name="i"/> if what follows starts one; returns where to look
    /// for the next stop. <paramref name="wordStart"/> is where the word before the stop starts, if known.</summary>
    private int AtStop(ProseBlock block, int i, ref int start, List<Sentence> into, int wordStart)
    {
        string text = block.Text;
        char c = text[i];
        int end = i + 1;
        while (end < text.Length && (text[end] == '.' || text[end] == '!' || text[end] == '?'))
        {
            end++;
        }

        while (end < text.Length && IsCloser(text[end]))
        {
            end++;
        }

        int next = SkipSpace(text, end);
        if (next > end && next < text.Length && StartsSentence(text[next]) && !(c == '.' && IsAbbreviation(text, i, wordStart)))
        {
            into.Add(new Sentence(into.Count, block, start, end - start));
            start = next;
            return next;
        }

        return end;
    }

    private static void AddLast(ProseBlock block, int start, List<Sentence> into)
    {
        if (start < block.Text.Length)
        {
            into.Add(new Sentence(into.Count, block, start, block.Text.Length - start));
        }
    }

    /// <summary>The index of the first stop symbol at or after token <paramref name="k"/>, or the count: a loop of its
    /// own, with no call in it, over the words and numbers that are most tokens.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int NextStop(ReadOnlySpan<Token> tokens, int k, string text)
    {
        for (; k < tokens.Length; k++)
        {
            if (tokens[k].Kind == TokenKind.Symbol && SentenceStopSearch.IsStop(text[tokens[k].Start]))
            {
                break;
            }
        }

        return k;
    }

    private bool IsAbbreviation(string text, int stop, int wordStart)
    {
        int wordEnd = stop;
        if (wordStart == WalkBack)
        {
            wordStart = wordEnd;
            while (wordStart > 0 && char.IsLetter(text[wordStart - 1]))
            {
                wordStart--;
            }
        }

        int length = wordEnd - wordStart;
        if (length == 0)
        {
            return false;
        }

        // A single capital is an initial ("J. Smith").
        if (length == 1 && char.IsUpper(text[wordStart]))
        {
            return true;
        }

        return _abbreviations.Contains(text, wordStart, length);
    }

    private bool StartsSentence(char c) => char.IsUpper(c) || char.IsDigit(c) || _openers.Contains(c);

    private bool IsCloser(char c) => _closers.Contains(c);

    private static int SkipSpace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }
}
