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

        // Over a common start of ASCII characters the loop below goes in step (i == j) and visits every character that
        // is not white space: it may begin at the last such character of that start, found a vector at a time.
        int resume = LastNonSpaceBefore(a, CommonAsciiStart(a, b));
        int i = resume >= 0 ? resume : SkipSpaces(a, 0);
        int j = resume >= 0 ? resume : SkipSpaces(b, 0);
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

    /// <summary>The length of the longest common start of both texts that holds only ASCII characters.</summary>
    private static int CommonAsciiStart(string a, string b)
    {
#if NET
        ReadOnlySpan<char> common = a.AsSpan(0, a.AsSpan().CommonPrefixLength(b.AsSpan()));
        int firstOther = common.IndexOfAnyExceptInRange('\0', '\u007F');
        return firstOther < 0 ? common.Length : firstOther;
#else
        int n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n] && a[n] <= '\u007F')
        {
            n++;
        }

        return n;
#endif
    }

    /// <summary>The index of the last character before <paramref name="end"/> that is not white space; -1 when there is none.</summary>
    private static int LastNonSpaceBefore(string text, int end)
    {
        int i = end - 1;
        while (i >= 0 && char.IsWhiteSpace(text[i]))
        {
            i--;
        }

        return i;
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
