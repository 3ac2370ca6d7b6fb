using System;
using System.Globalization;
#if NET
using System.Buffers;
#endif

namespace NewsLint.Rules;

/// <summary>
/// YAML allows only printable characters (YAML 1.2, 5.1): no C0 control other than tab and line breaks, no DEL, no
/// C1 control other than NEL, no U+FFFE/U+FFFF and no lone surrogate. YamlDotNet fails on some of them with an
/// exception that has no position, so they are found first and reported where they are.
/// </summary>
internal static class YamlCharacters
{
#if NET
    /// <summary>Characters YAML always allows: printable ASCII, tab, line feed and carriage return.</summary>
    private static readonly SearchValues<char> PlainAscii = SearchValues.Create(
        "\t\n\r !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~");
#endif

    /// <summary>The offset of the first character YAML does not allow, or -1.</summary>
    public static int FindForbidden(string text, int start = 0, int end = -1)
    {
        int stop = end < 0 ? text.Length : end;
        for (int i = start; i < stop; i++)
        {
#if NET
            // Printable ASCII, tabs and line breaks, nearly all of any YAML, are passed over many at a time.
            int plain = text.AsSpan(i, stop - i).IndexOfAnyExcept(PlainAscii);
            if (plain < 0)
            {
                return -1;
            }

            i += plain;
#endif
            char c = text[i];
            if (c < 0x20)
            {
                if (c != '\t' && c != '\n' && c != '\r')
                {
                    return i;
                }
            }
            else if (c >= 0x7F && c <= 0x9F)
            {
                if (c != '\u0085')
                {
                    return i;
                }
            }
            else if (c == '\uFFFE' || c == '\uFFFF')
            {
                return i;
            }
            else if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= stop || !char.IsLowSurrogate(text[i + 1]))
                {
                    return i;
                }

                i++;
            }
            else if (char.IsLowSurrogate(c))
            {
                return i;
            }
        }

        return -1;
    }

    public static string Describe(char c) =>
        "the character U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) + ", which YAML does not allow";

    /// <summary>
    /// The first <c>[</c> or <c>{</c> that is never closed (quotes and comments skipped), or the end of the text.
    /// YamlDotNet reports such a file with an InvalidOperationException and no position.
    /// </summary>
    public static int FindUnclosedFlow(string text)
    {
        var open = new System.Collections.Generic.Stack<int>();
        char quote = '\0';
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quote != '\0')
            {
                quote = c == quote || c == '\n' ? '\0' : quote;
                continue;
            }

            switch (c)
            {
                case '"':
                case '\'':
                    quote = c;
                    break;
                case '#':
                    while (i + 1 < text.Length && text[i + 1] != '\n')
                    {
                        i++;
                    }

                    break;
                case '[':
                case '{':
                    open.Push(i);
                    break;
                case ']':
                case '}':
                    if (open.Count > 0)
                    {
                        open.Pop();
                    }

                    break;
            }
        }

        int first = text.Length;
        foreach (int at in open)
        {
            first = at;
        }

        return first;
    }
}
