namespace NewsLint.Analysis;

/// <summary>
/// Finds one kind of semantic mention (dates, quotations, enumerations, ...) in an article. Each recognizer runs at
/// most once per article: <see cref="ArticleContext.Get{T}"/> caches its result for every rule that asks.
/// Implementations are stateless singletons.
/// </summary>
public abstract class Recognizer<T>
{
    public abstract T Recognize(ArticleContext context);
}
