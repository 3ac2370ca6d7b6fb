using System;
using System.Runtime.CompilerServices;

namespace NewsLint.Language;

/// <summary>Folded texts compared in place (<see cref="TextFolding.Fold(string)"/>), without making either fold.</summary>
internal static class FoldedText
{
    /// <summary>
    /// Whether <c>Fold(a) == Fold(b)</c>. Simple characters (<see cref="TextFolding.IsSimple"/>: ASCII, typographic
    /// quotes, dashes and spaces), most of any text, are read in place up to the first difference; at the first other
    /// character both texts are folded. A simple character that is not white space folds to one character and is never
    /// dropped, so up to that character both folds are aligned.
    /// </summary>
    public static bool AreEqual(string a, string b)
    {
        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            // The usual repeat: the same text, compared a vector at a time.
            return true;
        }

        int i = SkipSpaces(a, 0);
        int j = SkipSpaces(b, 0);
        while (i < a.Length && j < b.Length)
        {
            char x = a[i];
            char y = b[j];
            if (!TextFolding.IsSimple(x) || !TextFolding.IsSimple(y))
            {
                return Folded(a, b);
            }

            if (TextFolding.FoldChar(x) != TextFolding.FoldChar(y))
            {
                return false;
            }

            int afterA = SkipSpaces(a, i + 1);
            int afterB = SkipSpaces(b, j + 1);
            if ((afterA > i + 1) != (afterB > j + 1) && afterA < a.Length && afterB < b.Length)
            {
                // One fold has a space where the other has the next character, unless that character folds to nothing.
                return !TextFolding.IsSimple(a[afterA]) || !TextFolding.IsSimple(b[afterB]) ? Folded(a, b) : false;
            }

            i = afterA;
            j = afterB;
        }

        // Past the end of one text the other's fold has more only if a character is left that is not dropped.
        if (i == a.Length && j == b.Length)
        {
            return true;
        }

        return (i < a.Length && !TextFolding.IsSimple(a[i])) || (j < b.Length && !TextFolding.IsSimple(b[j])) ? Folded(a, b) : false;
    }

    private static bool Folded(string a, string b) => TextFolding.Fold(a) == TextFolding.Fold(b);

    /// <summary>The index of the first character at or after <paramref name="i"/> that is not simple white space.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && TextFolding.IsSimple(text[i]) && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }
}
