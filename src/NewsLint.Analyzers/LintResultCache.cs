using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Threading;
using NewsLint.Analysis;
using NewsLint.Diagnostics;
using NewsLint.Rules;

namespace NewsLint.Analyzers;

/// <summary>
/// The engine's findings per article, keyed by the article's path and content and the rules' content hash, kept across
/// compilations for as long as the compiler process lives: a warm compiler server re-lints only the articles (or rule
/// sets) that changed. Holds the engine's result, never severity-applied diagnostics (severities come from each
/// compilation's options). Bounded: two generations of at most <c>capacity</c> entries each; an entry used in the
/// older generation moves to the newer one, so the working set survives and stale entries fall out. Thread-safe.
/// </summary>
internal sealed class LintResultCache
{
    private readonly int _capacity;
    private readonly object _gate = new();
    private ConcurrentDictionary<string, ImmutableArray<LintDiagnostic>> _current = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, ImmutableArray<LintDiagnostic>> _previous = new(StringComparer.Ordinal);
    private long _lints;

    public LintResultCache(int capacity)
    {
        if (capacity < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(capacity));
        }

        _capacity = capacity;
    }

    /// <summary>How many times the engine ran, i.e. how many lookups missed (for tests and diagnostics).</summary>
    public long Lints => Interlocked.Read(ref _lints);

    /// <summary>Entries held, both generations.</summary>
    public int Count => _current.Count + _previous.Count;

    public ImmutableArray<LintDiagnostic> GetOrLint(LintEngine engine, string path, string content, CancellationToken cancellationToken)
    {
        string key = ContentHash.Of(path, engine.Rules.ContentHash, content);
        if (_current.TryGetValue(key, out ImmutableArray<LintDiagnostic> found))
        {
            return found;
        }

        if (_previous.TryGetValue(key, out found))
        {
            Add(key, found);
            return found;
        }

        Interlocked.Increment(ref _lints);
        ImmutableArray<LintDiagnostic> diagnostics = engine.Lint(path, content, cancellationToken).Diagnostics;
        Add(key, diagnostics);
        return diagnostics;
    }

    private void Add(string key, ImmutableArray<LintDiagnostic> diagnostics)
    {
        if (_current.Count >= _capacity)
        {
            lock (_gate)
            {
                if (_current.Count >= _capacity)
                {
                    _previous = _current;
                    _current = new ConcurrentDictionary<string, ImmutableArray<LintDiagnostic>>(StringComparer.Ordinal);
                }
            }
        }

        _current[key] = diagnostics;
    }
}
