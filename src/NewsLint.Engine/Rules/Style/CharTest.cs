using System;
using System.Collections.Generic;

namespace NewsLint.Rules.Style;

/// <summary>
/// Characters a regex character class surely matches (a subset of it, never more): letters, numbers, digits, listed
/// characters and ranges. Used to settle a pattern's leading look-behind, such as <c>(?&lt;![\p{L}\p{N}_])</c>, without
/// running the regex: if the character before a literal is in the class, no match can start there.
/// </summary>
internal sealed class CharTest
{
    private readonly bool _letters;
    private readonly bool _numbers;
    private readonly bool _digits;
    private readonly string _chars;
    private readonly (char Low, char High)[] _ranges;
    private readonly bool _negated;

    private CharTest(bool letters, bool numbers, bool digits, string chars, (char, char)[] ranges, bool negated)
    {
        _letters = letters;
        _numbers = numbers;
        _digits = digits;
        _chars = chars;
        _ranges = ranges;
        _negated = negated;
    }

    public bool Contains(char c)
    {
        bool inside = (_letters && char.IsLetter(c)) || (_numbers && char.IsNumber(c)) || (_digits && char.IsDigit(c)) || _chars.IndexOf(c) >= 0;
        foreach ((char low, char high) in _ranges)
        {
            inside |= c >= low && c <= high;
        }

        return inside != _negated;
    }

    /// <summary>Collects a class's items; <see cref="Build"/> gives null when the subset cannot be stated.</summary>
    internal sealed class Builder
    {
        private readonly List<(char, char)> _ranges = new();
        private readonly bool _ignoreCase;
        private string _chars = string.Empty;
        private bool _letters;
        private bool _numbers;
        private bool _digits;
        private bool _unknown;

        public Builder(bool ignoreCase)
        {
            _ignoreCase = ignoreCase;
        }

        public void Char(char c)
        {
            _chars += c;
            if (_ignoreCase && char.IsLetter(c))
            {
                _chars += char.ToUpperInvariant(c).ToString() + char.ToLowerInvariant(c);
            }
        }

        public void Range(char low, char high) => _ranges.Add((low, high));

        /// <summary>An escape: <c>\d</c>, <c>\p{L}</c>, <c>\p{N}</c>, <c>\p{Nd}</c> are understood, anything else is not.</summary>
        public void Escape(char kind, string? category)
        {
            switch (kind, category)
            {
                case ('d', null):
                case ('p', "Nd"):
                    _digits = true;
                    break;
                case ('p', "L"):
                    _letters = true;
                    break;
                case ('p', "N"):
                    _numbers = true;
                    break;
                default:
                    _unknown = true;
                    break;
            }
        }

        /// <summary>
        /// The test, or null: an item not understood is left out of a plain class (still a subset), but makes a negated
        /// class's complement too large.
        /// </summary>
        public CharTest? Build(bool negated) =>
            negated && _unknown ? null : new CharTest(_letters, _numbers, _digits, _chars, _ranges.ToArray(), negated);
    }
}
