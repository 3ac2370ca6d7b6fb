using System.Collections.Generic;
using System.Text;

namespace NewsLint.Language;

/// <summary>
/// The canonical decomposition of a code point, as <c>string.Normalize(NormalizationForm.FormD)</c> gives it, from a
/// table made from ICU (<see cref="Data"/>) and the Hangul syllables' formula, so that folding needs no ICU: the CLI
/// runs in globalization-invariant mode, where <c>Normalize</c> decomposes nothing, and starts without loading ICU (a
/// quarter of a one-file run; docs/performance.md, fifteenth round). The table is read on first use, which only text
/// with a character outside <see cref="TextFolding.IsSimple"/> makes.
/// </summary>
internal static partial class CanonicalDecomposition
{
    private const int HangulFirst = 0xAC00;
    private const int HangulCount = 11172;
    private const int JamoL = 0x1100;
    private const int JamoV = 0x1161;
    private const int JamoT = 0x11A7;
    private const int TrailingCount = 28;
    private const int VowelTrailingCount = 21 * TrailingCount;

    private static readonly Dictionary<int, string> Table = Parse();

    /// <summary>Appends the decomposition of <paramref name="codePoint"/> (itself when it has none).</summary>
    public static void Append(int codePoint, StringBuilder into)
    {
        int syllable = codePoint - HangulFirst;
        if ((uint)syllable < HangulCount)
        {
            into.Append((char)(JamoL + (syllable / VowelTrailingCount)));
            into.Append((char)(JamoV + (syllable % VowelTrailingCount / TrailingCount)));
            if (syllable % TrailingCount != 0)
            {
                into.Append((char)(JamoT + (syllable % TrailingCount)));
            }
        }
        else if (Table.TryGetValue(codePoint, out string? decomposed))
        {
            into.Append(decomposed);
        }
        else if (codePoint > char.MaxValue)
        {
            into.Append((char)(0xD7C0 + (codePoint >> 10))).Append((char)(0xDC00 + (codePoint & 0x3FF)));
        }
        else
        {
            into.Append((char)codePoint);
        }
    }

    private static Dictionary<int, string> Parse()
    {
        var table = new Dictionary<int, string>(2100);
        int start = 0;
        while (start < Data.Length)
        {
            int end = Data.IndexOf('\0', start);
            int key = char.ConvertToUtf32(Data, start);
            int keyLength = char.IsHighSurrogate(Data[start]) ? 2 : 1;
            table.Add(key, Data.Substring(start + keyLength, end - start - keyLength));
            start = end + 1;
        }

        return table;
    }
}
