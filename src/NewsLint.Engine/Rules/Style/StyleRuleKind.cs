using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using NewsLint.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace NewsLint.Rules.Style;

/// <summary>
/// <c>rules/style/*.yaml</c>: declarative house-style rules, one per file (the file is the rule) or several under
/// <c>rules:</c>. See <c>docs/rules-style.md</c>.
/// <code>
/// rules:
///   - id: NL5001
///     kind: substitution
///     message: "Write the reduplication as '{replacement}', with a hyphen and no spaces"
///     severity: warning
///     language: id
///     swap:
///       - pattern: '(\p{L}+)\s+[–—-]\s+(\1)'
///         replacement: '$1-$2'
/// </code>
/// </summary>
public sealed class StyleRuleKind : YamlRuleKind<IReadOnlyList<StyleRule>, StyleCatalog>
{
    public const string Category = "NewsLint.Style";

    private static readonly string[] CommonKeys =
    {
        "id", "kind", "message", "title", "description", "severity", "language", "scope", "quotations", "link",
        "ignore-case", "timeout-ms",
    };

    private static readonly Dictionary<string, (string[] Keys, Func<StyleRuleHeader, YamlMappingNode, PatternReader, StyleRule?> Read)> Kinds = new(StringComparer.Ordinal)
    {
        ["existence"] = (new[] { "pattern", "tokens" }, ReadExistence),
        ["substitution"] = (new[] { "swap" }, ReadSubstitution),
        ["occurrence"] = (new[] { "pattern", "tokens", "words", "max", "min" }, ReadOccurrence),
        ["consistency"] = (new[] { "either" }, ReadConsistency),
        ["conditional"] = (new[] { "if", "then", "exceptions", "order", "missing" }, ReadConditional),
    };

    public override string Folder => "style";

    /// <summary>The rule kinds a file may name in <c>kind:</c>.</summary>
    public static IReadOnlyCollection<string> KindNames => Kinds.Keys;

    protected override IReadOnlyList<StyleRule>? Read(YamlMappingNode root, RuleFileReader reader)
    {
        var rules = new List<StyleRule>();
        var seen = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase);
        IEnumerable<YamlMappingNode> entries;
        if (reader.Node(root, "rules") is not null)
        {
            reader.CheckKeys(root, "rules");
            entries = reader.Mappings(root, "rules", required: true);
        }
        else
        {
            entries = new[] { root };
        }

        foreach (YamlMappingNode entry in entries)
        {
            StyleRule? rule = ReadRule(entry, reader);
            if (rule is null)
            {
                continue;
            }

            if (seen.TryGetValue(rule.Id, out long firstLine))
            {
                reader.Error(reader.Node(entry, "id"), $"duplicate id '{rule.Id}': it is already defined on line {firstLine} of this file");
                continue;
            }

            seen[rule.Id] = entry.Start.Line;
            rules.Add(rule);
        }

