using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using NewsLint.Language;

namespace NewsLint.Canon;

/// <summary>
/// A quotation's words (one text, or several quoted in pieces) as the clause index reads them: tokenized once, looked up
/// as word ids without being cut out of the text (<see cref="FoldedWordIds"/>), and made into <see cref="CanonToken"/>s
/// (as <see cref="CanonText.Tokens"/> makes them) only when a clause is aligned with them: most quotations share no word
/// pair with any clause. Each piece keeps its ids and tokens, so a piece tried alone and with the next one is read once.
/// Not meant to be shared between threads.
/// </summary>
public sealed class CanonQuotation
{
    private readonly string? _text;

    /// <summary>The words as tokens of <see cref="_text"/>; for words read from a range of tokens, made when first needed (<see cref="Words"/>).</summary>
    private Token[]? _words;

    /// <summary>Tokens of <see cref="_text"/> (symbols among them) whose words from <see cref="_first"/> to <see cref="_end"/> these are; default when none.</summary>
    private readonly ImmutableArray<Token> _range;
    private readonly int _first;
    private readonly int _end;
    private readonly CanonQuotation[] _pieces;
    private IReadOnlyList<CanonToken>? _tokens;
    private int[]? _ids;
    private FoldedWordIds? _idsFrom;

    public CanonQuotation(string text)
    {
        _text = text;
        _words = WordsOf(text);
        _pieces = Array.Empty<CanonQuotation>();
        Count = _words.Length;
    }

    /// <summary>
    /// The words (and numbers) of a text as the tokenizer split it, where they are what tokenizing the quoted part alone
    /// gives: offsets into <paramref name="text"/>, no symbols.
    /// </summary>
    public CanonQuotation(string text, Token[] words)
    {
        _text = text;
        _words = words;
        _pieces = Array.Empty<CanonQuotation>();
        Count = words.Length;
    }

    /// <summary>
    /// The <paramref name="count"/> words (and numbers) among <paramref name="tokens"/>[<paramref name="first"/>,
    /// <paramref name="end"/>) of <paramref name="text"/>, where they are what tokenizing the quoted part alone gives: read
    /// in place, copied out only when a clause is aligned with them.
    /// </summary>
    public CanonQuotation(string text, ImmutableArray<Token> tokens, int first, int end, int count)
    {
        _text = text;
        _range = tokens;
        _first = first;
        _end = end;
        _pieces = Array.Empty<CanonQuotation>();
        Count = count;
    }

    /// <summary>Words already made into tokens.</summary>
    public CanonQuotation(IReadOnlyList<CanonToken> tokens)
    {
        _words = Array.Empty<Token>();
        _pieces = Array.Empty<CanonQuotation>();
        _tokens = tokens;
        Count = tokens.Count;
    }

    private CanonQuotation(CanonQuotation first, CanonQuotation second)
    {
        _words = Array.Empty<Token>();
        _pieces = new[] { first, second };
        Count = first.Count + second.Count;
    }

    /// <summary>The number of words (and numbers).</summary>
    public int Count { get; }

    /// <summary>As <see cref="CanonText.Tokens"/> gives them, piece after piece.</summary>
    public IReadOnlyList<CanonToken> Tokens => _tokens ??= Build();

    /// <summary>
    /// Word <paramref name="k"/> folded, as <see cref="Tokens"/> has it, without making its token (the diff rows need only
    /// the quoted words that differ from the clause, and of those only the folded word, the written one and whether it
    /// is a number: <see cref="AppendWritten"/>): a word the index knows is the index's own string, another is folded in place.
    /// </summary>
    internal string FoldedAt(int k)
    {
        (CanonQuotation leaf, int at) = Leaf(k);
        if (leaf._tokens is not null)
        {
            return leaf._tokens[at].Folded;
        }

        Token word = leaf.Words[at];
        return leaf._ids is not null && leaf._ids[at] >= 0 ? leaf._idsFrom!.WordOf(leaf._ids[at]) : TextFolding.Fold(leaf._text!, word.Start, word.Length);
    }

    /// <summary>The id of word <paramref name="k"/> in <paramref name="ids"/> (a table lacking most words), -1 when it lacks the word; read in place.</summary>
    internal int IdAt(int k, FoldedWordIds ids)
    {
        (CanonQuotation leaf, int at) = Leaf(k);
        return leaf._tokens is not null ? ids.IdOf(leaf._tokens[at].Folded) : ids.OfFiltered(leaf._text!, leaf.Words[at]);
    }

