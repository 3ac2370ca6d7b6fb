using System;
using System.Collections.Generic;
using CsCheck;
using NewsLint.Analysis;
using Xunit;

namespace NewsLint.Tests.Infrastructure;

/// <summary>
/// A recognizer's shortcut against its exhaustive reference (an instance that reads every token, block or word, kept
/// for tests): on every generated article both must find the same mentions, compared as text.
/// </summary>
internal static class ShortcutEquivalence
{
    public static void AssertSameFindings<T>(
        Gen<string> articles,
        string language,
        Recognizer<T> shortcut,
        Recognizer<T> reference,
        Func<T, IEnumerable<string>> describe,
        int iter)
    {
        articles.Sample(
            markdown =>
            {
                T fast = shortcut.Recognize(TestContexts.Create(markdown, language));
                T slow = reference.Recognize(TestContexts.Create(markdown, language));
                Assert.Equal(describe(slow), describe(fast));
            },
            iter: iter);
    }
}
