using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;

namespace NewsLint.Canon;

/// <summary>
/// What aligning a quotation with a clause gave, by the clause and the quotation's word ids (all that the alignment of an
/// indexed clause depends on): a newsroom quotes the same clause in the same words again and again, and an editor's every
/// change lints the article again, so the same diff is asked for many times. Keeps the first
/// <see cref="Capacity"/> answers; thread-safe.
/// </summary>
internal sealed class AlignmentMemo<T>
    where T : class
{
    public const int Capacity = 4096;

    private readonly ConcurrentDictionary<Key, T> _answers = new(KeyComparer.Instance);
    private int _count;

    /// <param name="ids">Not changed afterwards.</param>
    public bool TryGet(object clause, int[] ids, out T answer) => _answers.TryGetValue(new Key(clause, ids), out answer!);

    /// <param name="ids">Not changed afterwards: the memo keeps it.</param>
    public void Add(object clause, int[] ids, T answer)
    {
        if (Volatile.Read(ref _count) < Capacity && _answers.TryAdd(new Key(clause, ids), answer))
        {
            Interlocked.Increment(ref _count);
        }
    }

    private readonly struct Key
    {
        public Key(object clause, int[] ids)
        {
            Clause = clause;
            Ids = ids;
        }

        public object Clause { get; }

        public int[] Ids { get; }
    }

    private sealed class KeyComparer : IEqualityComparer<Key>
    {
        public static readonly KeyComparer Instance = new();

        public bool Equals(Key x, Key y)
        {
            if (!ReferenceEquals(x.Clause, y.Clause) || x.Ids.Length != y.Ids.Length)
            {
                return false;
            }

            for (int k = 0; k < x.Ids.Length; k++)
            {
                if (x.Ids[k] != y.Ids[k])
                {
                    return false;
                }
            }

            return true;
        }

        public int GetHashCode(Key key)
        {
            uint hash = (uint)System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(key.Clause);
            foreach (int id in key.Ids)
            {
                hash = (hash ^ (uint)id) * 16777619;
            }

            return (int)hash;
        }
    }
}
