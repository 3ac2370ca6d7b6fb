using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using NewsLint.Analysis;
using NewsLint.Diagnostics;
using NewsLint.Recognizers.Enumerations;
using NewsLint.Text;

namespace NewsLint.Checks.Names;

/// <summary>NL4001: the same item twice in one enumeration ("Kyiv, Berdyansk, Sumy, Berdyansk and Chernihiv").</summary>
public sealed class NL4001DuplicateEnumerationItem : ArticleRule
{
    public const string Category = "NewsLint.Names";

    public static readonly RuleDescriptor Descriptor = new(
        id: "NL4001",
        title: "Item repeated in an enumeration",
        messageFormat: "'{0}' is listed twice in this enumeration (first as '{1}' at {2}:{3}); remove one or replace it with the item that was meant",
        category: Category,
        defaultSeverity: Severity.Warning,
        description: "An enumeration names the same thing twice, ignoring case, diacritics and the variant spellings in rules/places.");

    public override ImmutableArray<RuleDescriptor> Descriptors { get; } = ImmutableArray.Create(Descriptor);

    /// <summary>Per-thread dictionary of <see cref="Analyze"/> (rules are shared by threads), emptied after each article.</summary>
    [ThreadStatic]
    private static Dictionary<string, int>? _firstByKey;

    public override void Analyze(ArticleContext context) =>
        ScratchDictionary.Use(ref _firstByKey, () => new Dictionary<string, int>(StringComparer.Ordinal), context, Find);

    private static void Find(ArticleContext context, Dictionary<string, int> firstByKey)
    {
        foreach (Enumeration enumeration in context.Get(EnumerationRecognizer.Instance))
        {
            if (!MayRepeat(enumeration.Items))
            {
                continue;
            }

            firstByKey.Clear();
            for (int i = 0; i < enumeration.Items.Length; i++)
            {
                EnumerationItem item = enumeration.Items[i];
                if (!firstByKey.TryGetValue(item.Key, out int first))
                {
                    firstByKey[item.Key] = i;
                    continue;
                }

                EnumerationItem original = enumeration.Items[first];
                LinePosition at = context.Source.GetLinePosition(enumeration.BlockOf(first).ToSourceOffset(original.Start));
                TextSpan span = enumeration.BlockOf(i).ToSource(item.Start, item.Length);
                context.Report(Descriptor, span, item.Text, original.Text, at.Line, at.Column);
            }
        }
    }

    /// <summary>Longer lists are compared by key at once, so that no list costs more than linear time.</summary>
    private const int MaxPairwise = 16;

    /// <summary>
    /// False when no two items have the same key hash, so no two have the same key: most enumerations, told without
    /// making a key.
    /// </summary>
    private static bool MayRepeat(ImmutableArray<EnumerationItem> items)
    {
        if (items.Length > MaxPairwise)
        {
            return true;
        }

        for (int i = 1; i < items.Length; i++)
        {
            for (int j = 0; j < i; j++)
            {
                if (items[i].KeyHash == items[j].KeyHash)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
