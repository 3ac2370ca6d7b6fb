using System;
using System.Globalization;
using System.Runtime.CompilerServices;
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

        // Most prose is ASCII plus typographic quotes and dashes, which normalization leaves as they are: fold those
        // directly, and normalize only when a character needs it.
        return TryFoldSimple(text, 0, text.Length) ?? FoldByNormalizing(text);
    }

    /// <summary><see cref="Fold(string)"/> of text[start..start+length), read in place: the range is not cut out first.</summary>
    public static string Fold(string text, int start, int length)
    {
        if (start == 0 && length == text.Length)
        {
            return Fold(text);
        }

        if (IsPlainLowerAscii(text, start, length))
        {
            return text.Substring(start, length);
        }

        return TryFoldSimple(text, start, length) ?? FoldByNormalizing(text.Substring(start, length));
    }

    /// <summary>The fold's characters before they become a string, per thread: one allocation per fold, not two.</summary>
    [ThreadStatic]
    private static char[]? _buffer;

    private const int MaxKeptBuffer = 4096;

    /// <summary>The general fold that the shortcuts in <see cref="Fold"/> must agree with: each code point's canonical
    /// decomposition (<see cref="CanonicalDecomposition"/>, what normalizing to form D gives), marks dropped.</summary>
    internal static string FoldByNormalizing(string text) => FoldDecomposed(Decompose(Normalizable(text)));

    /// <summary>The fold of text already decomposed: marks dropped, white space runs made one space, each character folded.</summary>
    internal static string FoldDecomposed(string decomposed)
    {
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

            builder.Append(FoldChar(c));
        }

        return builder.ToString();
    }

    /// <summary><see cref="Fold"/> for text that <see cref="IsSimple"/> (no marks to drop, one character in, at most one out); null for other text.</summary>
    private static string? TryFoldSimple(string text, int start, int count)
    {
        char[] folded = _buffer is { } buffer && buffer.Length >= count ? buffer : new char[count];
        if (folded.Length <= MaxKeptBuffer)
        {
            _buffer = folded;
        }

        int length = 0;
        bool pendingSpace = false;
        for (int i = start; i < start + count; i++)
        {
            char c = text[i];
            if (!IsSimple(c))
            {
                return null;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = length > 0;
                continue;
            }

            if (pendingSpace)
            {
                folded[length++] = ' ';
                pendingSpace = false;
            }

            folded[length++] = FoldChar(c);
        }

        return new string(folded, 0, length);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static char FoldChar(char c) => c switch
    {
        // ToLowerInvariant goes through TextInfo for every character; ASCII needs no table.
        < (char)0x80 => c >= 'A' && c <= 'Z' ? (char)(c | 0x20) : c,
        '\u2019' or '\u2018' or '\u02BC' => '\'',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' => '-',
        < LowerTableSize => LowerTable[c],
        _ => char.ToLowerInvariant(c),
    };

    /// <summary>Latin, Greek, Cyrillic and typographic punctuation: where prose spends its non-ASCII characters.</summary>
    private const char LowerTableSize = '\u3000';

    /// <summary><see cref="char.ToLowerInvariant"/> of every character below <see cref="LowerTableSize"/>, asked once.</summary>
    private static readonly char[] LowerTable = BuildLowerTable();

    private static char[] BuildLowerTable()
    {
        var table = new char[LowerTableSize];
        for (int c = 0; c < table.Length; c++)
        {
            table[c] = char.ToLowerInvariant((char)c);
        }

        return table;
    }

    /// <summary>Each code point of <paramref name="text"/> (whose surrogates are paired) replaced by its canonical
    /// decomposition. Unlike <c>Normalize(NormalizationForm.FormD)</c> it does not sort a run of combining marks by their
    /// combining class: the fold drops the marks it would sort, but for seven musical symbols (U+1D165-U+1D172), which
    /// are spacing marks.</summary>
    private static string Decompose(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        for (int i = 0; i < text.Length; i++)
        {
            int codePoint = char.IsHighSurrogate(text[i]) ? char.ConvertToUtf32(text[i], text[++i]) : text[i];
            CanonicalDecomposition.Append(codePoint, builder);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Unpaired surrogates and noncharacters (U+FFFE, U+FFFF, U+FDD0-U+FDEF), which broken or hostile input holds, become
    /// U+FFFD: <see cref="Decompose"/> reads surrogates in pairs, and ICU's normalization, which the fold used before its
    /// own table, threw on both, so their folds stay what they were.
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

    /// <summary>
    /// Whether the range holds only ASCII and typographic quotes, dashes and no-break spaces: characters without a
    /// canonical decomposition that are not marks, so normalization would leave the range unchanged.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsSimple(char c) =>
        c <= 0x7F || c == '\u00A0' || c == '\u00AB' || c == '\u00BB' || c == '\u02BC' || (c >= '\u2010' && c <= '\u2014')
        || (c >= '\u2018' && c <= '\u201D') || c == '\u2026';

    private static bool IsNoncharacter(char c) => c >= '\uFFFE' || (c >= '\uFDD0' && c <= '\uFDEF');

    private static bool IsPlainLowerAscii(string text) => IsPlainLowerAscii(text, 0, text.Length);

    private static bool IsPlainLowerAscii(string text, int start, int length)
    {
        for (int i = start; i < start + length; i++)
        {
            char c = text[i];
            if (c > 0x7F || (c >= 'A' && c <= 'Z') || char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }
}
