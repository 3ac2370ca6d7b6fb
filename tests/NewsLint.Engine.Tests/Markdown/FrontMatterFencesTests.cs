using CsCheck;
using NewsLint.Markdown;
using Xunit;

namespace NewsLint.Tests.Markdown;

/// <summary><see cref="FrontMatterReader.StripFences"/> reads the block in place; it must cut what the string version cut.</summary>
public sealed class FrontMatterFencesTests
{
    private static readonly string[] Pieces = { "---", "...", "--", "\n", "\r\n", "\r", " ", "\t", "\u00A0", "a", "title: x", "-", ".", "lang: id" };

    [Fact]
    public void Fences_are_stripped_as_the_string_version_stripped_them() =>
        Gen.Select(Gen.OneOfConst(Pieces).Array[0, 16], Gen.String[Gen.Char["ab\n"], 0, 4], Gen.String[Gen.Char["ab\n"], 0, 4])
            .Sample(
                (pieces, before, after) =>
                {
                    string block = string.Concat(pieces);
                    string text = before + block + after;
                    Assert.Equal(Reference(block), FrontMatterReader.StripFences(text, before.Length, block.Length));
                },
                iter: 5000,
                threads: 1);

    [Theory]
    [InlineData("---\ntitle: x\n---\n")]
    [InlineData("---\ntitle: x\n...")]
    [InlineData("---\n---")]
    [InlineData("---")]
    [InlineData("---\ntitle: x\n  ---  \n\n")]
    public void Common_blocks_are_stripped_as_before(string block) =>
        Assert.Equal(Reference(block), FrontMatterReader.StripFences("x" + block + "y", 1, block.Length));

    /// <summary>The string version this replaced.</summary>
    private static string Reference(string block)
    {
        int firstBreak = block.IndexOf('\n', System.StringComparison.Ordinal);
        string inner = firstBreak < 0 ? string.Empty : block.Substring(firstBreak + 1);
        string trimmed = inner.TrimEnd();
        int lastBreak = trimmed.LastIndexOf('\n');
        string lastLine = (lastBreak < 0 ? trimmed : trimmed.Substring(lastBreak + 1)).Trim();
        if (lastLine == "---" || lastLine == "...")
        {
            inner = lastBreak < 0 ? string.Empty : trimmed.Substring(0, lastBreak + 1);
        }

        return inner;
    }
}
