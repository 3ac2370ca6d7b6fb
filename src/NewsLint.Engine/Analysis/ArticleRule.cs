using System.Collections.Immutable;
using NewsLint.Diagnostics;

namespace NewsLint.Analysis;

/// <summary>
/// One check over an article's mentions. Subclasses are sealed, named for their ID and meaning
/// (<c>NL4001DuplicateEnumerationItem</c>), stateless and thread-safe; the engine finds them by reflection.
/// </summary>
public abstract class ArticleRule
{
    /// <summary>The diagnostics this rule may report.</summary>
    public abstract ImmutableArray<RuleDescriptor> Descriptors { get; }

    public abstract void Analyze(ArticleContext context);
}
