using System.Collections.Immutable;
using NewsLint.Language;

namespace NewsLint.Rules.Places;

/// <summary>
/// The words of a folded place name as an article's tokens divide it: "st. petersburg" is "st", "." and "petersburg",
/// and "route 66" is "route" and "66". NL4002 looks a name up over as many tokens as the name has, so the catalog
/// counts and filters a name's words the same way; split at spaces, a name with a full stop or a number was never found.
/// </summary>
internal static class NameWords
{
    public static string[] Of(string foldedName)
    {
        ImmutableArray<Token> tokens = Tokenizer.Tokenize(foldedName);
        var words = new string[tokens.Length];
        for (int i = 0; i < tokens.Length; i++)
        {
            words[i] = foldedName.Substring(tokens[i].Start, tokens[i].Length);
        }

        return words;
    }
}
