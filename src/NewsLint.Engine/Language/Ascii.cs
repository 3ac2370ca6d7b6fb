// The net10.0 build also sees System.Text.Ascii wherever a file imports System.Text and NewsLint.Language: the engine means this one.
global using Ascii = NewsLint.Language.Ascii;

namespace NewsLint.Language;

/// <summary>ASCII tests that hot loops share (the tokenizer, the style literal searches).</summary>
internal static class Ascii
{
    /// <summary>Only A–Z and a–z pass: <c>c | 0x20</c> folds case, and every other value falls outside the range.</summary>
    public static bool IsLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    /// <summary>Whether every character of <paramref name="text"/> is below 128.</summary>
    public static bool IsAll(string text)
    {
        foreach (char c in text)
        {
            if (c >= 128)
            {
                return false;
            }
        }

        return true;
    }
}
