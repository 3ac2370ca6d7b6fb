using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CsCheck;
using NewsLint.Analysis;
using NewsLint.Diagnostics;
using NewsLint.Tests.Infrastructure;
using NewsLint.Text;
using Xunit;

namespace NewsLint.Tests.Reliability;

/// <summary>
/// Property-based tests (CsCheck): random and mutated Markdown built from real article fragments and markup never
/// makes the engine throw or report an internal error, and every diagnostic lies inside the text with a line and
/// column that agree with its offset. Iteration counts are kept small so the suite stays fast; CsCheck prints a
/// seed to replay any failure.
/// </summary>
public sealed class PropertyTests
{
    /// <summary>250 by default; set NEWSLINT_PROPERTY_ITERATIONS for a longer local run.</summary>
    private static readonly int Iterations =
        int.TryParse(Environment.GetEnvironmentVariable("NEWSLINT_PROPERTY_ITERATIONS"), out int iterations) ? iterations : 250;

    private static readonly LintEngine Engine = new(Lint.DefaultRules);

    private static readonly string[] Markup =
    {
        "\n", "\n\n", "\r\n", "\r", " ", "    ", "\t", "> ", ">", "- ", "* ", "+ ", "1. ", "2) ", "# ", "## ", "###### ", "*", "**", "_", "__",
        "`", "```", "~~~", "[", "]", "](http://x)", "![", "<", ">", "<!--", "-->", "<!-- newslint-disable-next-line NL4001 -->",
        "<!-- newslint-disable NL4001 -->", "<div>", "</div>", "&amp;", "&#8220;", "&#x1F600;", "&bogus;", "\\", "\\*", "---", "***", "===",
        "| a | b |\n|---|---|\n", "|", "---\ntitle: t\nlang: id\n---\n", "---\nlang: en\n---\n", "---\n", "‘", "’", "“", "”", "«", "»", "„",
        "\"", "'", "‘’", "’’", ", ", " dan ", " and ", " atau ", "; ", ". ", "!", "?", "…", " – ", " - ", "—", "Kyiv", "Berdyansk", "Paris",
        "Senin, 16 Mei 2022", "Monday, May 16, 2022", "16/5/2022", "kata dia", "said", "\u00A0", "\u200B", "\u200D", "\u202E", "\u0301",
        "😀", "🇺🇦", "\uFFFD", "\uFEFF", "\0", "\u0085", "\u2028", "\uD800", "\uDC00",
    };

    private static readonly string[] Fragments = BuildFragments();

    private static readonly Gen<string> Piece = Gen.Frequency(
        (4, Gen.OneOfConst(Fragments)),
        (4, Gen.OneOfConst(Markup)),
        (1, Gen.Char.Select(c => c.ToString())),
        (1, Gen.String[Gen.Char.AlphaNumeric, 1, 12]));

    /// <summary>Documents assembled from pieces.</summary>
    private static readonly Gen<string> Assembled = Piece.Array[0, 60].Select(pieces => string.Concat(pieces));

    /// <summary>The real article with a few edits: insertions of pieces, deletions and duplications of ranges.</summary>
    private static readonly Gen<string> Mutated =
        Gen.Select(Gen.Int[0, int.MaxValue].Array[1, 12], Piece.Array[12], (positions, pieces) => Mutate(Hostile.NormalArticle, positions, pieces));

    private static readonly Gen<string> Documents = Gen.OneOf(Assembled, Mutated);

    [Fact]
    public void Engine_never_throws_and_every_span_is_inside_the_text() =>
        Documents.Sample(AssertWellFormed, iter: Iterations, threads: 1);

    [Fact]
    public void Decoding_any_bytes_then_linting_never_throws() =>
        Gen.Byte.Array[0, 400].Sample(
            bytes =>
            {
                DecodedSource decoded = SourceDecoder.Decode(bytes);
                LintResult result = Engine.Lint("a.md", decoded);
                Hostile.AssertWellFormed(decoded.Text, result);
                Assert.All(decoded.Problems, p => Assert.InRange(p.ByteOffset, 0, bytes.Length));
            },
            iter: Iterations,
            threads: 1);

