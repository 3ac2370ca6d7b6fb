using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using NewsLint.Canon;
using NewsLint.Recognizers.Canon;
using NewsLint.Rules.Canon;

namespace NewsLint.Benchmarks;

/// <summary>
/// Matching one quotation against an index of 10, 1,000 and 10,000 generated clauses (issue: clause matching time
/// nearly flat in the number of clauses). Each operation matches the same 100 quotations (parts of indexed clauses,
/// with a word dropped and one replaced, plus texts that resemble no clause); building the index is setup. Each is matched
/// as <c>ClauseMatchRecognizer</c> matches a quotation: with the lowest similarity it ever accepts, below which no clause
/// is aligned.
/// </summary>
public class ClauseMatchingBenchmarks
{
    private const int Quotations = 100;

    private static readonly CanonInstrument Generated = new("generated", ImmutableDictionary<string, ImmutableArray<string>>.Empty, null, null);

    private ClauseIndex _index = null!;
    private string[] _quotations = null!;

    [Params(10, 1_000, 10_000)]
    public int Clauses { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(1992);
        string[] vocabulary = Vocabulary(random);
        List<CanonClause> clauses = Generate(Clauses, random, vocabulary);
        _index = ClauseIndex.Build(clauses);

        // The quotations are drawn from the first 10 clauses, which every index size holds, with a random source of
        // their own: the work per quotation is the same at every size, so only the index's own cost can change.
        random = new Random(7);
        _quotations = new string[Quotations];
        for (int q = 0; q < Quotations; q++)
        {
            if (q % 4 == 3)
            {
                _quotations[q] = Sentence(random, vocabulary, 25);
                continue;
            }

            string[] words = clauses[q % 10].Paragraphs[0].TrimEnd('.').Split(' ');
            int start = random.Next(words.Length - 30);
            var part = new List<string>(words[start..(start + 30)]);
            part.RemoveAt(10);
            part[3] = "zzzz";
            _quotations[q] = string.Join(" ", part);
        }
    }

    [Benchmark(OperationsPerInvoke = Quotations)]
    public int MatchQuotation()
    {
        int matched = 0;
        foreach (string quotation in _quotations)
        {
            if (_index.Match(CanonText.Tokens(quotation), null, null, ClauseMatchRecognizer.MinimumCitedSimilarity) is not null)
            {
                matched++;
            }
        }

        return matched;
    }

    private static string[] Vocabulary(Random random)
    {
        var vocabulary = new string[3000];
        for (int i = 0; i < vocabulary.Length; i++)
        {
            var letters = new char[4 + random.Next(6)];
            for (int k = 0; k < letters.Length; k++)
            {
                letters[k] = (char)('a' + random.Next(26));
            }

            vocabulary[i] = new string(letters);
        }

        return vocabulary;
    }

    private static string Sentence(Random random, string[] vocabulary, int length)
    {
        // Common words make common pairs, as in real law ("of the", "shall be").
        string[] common = { "the", "of", "shall", "be", "and", "to", "in", "a", "any", "by" };
        var words = new string[length];
        for (int w = 0; w < length; w++)
        {
            words[w] = random.Next(3) == 0 ? common[random.Next(common.Length)] : vocabulary[random.Next(vocabulary.Length)];
        }

        return string.Join(" ", words);
    }

    private static List<CanonClause> Generate(int count, Random random, string[] vocabulary)
    {
        var clauses = new List<CanonClause>(count);
        for (int c = 0; c < count; c++)
        {
            clauses.Add(new CanonClause(
                $"generated-{c}", Generated, (c + 1).ToString(CultureInfo.InvariantCulture), 1, "en", true, null,
                new ClauseVersion("1", null, null, null), null, ImmutableArray.Create(Sentence(random, vocabulary, 40 + random.Next(41)) + "."), "generated.md", 1));
        }

        return clauses;
    }
}