        return rules;
    }

    protected override StyleCatalog Combine(IReadOnlyList<IReadOnlyList<StyleRule>> parts) =>
        new(LaterWins.Combine(parts, rule => rule.Id, StringComparer.OrdinalIgnoreCase));

    private static StyleRule? ReadRule(YamlMappingNode entry, RuleFileReader reader)
    {
        string? kind = reader.String(entry, "kind", required: true)?.Trim().ToLowerInvariant();
        (string[] Keys, Func<StyleRuleHeader, YamlMappingNode, PatternReader, StyleRule?> Read) definition = default;
        if (kind is not null && !Kinds.TryGetValue(kind, out definition))
        {
            reader.Error(reader.Node(entry, "kind"), $"'kind' must be one of {string.Join(", ", Kinds.Keys)}, not '{kind}'");
            kind = null;
        }

        // An unknown kind is already reported: do not also call its keys unknown.
        var keys = new List<string>(CommonKeys);
        if (kind is not null)
        {
            keys.AddRange(definition.Keys!);
        }
        else
        {
            foreach ((string[] kindKeys, _) in Kinds.Values)
            {
                keys.AddRange(kindKeys);
            }
        }

        reader.CheckKeys(entry, keys.ToArray());

        string? id = ReadId(entry, reader);
        string? message = reader.String(entry, "message", required: true);
        Severity severity = ReadSeverity(entry, reader);
        StyleScope scope = ReadScope(entry, reader);
        ImmutableArray<string> languages = reader.Strings(entry, "language");
        int timeout = ReadTimeout(entry, reader);
        bool ignoreCase = reader.Boolean(entry, "ignore-case") ?? false;
        if (id is null || message is null || kind is null)
        {
            return null;
        }

        string? link = reader.String(entry, "link");
        bool ours = Regex.IsMatch(id, "^NL5[0-9]{3}$");
        var descriptor = new RuleDescriptor(
            id,
            reader.String(entry, "title") ?? id,
            message,
            Category,
            severity,
            reader.String(entry, "description") ?? string.Empty,
            ours ? null : link ?? string.Empty);
        var languageCodes = ImmutableArray.CreateBuilder<string>(languages.Length);
        foreach (string language in languages)
        {
            languageCodes.Add(language.Trim().ToLowerInvariant());
        }

        var header = new StyleRuleHeader(descriptor, kind, message, languageCodes.ToImmutable(), scope, reader.File.Path, (int)entry.Start.Line);
        return definition.Read!(header, entry, new PatternReader(reader, ignoreCase, timeout));
    }

    private static string? ReadId(YamlMappingNode entry, RuleFileReader reader)
    {
        string? id = reader.String(entry, "id", required: true);
        if (id is null)
        {
            return null;
        }

        id = id.Trim();
        if (!Regex.IsMatch(id, "^[A-Za-z][A-Za-z0-9_.-]{0,63}$"))
        {
            reader.Error(reader.Node(entry, "id"), $"'id' must start with a letter and hold only letters, digits, '_', '.' or '-', not '{id}'");
            return null;
        }

        if (id.StartsWith("NL", StringComparison.OrdinalIgnoreCase) && !Regex.IsMatch(id, "^NL5[0-9]{3}$"))
        {
            reader.Error(reader.Node(entry, "id"), $"'{id}' is in NewsLint's own ID range; style rules use NL5001-NL5999 (shipped) or a newsroom's own prefix such as TEMPO001");
            return null;
        }

        if (string.Equals(id, "NL5000", StringComparison.OrdinalIgnoreCase))
        {
            reader.Error(reader.Node(entry, "id"), "'NL5000' is reserved: it carries newsroom rules in the Roslyn analyzer");
            return null;
        }

        return id;
    }

    private static Severity ReadSeverity(YamlMappingNode entry, RuleFileReader reader)
    {
        string? text = reader.String(entry, "severity");
        if (text is null)
        {
            return Severity.Warning;
        }

        if (SeverityNames.TryParse(text, out Severity severity) && severity != Severity.None)
        {
            return severity;
        }

        reader.Error(reader.Node(entry, "severity"), $"'severity' must be error, warning, info or hidden, not '{text}'");
        return Severity.Warning;
    }

    private static int ReadTimeout(YamlMappingNode entry, RuleFileReader reader)
    {
        int? timeout = reader.Integer(entry, "timeout-ms");
        if (timeout is null)
        {
            return StylePattern.DefaultTimeoutMilliseconds;
        }

        if (timeout < 1 || timeout > 10000)
        {
            reader.Error(reader.Node(entry, "timeout-ms"), $"'timeout-ms' must be between 1 and 10000, not {timeout}");
            return StylePattern.DefaultTimeoutMilliseconds;
        }

        return timeout.Value;
    }

    private static StyleScope ReadScope(YamlMappingNode entry, RuleFileReader reader)
    {
        StyleBlocks blocks = StyleBlocks.None;
        StyleUnit unit = StyleUnit.Block;
        YamlNode? node = reader.Node(entry, "scope");
        foreach (string name in node is null ? ImmutableArray<string>.Empty : reader.Strings(node, "scope"))
        {
            switch (name.Trim().ToLowerInvariant())
            {
                case "text": blocks |= StyleBlocks.All; break;
                case "heading": blocks |= StyleBlocks.Heading; break;
                case "paragraph": blocks |= StyleBlocks.Paragraph; break;
                case "list": blocks |= StyleBlocks.List; break;
                case "table": blocks |= StyleBlocks.Table; break;
                case "sentence": unit = StyleUnit.Sentence; break;
                case "article": unit = StyleUnit.Article; break;
                default:
                    reader.Error(node, $"'scope' values are text, heading, paragraph, list, table, sentence and article, not '{name}'");
                    break;
            }
        }

        var quotations = (QuotationFilter)Choice(reader, entry, "quotations", "include", "exclude", "only");
        return new StyleScope(blocks == StyleBlocks.None ? StyleBlocks.All : blocks, unit, quotations);
    }

    private static StyleRule? ReadExistence(StyleRuleHeader header, YamlMappingNode entry, PatternReader patterns)
    {
        StylePattern? pattern = patterns.Read(entry, "the rule");
        return pattern is null ? null : new ExistenceRule(header, pattern);
    }

    private static StyleRule? ReadSubstitution(StyleRuleHeader header, YamlMappingNode entry, PatternReader patterns)
    {
        RuleFileReader reader = patterns.Reader;
        var swaps = ImmutableArray.CreateBuilder<StyleSwap>();
        foreach (YamlMappingNode swap in reader.Mappings(entry, "swap", required: true))
        {
            reader.CheckKeys(swap, "pattern", "tokens", "replacement");
            StylePattern? pattern = patterns.Read(swap, "each 'swap' entry");
            string? replacement = reader.String(swap, "replacement", required: true);
            if (pattern is not null && replacement is not null)
            {
                swaps.Add(new StyleSwap(pattern, replacement));
            }
        }

        return swaps.Count == 0 ? null : new SubstitutionRule(header, swaps.ToImmutable());
    }

    private static StyleRule? ReadOccurrence(StyleRuleHeader header, YamlMappingNode entry, PatternReader patterns)
    {
        RuleFileReader reader = patterns.Reader;
        StylePattern? pattern = reader.Node(entry, "words") is null ? patterns.Read(entry, "the rule") : patterns.ReadWords(entry);
        int? max = reader.Integer(entry, "max");
        int? min = reader.Integer(entry, "min");
        if (max is null && min is null)
        {
            reader.Error(entry, "an occurrence rule needs 'max', 'min' or both");
            return null;
        }

        if (max < 0 || min < 0 || (max is not null && min is not null && min > max))
        {
            reader.Error(reader.Node(entry, max < 0 ? "max" : "min"), "'min' and 'max' must be 0 or more, with min no larger than max");
            return null;
        }

        return pattern is null ? null : new OccurrenceRule(header, pattern, max, min);
    }

    private static StyleRule? ReadConsistency(StyleRuleHeader header, YamlMappingNode entry, PatternReader patterns)
    {
        RuleFileReader reader = patterns.Reader;
        var forms = ImmutableArray.CreateBuilder<StylePattern>();
        foreach (YamlMappingNode form in reader.Mappings(entry, "either", required: true))
        {
            reader.CheckKeys(form, "pattern", "tokens");
            StylePattern? pattern = patterns.Read(form, "each 'either' entry");
            if (pattern is not null)
            {
                forms.Add(pattern);
            }
        }

        if (forms.Count < 2)
        {
            reader.Error(reader.Node(entry, "either") ?? entry, "'either' needs at least two forms");
            return null;
        }

        return new ConsistencyRule(header, forms.ToImmutable());
    }

    private static StyleRule? ReadConditional(StyleRuleHeader header, YamlMappingNode entry, PatternReader patterns)
    {
        RuleFileReader reader = patterns.Reader;
        StylePattern? ifPattern = patterns.ReadPart(entry, "if");
        StylePattern? thenPattern = patterns.ReadPart(entry, "then");
        bool thenFirst = Choice(reader, entry, "order", "before", "anywhere") == 0;
        bool reportMissing = Choice(reader, entry, "missing", "report", "ignore") == 0;

        ImmutableHashSet<string> exceptions = ImmutableHashSet.CreateRange(StringComparer.OrdinalIgnoreCase, reader.Strings(entry, "exceptions"));
        return ifPattern is null || thenPattern is null ? null : new ConditionalRule(header, ifPattern, thenPattern, exceptions, thenFirst, reportMissing);
    }

    /// <summary>The index in <paramref name="choices"/> of the key's word (the first choice when absent); NL0001 for another word.</summary>
    private static int Choice(RuleFileReader reader, YamlMappingNode entry, string key, params string[] choices)
    {
        string? text = reader.String(entry, key);
        if (text is null)
        {
            return 0;
        }

        int index = Array.IndexOf(choices, text.Trim().ToLowerInvariant());
        if (index < 0)
        {
            reader.Error(reader.Node(entry, key), $"'{key}' must be {string.Join(", ", choices, 0, choices.Length - 1)} or {choices[choices.Length - 1]}, not '{text}'");
            return 0;
        }

        return index;
    }

    /// <summary>Reads a <c>pattern</c> (a regular expression) or <c>tokens</c> (plain words) from one mapping.</summary>
    private sealed class PatternReader
    {
        private readonly bool _ignoreCase;
        private readonly int _timeout;

        public PatternReader(RuleFileReader reader, bool ignoreCase, int timeout)
        {
            Reader = reader;
            _ignoreCase = ignoreCase;
            _timeout = timeout;
        }

        public RuleFileReader Reader { get; }

        /// <summary>A required mapping holding one pattern, such as a conditional rule's <c>if</c>.</summary>
        public StylePattern? ReadPart(YamlMappingNode entry, string key)
        {
            YamlMappingNode? node = Reader.Mapping(entry, key, required: true);
            if (node is null)
            {
                return null;
            }

            Reader.CheckKeys(node, "pattern", "tokens");
            return Read(node, $"'{key}'");
        }

        /// <summary><c>words: true</c>: the built-in word pattern, alone.</summary>
        public StylePattern? ReadWords(YamlMappingNode entry)
        {
            YamlNode words = Reader.Node(entry, "words")!;
            if (Reader.Node(entry, "pattern") is not null || Reader.Node(entry, "tokens") is not null)
            {
                Reader.Error(words, "an occurrence rule counts one of 'pattern', 'tokens' or 'words', not two");
                return null;
            }

            if (Reader.String(entry, "words") != "true")
            {
                Reader.Error(words, "'words' is true (count words: letters and digits, with inner - ’ ' . , joining), or left out");
                return null;
            }

            return StylePattern.Words(_timeout, Reader.File.Path, (int)words.Start.Line);
        }

        public StylePattern? Read(YamlMappingNode map, string owner)
        {
            YamlNode? patternNode = Reader.Node(map, "pattern");
            YamlNode? tokensNode = Reader.Node(map, "tokens");
            if ((patternNode is null) == (tokensNode is null))
            {
                Reader.Error(patternNode ?? tokensNode ?? map, $"{owner} needs exactly one of 'pattern' (a regular expression) or 'tokens' (a list of words)");
                return null;
            }

            if (tokensNode is not null)
            {
                ImmutableArray<string> tokens = Reader.Strings(tokensNode, "tokens");
                return tokens.IsEmpty ? null : StylePattern.FromTokens(tokens, _timeout, Reader.File.Path, (int)tokensNode.Start.Line);
            }

            string? text = Reader.String(map, "pattern", required: true);
            if (text is null)
            {
                return null;
            }

            StylePattern? pattern = StylePattern.FromRegex(text, _ignoreCase, _timeout, Reader.File.Path, (int)patternNode!.Start.Line, out string? problem);
            if (pattern is null)
            {
                Reader.Error(patternNode, $"invalid pattern: {problem}");
            }

            return pattern;
        }
    }
}
