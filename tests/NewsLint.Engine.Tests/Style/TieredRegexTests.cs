using System;
using System.Diagnostics;
using System.Text.RegularExpressions;
using System.Threading;
using NewsLint.Rules.Style;
using Xunit;

namespace NewsLint.Tests.Style;

/// <summary>A style regex is compiled once it has scanned enough text, and counts the same before and after.</summary>
public sealed class TieredRegexTests
{
    private const string Sentence = "Menteri Luar Negeri Rusia, Sergei Lavrov, mengatakan pada Senin (16/5/2022) bahwa negara-negara anggota CSTO akan bertemu lagi.";

    [Fact]
    public void Stays_interpreted_for_a_few_articles_and_is_compiled_after_many_with_the_same_counts()
    {
        var regex = new Regex(@"[\p{L}\p{N}]+(?:[-’'.,][\p{L}\p{N}]+)*", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        var tiered = new TieredRegex(regex);
        int interpreted = tiered.Count(Sentence, 0, Sentence.Length);
        Assert.Equal(19, interpreted);
        Assert.False(tiered.IsCompiled);
        Assert.Same(regex, tiered.Current);

        tiered.Record((int)TieredRegex.CompileAfterCharacters);
        var waited = Stopwatch.StartNew();
        while (!tiered.IsCompiled && waited.Elapsed < TimeSpan.FromSeconds(60))
        {
            Thread.Sleep(10);
        }

        Assert.True(tiered.IsCompiled);
        Assert.NotSame(regex, tiered.Current);
        Assert.True((tiered.Current.Options & RegexOptions.Compiled) != 0);
        Assert.Equal(regex.MatchTimeout, tiered.Current.MatchTimeout);
        Assert.Equal(interpreted, tiered.Count(Sentence, 0, Sentence.Length));
        Assert.Equal(4, tiered.Count(Sentence, 0, 26));
    }
}
