using System;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;

namespace NewsLint.Rules.Style;

/// <summary>
/// A rule's regex that starts interpreted and is compiled once it has scanned enough text to repay the compilation,
/// as a JIT tiers up hot methods. Compiling (<see cref="RegexOptions.Compiled"/>) makes a scan 2–4x faster but costs
/// about 10 ms per pattern, which a check of one article never repays and a CI run over thousands does. The compiled
/// regex is built and run once on a background thread before it replaces the interpreted one, so its JIT never falls
/// inside the match time limit (that made small limits fire on innocent text). Both give the same matches.
/// </summary>
internal sealed class TieredRegex
{
    /// <summary>Characters scanned before compiling: about 170 articles of 6 KB.</summary>
    internal const long CompileAfterCharacters = 1_000_000;

    /// <summary>Text to run the compiled regex on once, so that every part of it is JIT-compiled before use.</summary>
    private const string WarmUpText = "Aa bb-cc, 12.5% (DD) – ee. Ff\u2019s \"gg\" 2022 -- hh:\n";

    /// <summary>
    /// <c>Regex.Count(ReadOnlySpan&lt;char&gt;)</c> where the runtime has it (.NET 7 and later): counting without a
    /// <see cref="Match"/> per match is several times faster. The engine targets netstandard2.0, so it is found at run time.
    /// </summary>
    private static readonly MethodInfo? SpanCountMethod = typeof(Regex).GetMethod("Count", new[] { typeof(ReadOnlySpan<char>) });

    private readonly Regex _interpreted;
    private readonly Tier _interpretedTier;
    private Tier? _compiled;
    private long _scanned;
    private int _compiling;

    public TieredRegex(Regex interpreted)
    {
        _interpreted = interpreted;
        _interpretedTier = new Tier(interpreted);
    }

    /// <summary>The regex to scan with now: the compiled one once it is ready.</summary>
    public Regex Current => Volatile.Read(ref _compiled)?.Regex ?? _interpreted;

    /// <summary>Whether the compiled tier has replaced the interpreted one (for tests and benchmarks).</summary>
    public bool IsCompiled => Volatile.Read(ref _compiled) is not null;

    /// <summary>The number of matches in <paramref name="input"/>, without a <see cref="Match"/> per match where the runtime allows.</summary>
    public int Count(string text, int start, int length)
    {
        Tier tier = Volatile.Read(ref _compiled) ?? _interpretedTier;
        Record(length);
        if (tier.SpanCount is not null)
        {
            return tier.SpanCount(text.AsSpan(start, length));
        }

        int count = 0;
        for (Match match = tier.Regex.Match(text, start, length); match.Success; match = match.NextMatch())
        {
            count++;
        }

        return count;
    }

    /// <summary>Counts <paramref name="characters"/> scanned and starts compiling once past the threshold.</summary>
    public void Record(int characters)
    {
        // Once compiling has started, the count is not needed: reading the flag leaves the cache line shared, where an
        // Interlocked.Add on every scan moved it between the cores of parallel workers.
        if (Volatile.Read(ref _compiling) != 0 || Interlocked.Add(ref _scanned, characters) < CompileAfterCharacters || Interlocked.Exchange(ref _compiling, 1) != 0)
        {
            return;
        }

        Task.Run(Compile);
    }

    private void Compile()
    {
        try
        {
            var compiled = new Regex(_interpreted.ToString(), _interpreted.Options | RegexOptions.Compiled, _interpreted.MatchTimeout);
            _ = compiled.Matches(WarmUpText).Count;
            _ = compiled.Match(string.Empty).Success;
            Volatile.Write(ref _compiled, new Tier(compiled));
        }
#pragma warning disable CA1031 // A pattern that cannot be compiled (or times out warming up) stays interpreted.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }

    private sealed class Tier
    {
        public Tier(Regex regex)
        {
            Regex = regex;
            SpanCount = SpanCountMethod is null ? null : (SpanCounter)Delegate.CreateDelegate(typeof(SpanCounter), regex, SpanCountMethod);
        }

        public Regex Regex { get; }

        public SpanCounter? SpanCount { get; }
    }
}
