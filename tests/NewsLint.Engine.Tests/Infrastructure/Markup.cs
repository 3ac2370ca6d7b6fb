using System;
using System.Collections.Generic;
using System.Text;

namespace NewsLint.Tests.Infrastructure;

/// <summary>
/// Expected diagnostics written inside the Markdown, Roslyn style: <c>{|NL4001:Berdyansk|}</c> marks the span an
/// NL4001 must cover. Markers may not nest.
/// </summary>
public static class Markup
{
    public static (string Text, List<ExpectedDiagnostic> Expected) Parse(string markup)
    {
        var text = new StringBuilder(markup.Length);
        var expected = new List<ExpectedDiagnostic>();
        int i = 0;
        while (i < markup.Length)
        {
            if (markup[i] == '{' && i + 1 < markup.Length && markup[i + 1] == '|')
            {
                int colon = markup.IndexOf(':', i + 2);
                int close = markup.IndexOf("|}", i + 2, StringComparison.Ordinal);
                if (colon < 0 || close < 0 || colon > close)
                {
                    throw new FormatException($"Unterminated marker at {i}");
                }

                string id = markup.Substring(i + 2, colon - i - 2);
                string inner = markup.Substring(colon + 1, close - colon - 1);
                expected.Add(new ExpectedDiagnostic(id, text.Length, inner.Length, inner));
                text.Append(inner);
                i = close + 2;
                continue;
            }

            text.Append(markup[i]);
            i++;
        }

        return (text.ToString(), expected);
    }
}

public sealed record ExpectedDiagnostic(string Id, int Start, int Length, string Text);
