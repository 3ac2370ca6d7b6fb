using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace NewsLint.Rules.Languages;

/// <summary>All language packs by code.</summary>
public sealed class LanguageCatalog
{
    public LanguageCatalog(ImmutableDictionary<string, LanguagePack> packs)
    {
        Packs = packs;
    }

    public ImmutableDictionary<string, LanguagePack> Packs { get; }

    public IEnumerable<string> Codes => Packs.Keys.OrderBy(k => k, StringComparer.Ordinal);

    public LanguagePack? Find(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        // "id-ID" and "en_GB" find "id" and "en".
        string key = code!.Trim().ToLowerInvariant();
        if (Packs.TryGetValue(key, out LanguagePack? pack))
        {
            return pack;
        }

        int cut = key.IndexOfAny(new[] { '-', '_' });
        return cut > 0 && Packs.TryGetValue(key.Substring(0, cut), out pack) ? pack : null;
    }
}
