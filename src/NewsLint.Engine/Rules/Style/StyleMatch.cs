using System.Text.RegularExpressions;

namespace NewsLint.Rules.Style;

/// <summary>
/// A match of a style pattern with its positions in the block's text. The pattern may have run on the unit's text
/// alone (see <see cref="StylePattern.Matches"/>), so positions are the match's plus the unit's offset.
/// </summary>
public readonly struct StyleMatch
{
    private readonly Match _match;
    private readonly int _offset;

    internal StyleMatch(Match match, int offset)
    {
        _match = match;
        _offset = offset;
    }

    /// <summary>Start in the block's text.</summary>
    public int Index => _match.Index + _offset;

    public int Length => _match.Length;

    public string Value => _match.Value;

    /// <summary>Whether group <paramref name="number"/> took part in the match.</summary>
    public bool HasGroup(int number) => _match.Groups[number].Success;

    public string GroupValue(int number) => _match.Groups[number].Value;

    /// <summary>Start of group <paramref name="number"/> in the block's text.</summary>
    public int GroupIndex(int number) => _match.Groups[number].Index + _offset;

    /// <summary>The .NET substitution <paramref name="replacement"/> (<c>$1</c>, <c>${name}</c>) applied to this match.</summary>
    public string Result(string replacement) => _match.Result(replacement);
}
