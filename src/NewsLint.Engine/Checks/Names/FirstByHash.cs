using System;

namespace NewsLint.Checks.Names;

/// <summary>
/// NL4003's first block (or blocks) by the hash of a block's head or start, one article at a time: open addressing in
/// arrays sized by the article's blocks, where a dictionary spent about 130 instructions a block on its buckets and
/// entries. A value may be null (the head's first block went on to the longer start).
/// </summary>
internal sealed class FirstByHash<TValue>
    where TValue : class
{
    /// <summary>Arrays larger than this are not kept for the next article.</summary>
    private const int MaxKeptSlots = 8192;

    private int[] _keys = Array.Empty<int>();
    private TValue?[] _values = Array.Empty<TValue?>();
    private bool[] _used = Array.Empty<bool>();
    private int _mask;

    /// <summary>32 minus the log2 of the slots in use: a hash's top bits pick its first slot.</summary>
    private int _shift;

    /// <summary>Per-thread table (rules are shared by threads).</summary>
    [ThreadStatic]
    private static FirstByHash<TValue>? _scratch;

    /// <summary>This thread's table, empty, with room for <paramref name="blocks"/> hashes at most half full.</summary>
    public static FirstByHash<TValue> Rent(int blocks)
    {
        FirstByHash<TValue> table = _scratch ?? new FirstByHash<TValue>();
        _scratch = null;
        int size = 16;
        int shift = 28;
        while (size < 2 * blocks)
        {
            size <<= 1;
            shift--;
        }

        if (size > table._keys.Length)
        {
            table._keys = new int[size];
            table._values = new TValue?[size];
            table._used = new bool[size];
        }

        table._mask = size - 1;
        table._shift = shift;
        return table;
    }

    /// <summary>Empties the table (it holds nothing of the article) and keeps it for the thread's next article.</summary>
    public void Return()
    {
        Array.Clear(_used, 0, _mask + 1);
        Array.Clear(_values, 0, _mask + 1);
        if (_keys.Length <= MaxKeptSlots)
        {
            _scratch = this;
        }
    }

    /// <summary>
    /// The slot of <paramref name="hash"/> and true, with its value in <paramref name="first"/>; or false, and the hash
    /// is added with <paramref name="value"/>.
    /// </summary>
    public bool TryGetOrAdd(int hash, TValue value, out TValue? first, out int slot)
    {
        // Fibonacci hashing: the top bits of the product depend on every bit of the hash.
        slot = (int)(((uint)hash * 0x9E3779B9u) >> _shift);
        while (_used[slot])
        {
            if (_keys[slot] == hash)
            {
                first = _values[slot];
                return true;
            }

            slot = (slot + 1) & _mask;
        }

        _used[slot] = true;
        _keys[slot] = hash;
        _values[slot] = value;
        first = null;
        return false;
    }

    /// <summary>Replaces the value at <paramref name="slot"/> (from <see cref="TryGetOrAdd"/>).</summary>
    public void SetAt(int slot, TValue? value) => _values[slot] = value;
}
