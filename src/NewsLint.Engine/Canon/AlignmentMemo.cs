using System;
using System.Threading;

namespace NewsLint.Canon;

/// <summary>
/// What aligning a quotation with a clause gave, by the clause's number and the quotation's word ids (all that the
/// alignment of an indexed clause depends on): a newsroom quotes the same clause in the same words again and again, and
/// an editor's every change lints the article again, so the same diff is asked for many times. Keeps the first
/// <see cref="Capacity"/> answers; thread-safe.
/// </summary>
/// <remarks>
/// An open-addressing table of twice <see cref="Capacity"/> slots, so at most half full and a probe always ends at an
/// empty slot. Entries are never changed or removed: a reader takes no lock, and a writer (under a lock, against other
/// writers) fills an entry before it publishes it into its slot with a volatile write, so a reader sees a slot empty or
/// holding a whole entry. The caller hashes a quotation's ids once (<see cref="HashOf"/>) for all the clauses it asks about.
/// </remarks>
internal sealed class AlignmentMemo<T>
    where T : class
{
    public const int Capacity = 4096;

    /// <summary>Slots: a power of two, at least twice <see cref="Capacity"/>.</summary>
    private const int SlotBits = 13;

    private const int Mask = (1 << SlotBits) - 1;

    /// <summary>Made with the first entry: most rule sets' indexes are asked about a few clauses, or none.</summary>
    private Entry?[]? _slots;

    private readonly object _writing = new();
    private int _count;

    /// <summary>The entries kept (at most <see cref="Capacity"/>).</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>The hash of a quotation's word ids, for <see cref="TryGet"/> and <see cref="Add"/>.</summary>
    public static int HashOf(int[] ids)
    {
        uint hash = 2166136261;
        foreach (int id in ids)
        {
            hash = (hash ^ (uint)id) * 16777619;
        }

        return (int)hash;
    }

    /// <param name="ids">Not changed afterwards.</param>
    /// <param name="idsHash"><see cref="HashOf"/> of <paramref name="ids"/>.</param>
    public bool TryGet(int clause, int[] ids, int idsHash, out T answer)
    {
        Entry?[]? slots = Volatile.Read(ref _slots);
        if (slots is not null)
        {
            int hash = Mix(clause, idsHash);
            for (int i = Slot(hash); ; i = (i + 1) & Mask)
            {
                Entry? entry = Volatile.Read(ref slots[i]);
                if (entry is null)
                {
                    break;
                }

                if (entry.Is(hash, clause, ids))
                {
                    answer = entry.Answer;
                    return true;
                }
            }
        }

        answer = null!;
        return false;
    }

    /// <summary>Keeps the answer unless the pair has one already (the first stays) or the memo is full.</summary>
    /// <param name="ids">Not changed afterwards: the memo keeps it.</param>
    /// <param name="idsHash"><see cref="HashOf"/> of <paramref name="ids"/>.</param>
    public void Add(int clause, int[] ids, int idsHash, T answer)
    {
        if (Volatile.Read(ref _count) >= Capacity)
        {
            return;
        }

        int hash = Mix(clause, idsHash);
        lock (_writing)
        {
            if (_count >= Capacity)
            {
                return;
            }

            Entry?[]? slots = _slots;
            if (slots is null)
            {
                slots = new Entry?[1 << SlotBits];
                Volatile.Write(ref _slots, slots);
            }

            int i = Slot(hash);
            for (; slots[i] is { } entry; i = (i + 1) & Mask)
            {
                if (entry.Is(hash, clause, ids))
                {
                    return;
                }
            }

            // The entry is whole before a reader can see it.
            Volatile.Write(ref slots[i], new Entry(hash, clause, ids, answer));
            Volatile.Write(ref _count, _count + 1);
        }
    }

    private static int Mix(int clause, int idsHash) => (int)(((uint)idsHash ^ (uint)clause) * 0x9E3779B1u);

    /// <summary>The top bits of the mixed hash: those the multiplication spread best.</summary>
    private static int Slot(int hash) => (int)((uint)hash >> (32 - SlotBits));

    private sealed class Entry
    {
        private readonly int _hash;
        private readonly int _clause;
        private readonly int[] _ids;

        public Entry(int hash, int clause, int[] ids, T answer)
        {
            _hash = hash;
            _clause = clause;
            _ids = ids;
            Answer = answer;
        }

        public T Answer { get; }

        public bool Is(int hash, int clause, int[] ids) =>
            _hash == hash && _clause == clause && (ReferenceEquals(_ids, ids) || _ids.AsSpan().SequenceEqual(ids));
    }
}