    [Fact]
    public void Utf8_round_trips_through_the_decoder() =>
        Documents.Where(t => t.IndexOf('\0', StringComparison.Ordinal) < 0 && !HasLoneSurrogate(t)).Sample(
            text =>
            {
                DecodedSource decoded = SourceDecoder.Decode(new UTF8Encoding(false).GetBytes(text));
                Assert.Empty(decoded.Problems);
                Assert.Equal(text.Length > 0 && text[0] == '\uFEFF' ? text.Substring(1) : text, decoded.Text);
            },
            iter: Iterations,
            threads: 1);

    [Fact]
    public void Line_map_agrees_with_a_naive_count() =>
        Documents.Sample(
            text =>
            {
                var source = new SourceDocument("a.md", text);
                int line = 1;
                int column = 1;
                string body = source.Text;
                for (int i = 0; i <= body.Length; i++)
                {
                    Assert.Equal(new LinePosition(line, column), source.GetLinePosition(i));
                    if (i == body.Length)
                    {
                        break;
                    }

                    bool crlf = body[i] == '\r' && i + 1 < body.Length && body[i + 1] == '\n';
                    if (body[i] == '\n' || (body[i] == '\r' && !crlf))
                    {
                        line++;
                        column = 1;
                    }
                    else
                    {
                        column++;
                    }
                }

                Assert.Equal(line, source.LineCount);
            },
            iter: Iterations,
            threads: 1);

    [Fact]
    public void Nesting_guard_keeps_the_text_length() =>
        Documents.Sample(
            text =>
            {
                string deep = Hostile.Repeat("> ", 60) + text + Hostile.Repeat("*_", 1100);
                LintResult result = Engine.Lint("a.md", deep);
                Hostile.AssertWellFormed(deep, result);
                Assert.Contains(result.Diagnostics, d => d.Id == "NL0009");
            },
            iter: 50,
            threads: 1);

    private static void AssertWellFormed(string text)
    {
        LintResult result = Engine.Lint("a.md", text);
        Hostile.AssertWellFormed(text, result);
        string body = new SourceDocument("a.md", text).Text;
        foreach (LintDiagnostic diagnostic in result.Diagnostics)
        {
            if (diagnostic.Id == "NL4001")
            {
                // The span is the repeated item itself, and the message names it.
                Assert.True(diagnostic.Span.Length > 0, diagnostic.ToString());
                string named = body.Substring(diagnostic.Span.Start, diagnostic.Span.Length);
                Assert.False(char.IsWhiteSpace(named[0]) || char.IsWhiteSpace(named[named.Length - 1]), diagnostic.ToString());
            }
        }
    }

    private static string[] BuildFragments()
    {
        var fragments = new List<string>();
        foreach (string line in Hostile.NormalArticle.Split('\n'))
        {
            if (line.Length == 0)
            {
                continue;
            }

            fragments.Add(line);
            foreach (string part in line.Split(new[] { ". ", ", " }, StringSplitOptions.RemoveEmptyEntries))
            {
                fragments.Add(part);
            }
        }

        return fragments.Distinct(StringComparer.Ordinal).ToArray();
    }

    private static string Mutate(string text, int[] positions, string[] pieces)
    {
        var builder = new StringBuilder(text);
        for (int i = 0; i < positions.Length; i++)
        {
            int at = positions[i] % (builder.Length + 1);
            switch (positions[i] % 3)
            {
                case 0:
                    builder.Insert(at, pieces[i % pieces.Length]);
                    break;
                case 1:
                    builder.Remove(at, Math.Min(builder.Length - at, 1 + (positions[i] % 40)));
                    break;
                default:
                    int length = Math.Min(builder.Length - at, 1 + (positions[i] % 200));
                    builder.Insert(at, builder.ToString(at, length));
                    break;
            }
        }

        return builder.ToString();
    }

    private static bool HasLoneSurrogate(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
