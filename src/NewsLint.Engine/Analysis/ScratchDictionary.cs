using System;
using System.Collections.Generic;

namespace NewsLint.Analysis;

/// <summary>
/// A dictionary a rule keeps per thread (rules are shared by threads) instead of making one per article: emptied after
/// each article, so it keeps nothing of it alive, and not kept once an article has grown it past a limit.
/// </summary>
internal static class ScratchDictionary
{
    /// <summary>Runs <paramref name="body"/> with the dictionary in <paramref name="slot"/> (a [ThreadStatic] field), made by <paramref name="create"/> when there is none.</summary>
    public static void Use<TKey, TValue, TState>(ref Dictionary<TKey, TValue>? slot, Func<Dictionary<TKey, TValue>> create, TState state, Action<TState, Dictionary<TKey, TValue>> body, int maxKept = 1024)
        where TKey : notnull
    {
        Dictionary<TKey, TValue> dictionary = slot ??= create();
        try
        {
            body(state, dictionary);
        }
        finally
        {
            slot = dictionary.Count <= maxKept ? dictionary : null;
            dictionary.Clear();
        }
    }
}
