using System;
using System.Runtime.CompilerServices;

namespace NewsLint.Markdown;

/// <summary>
/// A block's text as slices of other strings (the source, a decoded entity, a line break's space), in text order: the
/// characters are copied once, into the final string, instead of into a buffer first.
/// </summary>
internal struct ProsePieces
{
    private Piece[] _pieces;
    private int _count;

#if !NET
    /// <summary>Where the pieces are joined without <c>string.Create</c> (netstandard2.0).</summary>
    private char[] _join;
#endif

    public ProsePieces(int capacity)
    {
        _pieces = new Piece[capacity];
        _count = 0;
#if !NET
        _join = new char[256];
#endif
    }

    /// <summary>Appends text[start..+length), joining the last piece when it is the stretch just before.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // per literal of every block
    public void Add(string text, int start, int length)
    {
        if (_count > 0)
        {
            ref Piece last = ref _pieces[_count - 1];
            if (ReferenceEquals(last.Text, text) && last.Start + last.Length == start)
            {
                last.Length += length;
                return;
            }
        }

        if (_count == _pieces.Length)
        {
            Array.Resize(ref _pieces, _count * 2);
        }

        _pieces[_count++] = new Piece(text, start, length);
    }

    public void Clear()
    {
        // The strings stay referenced until overwritten: they are the source and constants, kept alive anyway for the
        // length of one article.
        _count = 0;
    }

    /// <summary>Drops the trailing white space (<see cref="char.IsWhiteSpace(char)"/>) and returns how many
    /// characters went.</summary>
    public int TrimEndWhiteSpace()
    {
        int removed = 0;
        while (_count > 0)
        {
            ref Piece last = ref _pieces[_count - 1];
            int keep = last.Length;
            while (keep > 0 && char.IsWhiteSpace(last.Text[last.Start + keep - 1]))
            {
                keep--;
            }

            removed += last.Length - keep;
            if (keep > 0)
            {
                last.Length = keep;
                break;
            }

            _count--;
        }

        return removed;
    }

    /// <summary>The pieces joined, which are <paramref name="length"/> characters in all.</summary>
    public string ToText(int length)
    {
        if (_count == 0)
        {
            return string.Empty;
        }

        if (_count == 1)
        {
            Piece only = _pieces[0];
            return only.Start == 0 && only.Length == only.Text.Length ? only.Text : only.Text.Substring(only.Start, only.Length);
        }

#if NET
        return string.Create(length, this, static (chars, pieces) => pieces.CopyTo(chars));
#else
        if (_join.Length < length)
        {
            _join = new char[Math.Max(length, _join.Length * 2)];
        }

        CopyTo(_join);
        return new string(_join, 0, length);
#endif
    }

    private readonly void CopyTo(Span<char> chars)
    {
        int at = 0;
        for (int p = 0; p < _count; p++)
        {
            Piece piece = _pieces[p];
            piece.Text.AsSpan(piece.Start, piece.Length).CopyTo(chars.Slice(at));
            at += piece.Length;
        }
    }

    private struct Piece
    {
        public Piece(string text, int start, int length)
        {
            Text = text;
            Start = start;
            Length = length;
        }

        public string Text;
        public int Start;
        public int Length;
    }
}
