using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace NewsLint.Rules;

/// <summary>
/// How rule kinds with IDs combine their files: entries in order of first appearance, a later entry with the same ID
/// replacing the earlier one. That is how a newsroom overrides a shipped default.
/// </summary>
public static class LaterWins
{
    public static ImmutableArray<T> Combine<T>(IReadOnlyList<IReadOnlyList<T>> parts, Func<T, string> id, IEqualityComparer<string> comparer)
    {
        var byId = new Dictionary<string, T>(comparer);
        var order = new List<string>();
        foreach (IReadOnlyList<T> part in parts)
        {
            foreach (T entry in part)
            {
                string key = id(entry);
                if (!byId.ContainsKey(key))
                {
                    order.Add(key);
                }

                byId[key] = entry;
            }
        }

        var combined = ImmutableArray.CreateBuilder<T>(order.Count);
        foreach (string key in order)
        {
            combined.Add(byId[key]);
        }

        return combined.MoveToImmutable();
    }
}
