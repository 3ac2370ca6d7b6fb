using System.Collections.Immutable;
using System.IO;
using System.Linq;
using CsCheck;
using NewsLint.Analysis;
using NewsLint.Tests.Infrastructure;
using Xunit;

namespace NewsLint.Tests.Analysis;

/// <summary>
/// <see cref="ScratchBuilder{T}"/> against a new builder per use (the path it replaces): same elements, earlier results
/// untouched by later uses, nested uses apart, and an overgrown builder not kept.
/// </summary>
public sealed class ScratchBuilderTests
{
    [Fact]
    public void Each_use_gives_what_a_new_builder_gives_and_leaves_earlier_results_alone()
    {
        Gen.String[0, 12].Array[0, 40].Array[1, 6].Sample(
            uses =>
            {
                var results = uses.Select(Build).ToList();
                for (int i = 0; i < uses.Length; i++)
                {
                    ImmutableArray<string>.Builder fresh = ImmutableArray.CreateBuilder<string>();
                    fresh.AddRange(uses[i]);
                    Assert.Equal(fresh.ToImmutable().ToArray(), results[i].ToArray());
                }
            },
            iter: 500);
    }

    [Fact]
    public void A_nested_use_of_the_same_type_gets_a_builder_of_its_own()
    {
        ImmutableArray<string>.Builder outer = ScratchBuilder<string>.Rent();
        outer.Add("outer");
        ImmutableArray<string>.Builder inner = ScratchBuilder<string>.Rent();
        Assert.NotSame(outer, inner);
        inner.Add("inner");
        Assert.Equal(new[] { "inner" }, ScratchBuilder<string>.ToImmutableAndReturn(inner).ToArray());
        outer.Add("again");
        Assert.Equal(new[] { "outer", "again" }, ScratchBuilder<string>.ToImmutableAndReturn(outer).ToArray());
    }

    [Fact]
    public void A_returned_builder_comes_back_empty_and_an_overgrown_one_is_not_kept()
    {
        ImmutableArray<int>.Builder small = ScratchBuilder<int>.Rent();
        small.Add(1);
        ScratchBuilder<int>.ToImmutableAndReturn(small);
        ImmutableArray<int>.Builder again = ScratchBuilder<int>.Rent();
        Assert.Same(small, again);
        Assert.Empty(again);

        again.AddRange(Enumerable.Range(0, 5000));
        Assert.Equal(Enumerable.Range(0, 5000).ToArray(), ScratchBuilder<int>.ToImmutableAndReturn(again).ToArray());
        ImmutableArray<int>.Builder next = ScratchBuilder<int>.Rent();
        Assert.NotSame(again, next);
        Assert.Empty(next);
        ScratchBuilder<int>.ToImmutableAndReturn(next);
    }

    [Fact]
    public void The_recognizers_find_the_same_in_an_article_linted_again_after_others()
    {
        // The recognizers' results go through the kept builders: linting other articles in between changes nothing.
        string[] articles = Directory.GetFiles(Path.Combine("Fixtures", "en"), "*.md")
            .Concat(Directory.GetFiles(Path.Combine("Fixtures", "id"), "*.md"))
            .OrderBy(path => path, System.StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .ToArray();
        Assert.NotEmpty(articles);
        var first = articles.Select(Describe).ToList();
        var second = articles.Reverse().Select(Describe).Reverse().ToList();
        Assert.Equal(first, second);
    }

    private static ImmutableArray<string> Build(string[] items)
    {
        ImmutableArray<string>.Builder builder = ScratchBuilder<string>.Rent();
        builder.AddRange(items);
        return ScratchBuilder<string>.ToImmutableAndReturn(builder);
    }

    private static string Describe(string markdown) =>
        string.Join("\n", Lint.Run(markdown).Diagnostics.Select(d => $"{d.Id} {d.Span} {d.Message}"));
}
