using System;
using System.Runtime.CompilerServices;
using NewsLint.Text;

namespace NewsLint.Markdown;

/// <summary>
/// Accumulates a block's plain text together with each character's source range, as runs: a verbatim run maps
/// character k of the run to source[start + k], a mapped run maps each of its characters to one whole source range
/// (an entity, a line break). Prose is nearly all verbatim, so a block needs a handful of runs, not two ints a char.
/// </summary>
internal sealed class ProseBuilder
{
    /// <summary>The block's characters so far, in a buffer kept across blocks (a plain array: a StringBuilder's
    /// checks and chunk bookkeeping cost more than the copies at every literal).</summary>
    private char[] _text = new char[256];
    private int _length;
    private ProseRuns _runs = new(16);

    public int Length => _length;

    public bool EndsWithSpace => _length > 0 && _text[_length - 1] == ' ';

    /// <summary>Appends text copied verbatim from the source at <paramref name="sourceStart"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // per literal of every block
    public void AppendVerbatim(string source, int sourceStart, int length)
    {
        if (length <= 0)
        {
            return;
        }

        _runs.AddVerbatim(_length, sourceStart);
        Append(source.AsSpan(sourceStart, length));
    }

    /// <summary>Appends text that stands for a whole source range (an entity, a line break).</summary>
    public void AppendMapped(string text, int sourceStart, int sourceEnd)
    {
        if (text.Length == 0)
        {
            return;
        }

        _runs.AddMapped(_length, sourceStart, sourceEnd);
        Append(text.AsSpan());
    }

    /// <summary>
    /// Appends content[contentStart..+contentLength), which Markdig produced from source[sourceStart..sourceEnd) with
    /// escapes removed: each character is matched to the next equal source character, so backslash escapes keep exact
    /// columns.
    /// </summary>
    public void AppendAligned(string source, string content, int contentStart, int contentLength, int sourceStart, int sourceEnd)
    {
        if (contentLength <= 0)
        {
            return;
        }

        // A one-line paragraph's literals are slices of the source string itself (Markdig copies only multi-line
        // paragraphs): then the same place needs no comparison.
        if (sourceEnd - sourceStart == contentLength
            && ((ReferenceEquals(content, source) && contentStart == sourceStart) || source.AsSpan(sourceStart, contentLength).SequenceEqual(content.AsSpan(contentStart, contentLength))))
        {
            AppendVerbatim(source, sourceStart, contentLength);
            return;
        }

        int at = sourceStart;
        for (int i = contentStart; i < contentStart + contentLength; i++)
        {
            char c = content[i];
            int found = at;
            while (found < sourceEnd && source[found] != c)
            {
                found++;
            }

            if (found >= sourceEnd)
            {
                found = at < sourceEnd ? at : sourceEnd - 1;
            }

            _runs.AddVerbatim(_length, found);
            Append(c);
            at = found + 1;
        }
    }

    /// <summary>Empties the builder for the next block, keeping its buffers.</summary>
    public void Clear()
    {
        _length = 0;
        _runs.Clear();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)] // per literal of every block
    private void Append(ReadOnlySpan<char> chars)
    {
        EnsureRoom(chars.Length);
        chars.CopyTo(_text.AsSpan(_length));
        _length += chars.Length;
    }

    private void Append(char c)
    {
        EnsureRoom(1);
        _text[_length++] = c;
    }

    private void EnsureRoom(int more)
    {
        if (_length + more > _text.Length)
        {
            Array.Resize(ref _text, Math.Max(_text.Length * 2, _length + more));
        }
    }

    public ProseBlock Build(int index, ProseKind kind, TextSpan sourceSpan, int headingLevel, int quoteDepth, int listId, int listItemIndex)
    {
        // Trailing spaces come from line breaks at the end of a block; they carry no prose.
        int length = _length;
        while (length > 0 && char.IsWhiteSpace(_text[length - 1]))
        {
            length--;
        }

        return new ProseBlock(index, kind, new string(_text, 0, length), _runs.Copy(length), sourceSpan, headingLevel, quoteDepth, listId, listItemIndex);
    }
}

/// <summary>Runs of a block's source map, in text order (see <see cref="ProseBuilder"/>).</summary>
internal struct ProseRuns
{
    /// <summary>Three ints a run, in one array (one object a block, not three): text start, source start, and the
    /// source end of every character of a mapped run (-1 for a verbatim run).</summary>
    private const int Stride = 3;

    /// <summary>Null when the whole text is one verbatim run from <see cref="_verbatimFrom"/> (most headings and plain
    /// paragraphs): then a block needs no array at all.</summary>
    private int[]? _runs;

    private int _verbatimFrom;

    public ProseRuns(int capacity)
    {
        _runs = new int[capacity * Stride];
        _verbatimFrom = 0;
        Count = 0;
    }

    public int Count { get; private set; }

    /// <summary>Maps text[textIndex..] to source[sourceStart..], extending the last run when it continues it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // per literal of every block
    public void AddVerbatim(int textIndex, int sourceStart)
    {
        int[] runs = _runs!;
        int last = (Count - 1) * Stride;
        if (last >= 0 && runs[last + 2] < 0 && runs[last + 1] + (textIndex - runs[last]) == sourceStart)
        {
            return;
        }

        Add(textIndex, sourceStart, -1);
    }

    public void AddMapped(int textIndex, int sourceStart, int sourceEnd) => Add(textIndex, sourceStart, sourceEnd);

    public void Clear() => Count = 0;

    /// <summary>The runs that cover text[0..length).</summary>
    public ProseRuns Copy(int length)
    {
        int[] runs = _runs!;
        int count = 0;
        while (count < Count && runs[count * Stride] < length)
        {
            count++;
        }

        if (count == 1 && runs[0] == 0 && runs[2] < 0)
        {
            return new ProseRuns { _runs = null, _verbatimFrom = runs[1], Count = 1 };
        }

        var copy = new ProseRuns(count);
        Array.Copy(runs, copy._runs!, count * Stride);
        copy.Count = count;
        return copy;
    }

    /// <summary>Source start of the character at <paramref name="textIndex"/> (which must be inside the text).</summary>
    public int StartOf(int textIndex)
    {
        if (_runs is null)
        {
            return _verbatimFrom + textIndex;
        }

        int run = RunOf(textIndex) * Stride;
        return _runs[run + 2] < 0 ? _runs[run + 1] + (textIndex - _runs[run]) : _runs[run + 1];
    }

    /// <summary>Source end of the character at <paramref name="textIndex"/> (which must be inside the text).</summary>
    public int EndOf(int textIndex)
    {
        if (_runs is null)
        {
            return _verbatimFrom + textIndex + 1;
        }

        int run = RunOf(textIndex) * Stride;
        return _runs[run + 2] < 0 ? _runs[run + 1] + (textIndex - _runs[run]) + 1 : _runs[run + 2];
    }

    private int RunOf(int textIndex)
    {
        int lo = 0;
        int hi = Count - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) >> 1;
            if (_runs![mid * Stride] <= textIndex)
            {
                lo = mid;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }

    private void Add(int textIndex, int sourceStart, int mappedEnd)
    {
        int at = Count * Stride;
        int[] runs = _runs!;
        if (at == runs.Length)
        {
            Array.Resize(ref runs, Math.Max(4, Count * 2) * Stride);
            _runs = runs;
        }

        runs[at] = textIndex;
        runs[at + 1] = sourceStart;
        runs[at + 2] = mappedEnd;
        Count++;
    }
}
