using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using NewsLint.Rules;
using NewsLint.Rules.Languages;
using YamlDotNet.RepresentationModel;

namespace NewsLint.Canon;

/// <summary>
/// Words of one category of material change (negation, modal, time, party, condition, ...): classes of words that
/// mean the same for the law (<c>will</c>, <c>akan</c>, <c>bakal</c>). Swapping words within a class is not material;
/// dropping, adding or swapping across classes is.
/// </summary>
public sealed record MaterialCategory(string Name, ImmutableArray<ImmutableArray<ImmutableArray<string>>> Classes);

/// <summary>The <c>canon:</c> section of a language pack (see <see cref="CanonSection"/>).</summary>
public sealed class CanonVocabulary
{
    public static readonly CanonVocabulary Empty = new(ImmutableArray<string>.Empty, ImmutableArray<string>.Empty, ImmutableArray<MaterialCategory>.Empty);

    public CanonVocabulary(ImmutableArray<string> articleWords, ImmutableArray<string> paragraphWords, ImmutableArray<MaterialCategory> material)
    {
        ArticleWords = articleWords;
        ParagraphWords = paragraphWords;
        Material = material;
    }

    /// <summary>Words that cite an article before its number (<c>Article</c>, <c>Pasal</c>, <c>Статья</c>).</summary>
    public ImmutableArray<string> ArticleWords { get; }

    /// <summary>Words that cite a paragraph before its number (<c>paragraph</c>, <c>ayat</c>).</summary>
    public ImmutableArray<string> ParagraphWords { get; }

    /// <summary>Categories of material change, each with its classes of folded words and phrases.</summary>
    public ImmutableArray<MaterialCategory> Material { get; }
}

/// <summary>
/// Reads the <c>canon:</c> key of <c>rules/languages/*.yaml</c>.
/// <code>
/// canon:
///   article-words: [Article, Art]
///   paragraph-words: [paragraph]
///   material:                       # category: list of classes; a class is a word or a list of words
///     modal: [[shall, must], [will], [may, can]]
///     negation: [[not, no, never]]
/// </code>
/// </summary>
public sealed class CanonSection : LanguageSection<CanonVocabulary>
{
    public override string Key => "canon";

    protected override CanonVocabulary? ReadSection(YamlNode node, RuleFileReader reader)
    {
        if (node is not YamlMappingNode map)
        {
            reader.Error(node, "'canon' must be a mapping with keys: article-words, paragraph-words, material");
            return null;
        }

        reader.CheckKeys(map, "article-words", "paragraph-words", "material");
        var categories = ImmutableArray.CreateBuilder<MaterialCategory>();
        YamlMappingNode? material = reader.Mapping(map, "material");
        if (material is not null)
        {
            foreach (KeyValuePair<YamlNode, YamlNode> pair in material.Children)
            {
                string name = (pair.Key as YamlScalarNode)?.Value ?? string.Empty;
                if (pair.Value is not YamlSequenceNode classes || name.Length == 0)
                {
                    reader.Error(pair.Value, "each category of 'material' is a list of classes, each a word or a list of words");
                    continue;
                }

                var built = ImmutableArray.CreateBuilder<ImmutableArray<ImmutableArray<string>>>();
                foreach (YamlNode item in classes)
                {
                    var phrases = ImmutableArray.CreateBuilder<ImmutableArray<string>>();
                    foreach (string phrase in reader.Strings(item, name))
                    {
                        ImmutableArray<string> words = CanonText.FoldedWords(phrase);
                        if (!words.IsEmpty)
                        {
                            phrases.Add(words);
                        }
                    }

                    if (phrases.Count > 0)
                    {
                        built.Add(phrases.ToImmutable());
                    }
                }

                categories.Add(new MaterialCategory(name, built.ToImmutable()));
            }
        }

        return new CanonVocabulary(reader.Strings(map, "article-words"), reader.Strings(map, "paragraph-words"), categories.ToImmutable());
    }

    protected override CanonVocabulary MergeSection(CanonVocabulary earlier, CanonVocabulary later)
    {
        // A later file adds categories; a category it names again gets the later file's classes after the earlier ones.
        var material = earlier.Material.ToBuilder();
        foreach (MaterialCategory category in later.Material)
        {
            int at = material.Count - 1;
            while (at >= 0 && !string.Equals(material[at].Name, category.Name, StringComparison.Ordinal))
            {
                at--;
            }

            if (at < 0)
            {
                material.Add(category);
            }
            else
            {
                material[at] = category with { Classes = material[at].Classes.AddRange(category.Classes) };
            }
        }

        return new CanonVocabulary(
            LanguageRuleKind.Union(earlier.ArticleWords, later.ArticleWords),
            LanguageRuleKind.Union(earlier.ParagraphWords, later.ParagraphWords),
            material.ToImmutable());
    }
}