    /// <summary>
    /// Appends word <paramref name="k"/> as written (<see cref="CanonToken.Text"/>), read in place; whether it is a number
    /// (<see cref="CanonToken.IsNumber"/>).
    /// </summary>
    internal bool AppendWritten(int k, StringBuilder into)
    {
        (CanonQuotation leaf, int at) = Leaf(k);
        if (leaf._tokens is not null)
        {
            into.Append(leaf._tokens[at].Text);
            return leaf._tokens[at].IsNumber;
        }

        Token word = leaf.Words[at];
        into.Append(leaf._text!, word.Start, word.Length);
        return word.Kind == TokenKind.Number;
    }

    /// <summary>The quotation holding word <paramref name="k"/> in its own text or tokens, and the word's place there.</summary>
    private (CanonQuotation Leaf, int At) Leaf(int k)
    {
        CanonQuotation quotation = this;
        while (quotation._tokens is null && quotation._pieces.Length > 0)
        {
            int first = quotation._pieces[0].Count;
            (quotation, k) = k < first ? (quotation._pieces[0], k) : (quotation._pieces[1], k - first);
        }

        return (quotation, k);
    }

    /// <summary>These words, then <paramref name="next"/>'s.</summary>
    public CanonQuotation Then(CanonQuotation next) => new(this, next);

    /// <summary>Each word's id in <paramref name="ids"/>, -1 for a word it lacks.</summary>
    internal int[] Ids(FoldedWordIds ids)
    {
        if (_ids is not null && ReferenceEquals(_idsFrom, ids))
        {
            return _ids;
        }

        var result = new int[Count];
        if (_pieces.Length > 0)
        {
            _pieces[0].Ids(ids).CopyTo(result, 0);
            _pieces[1].Ids(ids).CopyTo(result, _pieces[0].Count);
        }
        else if (_text is null)
        {
            result = ids.Of(Tokens);
        }
        else if (_words is null && !_range.IsDefault)
        {
            int k = 0;
            for (int j = _first; j < _end; j++)
            {
                if (_range[j].Kind != TokenKind.Symbol)
                {
                    result[k++] = ids.Of(_text, _range[j]);
                }
            }
        }
        else
        {
            Token[] words = Words;
            for (int k = 0; k < words.Length; k++)
            {
                result[k] = ids.Of(_text, words[k]);
            }
        }

        _idsFrom = ids;
        return _ids = result;
    }

    private static Token[] WordsOf(string text)
    {
        ImmutableArray<Token> tokens = Tokenizer.Tokenize(text);
        int count = 0;
        foreach (Token token in tokens)
        {
            count += token.Kind == TokenKind.Symbol ? 0 : 1;
        }

        var words = new Token[count];
        int k = 0;
        foreach (Token token in tokens)
        {
            if (token.Kind != TokenKind.Symbol)
            {
                words[k++] = token;
            }
        }

        return words;
    }

    private IReadOnlyList<CanonToken> Build()
    {
        ImmutableArray<CanonToken>.Builder tokens = ImmutableArray.CreateBuilder<CanonToken>(Count);
        if (_pieces.Length > 0)
        {
            tokens.AddRange(_pieces[0].Tokens);
            tokens.AddRange(_pieces[1].Tokens);
            return tokens.MoveToImmutable();
        }

        for (int k = 0; k < Count; k++)
        {
            tokens.Add(TokenOf(k));
        }

        return tokens.MoveToImmutable();
    }

    /// <summary>The token of word <paramref name="k"/> of this text: a word the index knows folds to the index's own string for it.</summary>
    private CanonToken TokenOf(int k)
    {
        Token word = Words[k];
        string written = word.GetText(_text!);
        string folded = _ids is not null && _ids[k] >= 0 ? _idsFrom!.WordOf(_ids[k]) : TextFolding.Fold(written);
        return new CanonToken(written, folded, word.Kind == TokenKind.Number);
    }

    /// <summary>The words as tokens of the text, copied out of the range they were read from when first asked for.</summary>
    private Token[] Words => _words ??= Compact(_range, _first, _end, Count);

    private static Token[] Compact(ImmutableArray<Token> tokens, int first, int end, int count)
    {
        var words = new Token[count];
        int at = 0;
        for (int j = first; j < end; j++)
        {
            if (tokens[j].Kind != TokenKind.Symbol)
            {
                words[at++] = tokens[j];
            }
        }

        return words;
    }
}
