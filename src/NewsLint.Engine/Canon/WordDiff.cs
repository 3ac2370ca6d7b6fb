using System;
using System.Collections.Generic;
using DiffPlex;
using DiffPlex.Model;

namespace NewsLint.Canon;

/// <summary>
/// DiffPlex's word diff of a clause (or a stretch of it) with a quotation, from their folded words. DiffPlex only ever
/// compares a clause word with a quotation word, so each side's words that the other lacks are handed over as one
/// placeholder: the diff is the same, and DiffPlex's table of distinct pieces holds the shared words only. The pieces
/// reach DiffPlex through a chunker instead of being joined into lines for it to split again.
/// </summary>
internal sealed class WordDiff
{
    // No word holds a line break, so neither placeholder equals a word (nor each other).
    private const string ClauseOnly = "\n";
    private const string QuotationOnly = "\n\n";

    private static readonly Differ Differ = new();

    private readonly IReadOnlyList<CanonToken> _clauseTokens;
    private readonly IReadOnlyList<CanonToken> _quotationTokens;
    private readonly string[] _clause;
    private readonly string[] _quotation;

    public WordDiff(IReadOnlyList<CanonToken> clause, HashSet<string> clauseWords, IReadOnlyList<CanonToken> quotation)
    {
        _clauseTokens = clause;
        _quotationTokens = quotation;
        var quoted = new HashSet<string>(StringComparer.Ordinal);
        _quotation = new string[quotation.Count];
        for (int k = 0; k < quotation.Count; k++)
        {
            string word = quotation[k].Folded;
            quoted.Add(word);
            _quotation[k] = clauseWords.Contains(word) ? word : QuotationOnly;
        }

        _clause = new string[clause.Count];
        for (int k = 0; k < clause.Count; k++)
        {
            string word = clause[k].Folded;
            _clause[k] = quoted.Contains(word) ? word : ClauseOnly;
        }
    }

    /// <summary>The diff of clause words [from, to) with the whole quotation.</summary>
    public DiffResult Diff(int from, int to)
    {
        var chunker = new Pieces(new ArraySegment<string>(_clause, from, to - from), _quotation);
        string old = IsBlank(_clauseTokens, from, to) ? string.Empty : Pieces.Old;
        string @new = IsBlank(_quotationTokens, 0, _quotationTokens.Count) ? string.Empty : Pieces.New;
        return Differ.CreateDiffs(old, @new, false, false, chunker);
    }

    /// <summary>Joined into lines, no word or one empty word made an empty text, which DiffPlex takes for no pieces.</summary>
    private static bool IsBlank(IReadOnlyList<CanonToken> tokens, int from, int to) =>
        to == from || (to - from == 1 && tokens[from].Folded.Length == 0);

    /// <summary>Hands DiffPlex the pieces of whichever side it asks for.</summary>
    private sealed class Pieces : DiffPlex.IChunker
    {
        public const string Old = "old";
        public const string New = "new";

        private readonly IReadOnlyList<string> _old;
        private readonly IReadOnlyList<string> _new;

        public Pieces(IReadOnlyList<string> old, IReadOnlyList<string> @new)
        {
            _old = old;
            _new = @new;
        }

        public IReadOnlyList<string> Chunk(string text) => text == Old ? _old : _new;
    }
}
