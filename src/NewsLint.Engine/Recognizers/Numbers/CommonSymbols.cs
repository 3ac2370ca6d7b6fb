using System.Runtime.CompilerServices;

namespace NewsLint.Recognizers.Numbers;

/// <summary>
/// The ASCII punctuation of ordinary prose (<c>. , ; : ! ? ( ) - / % &amp; '</c>): symbols that a block holds by the dozen
/// and that start no quote mark of the shipped languages. A symbol token starting with any other character, non-ASCII
/// ones included, is uncommon (<see cref="NumberTokenIndex.FirstUncommonSymbol"/>).
/// </summary>
internal static class CommonSymbols
{
    private const string Characters = ".,;:!?()-/%&'";

    /// <summary>Bit c set for each common ASCII character c below 64; bit c - 64 of <see cref="High"/> for the rest.</summary>
    private static readonly ulong Low = Mask(0);

    private static readonly ulong High = Mask(64);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsCommon(char c) =>
        c < 64 ? (Low & (1UL << c)) != 0 : c < 128 && (High & (1UL << (c - 64))) != 0;

    private static ulong Mask(int from)
    {
        ulong mask = 0;
        foreach (char c in Characters)
        {
            if (c >= from && c < from + 64)
            {
                mask |= 1UL << (c - from);
            }
        }

        return mask;
    }
}
