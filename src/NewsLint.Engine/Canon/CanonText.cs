using System.Collections.Generic;
using System.Collections.Immutable;
using NewsLint.Language;

namespace NewsLint.Canon;

/// <summary>A word or number of a clause or quotation: as written, and folded for comparison.</summary>
public readonly struct CanonToken
{
    public CanonToken(string text, string folded, bool isNumber)
    {
        Text = text;
        Folded = folded;
        IsNumber = isNumber;
    }

    public string Text { get; }

    /// <summary>Lower case, no diacritics, typographic quotes and dashes made plain (<see cref="TextFolding"/>).</summary>
    public string Folded { get; }

    public bool IsNumber { get; }

    public override string ToString() => Text;
}

/// <summary>
/// Normalises clauses and quotations alike into comparable tokens: words and numbers only (punctuation, quotation
/// marks and dashes drop out), folded for case, diacritics and typographic variants, white space irrelevant.
/// </summary>
public static class CanonText
{
    public static ImmutableArray<CanonToken> Tokens(string text)
    {
        var result = ImmutableArray.CreateBuilder<CanonToken>();
        AddTokens(text, result);
        return result.ToImmutable();
    }

    public static void AddTokens(string text, ICollection<CanonToken> into)
    {
        foreach (Token token in Tokenizer.Tokenize(text))
        {
            if (token.Kind == TokenKind.Symbol)
            {
                continue;
            }

            string written = token.GetText(text);
            into.Add(new CanonToken(written, TextFolding.Fold(written), token.Kind == TokenKind.Number));
        }
    }

    /// <summary>The folded words of a phrase (for vocabulary).</summary>
    public static ImmutableArray<string> FoldedWords(string phrase)
    {
        var words = ImmutableArray.CreateBuilder<string>();
        foreach (CanonToken token in Tokens(phrase))
        {
            words.Add(token.Folded);
        }

        return words.ToImmutable();
    }
}
