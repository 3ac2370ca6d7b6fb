using System.Collections.Generic;
using NewsLint.Text;

namespace NewsLint.Analysis;

/// <summary>One recognized thing, told to a person: what it is, where, and the facts found about it.</summary>
public sealed class Explanation
{
    public Explanation(string kind, TextSpan span, IReadOnlyDictionary<string, string> facts, IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string>>>? tables = null)
    {
        Kind = kind;
        Span = span;
        Facts = facts;
        Tables = tables ?? new Dictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string>>>();
    }

    /// <summary>e.g. <c>quotation</c>, <c>date</c>, <c>enumeration</c>.</summary>
    public string Kind { get; }

    public TextSpan Span { get; }

    public IReadOnlyDictionary<string, string> Facts { get; }

    /// <summary>Lists of rows, by name (e.g. <c>diff</c>: a quotation's aligned word diff against its clause).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string>>> Tables { get; }
}

/// <summary>
/// A recognizer that can explain its mentions (the CLI's <c>--explain</c>), so a user sees why a quotation passed or
/// which clause a quotation was matched to.
/// </summary>
public interface IExplainingRecognizer
{
    IEnumerable<Explanation> Explain(object mentions);
}
