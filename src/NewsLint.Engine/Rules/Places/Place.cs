using System.Collections.Immutable;

namespace NewsLint.Rules.Places;

/// <summary>A place (or any proper name) with its spellings and the preferred spelling per language.</summary>
public sealed class Place
{
    public Place(string id, string? kind, ImmutableArray<string> names, ImmutableDictionary<string, string> preferred, string sourcePath, int sourceLine)
    {
        Id = id;
        Kind = kind;
        Names = names;
        Preferred = preferred;
        SourcePath = sourcePath;
        SourceLine = sourceLine;
    }

    public string Id { get; }

    public string? Kind { get; }

    /// <summary>Every spelling, preferred ones included.</summary>
    public ImmutableArray<string> Names { get; }

    /// <summary>Preferred spelling by language code.</summary>
    public ImmutableDictionary<string, string> Preferred { get; }

    public string SourcePath { get; }

    public int SourceLine { get; }

    public string? PreferredFor(string languageCode) => Preferred.TryGetValue(languageCode, out string? name) ? name : null;

    public override string ToString() => Id;
}
