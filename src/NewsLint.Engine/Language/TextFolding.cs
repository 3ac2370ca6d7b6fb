using System.Globalization;
using System.Text;

namespace NewsLint.Language;

/// <summary>Comparison keys that ignore case, diacritics and typographic variants of apostrophes and dashes.</summary>
public static class TextFolding
{
    /// <summary>"Kyïv" and "KYIV" fold to "kyiv"; runs of white space fold to one space.</summary>
    public static string Fold(string text)
    {
        if (IsPlainLowerAscii(text))
        {
            return text;
        }

        string decomposed = Normalizable(text).Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        bool pendingSpace = false;
        foreach (char c in decomposed)
        {
            UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark || category == UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c switch
            {
                '\u2019' or '\u2018' or '\u02BC' => '\'',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' => '-',
                _ => char.ToLowerInvariant(c),
            });
        }

        return builder.ToString();
    }

    /// <summary>
    /// Normalization throws on unpaired surrogates and on noncharacters (U+FFFE, U+FFFF, U+FDD0-U+FDEF), which broken or
    /// hostile input holds; they become U+FFFD.
    /// </summary>
    private static string Normalizable(string text)
    {
        StringBuilder? builder = null;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool valid = char.IsHighSurrogate(c) ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                : char.IsLowSurrogate(c) ? i > 0 && char.IsHighSurrogate(text[i - 1])
                : !IsNoncharacter(c);
            if (!valid)
            {
                builder ??= new StringBuilder(text, 0, i, text.Length);
                builder.Append('\uFFFD');
            }
            else
            {
                builder?.Append(c);
            }
        }

        return builder?.ToString() ?? text;
    }

    private static bool IsNoncharacter(char c) => c >= '\uFFFE' || (c >= '\uFDD0' && c <= '\uFDEF');

    private static bool IsPlainLowerAscii(string text)
    {
        foreach (char c in text)
        {
            if (c > 0x7F || (c >= 'A' && c <= 'Z') || char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }
}
