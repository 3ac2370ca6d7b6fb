using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using NewsLint.Diagnostics;
using NewsLint.Rules.Facts;
using NewsLint.Text;
using YamlDotNet.RepresentationModel;

namespace NewsLint.Rules.Canon;

/// <summary>
/// <c>rules/canon/*.md</c>: one canonical clause per file, YAML front matter for what it is and the body for its
/// text, one Markdown paragraph per paragraph of the article. See <c>docs/rules-canon.md</c>.
/// <code>
/// ---
/// id: north-atlantic-treaty-art5-en
/// instrument:
///   id: north-atlantic-treaty
///   names: { en: [North Atlantic Treaty, Washington Treaty], id: [Traktat Atlantik Utara] }
///   date: 1949-04-04
///   articles: 14
/// article: 5
/// language: en
/// text: authentic            # or reference-translation (with translation-of and translated-by)
/// version: { name: "1949", from: 1949-04-04 }
/// source: nato.int, The North Atlantic Treaty
/// ---
/// The Parties agree that an armed attack …
/// </code>
/// </summary>
public sealed class CanonRuleKind : RuleKind
{
    public const string Authentic = "authentic";
    public const string ReferenceTranslation = "reference-translation";

    private static readonly string[] Keys =
    {
        "id", "instrument", "article", "paragraph", "language", "text", "translation-of", "translated-by", "version", "source",
    };

    public override string Folder => "canon";

    public override IReadOnlyList<string> Extensions { get; } = new[] { ".md" };

    public override Type ModelType => typeof(CanonCatalog);

    public override object? ReadFile(RuleFileReader reader)
    {
        string text = reader.Source.Text;
        if (!TrySplit(text, out int frontMatterEnd, out int bodyStart))
        {
            reader.ReportAt(Diagnostics.InfrastructureDescriptors.InvalidRuleFile, new TextSpan(0, 0), "a canonical text starts with YAML front matter between two '---' lines");
            return null;
        }

        YamlMappingNode? root = YamlDocuments.LoadRoot(reader, text.Substring(0, frontMatterEnd));
        if (root is null)
        {
            return null;
        }

        reader.CheckKeys(root, Keys);
        string? id = reader.String(root, "id", required: true);
        CanonInstrument? instrument = ReadInstrument(root, reader);
        string? article = reader.String(root, "article", required: true);
        int paragraph = reader.Integer(root, "paragraph") ?? 1;
        string? language = reader.String(root, "language", required: true);
        string? kind = reader.String(root, "text", required: true);
        string? translationOf = reader.String(root, "translation-of");
        reader.String(root, "translated-by");
        ClauseVersion? version = ReadVersion(root, reader);
        ImmutableArray<string> paragraphs = Paragraphs(text, bodyStart);
        if (id is null || instrument is null || article is null || language is null || kind is null || version is null)
        {
            return null;
        }

        if (kind != Authentic && kind != ReferenceTranslation)
        {
            reader.Error(reader.Node(root, "text"), $"'text' must be {Authentic} or {ReferenceTranslation}, not '{kind}'");
            return null;
        }

        if (kind == ReferenceTranslation && translationOf is null)
        {
            reader.Error(root, "a reference translation needs 'translation-of': the id of the text it translates");
            return null;
        }

        if (paragraph < 1)
        {
            reader.Error(reader.Node(root, "paragraph"), "'paragraph' counts from 1");
            return null;
        }

        if (instrument.Articles is int count && int.TryParse(article, out int number) && (number < 1 || number > count))
        {
            reader.Error(reader.Node(root, "article"), $"the instrument has {count} articles; there is no article {article}");
            return null;
        }

        if (paragraphs.IsEmpty)
        {
            reader.Error(root, "the clause's text is missing: write it after the front matter");
            return null;
        }

        int line = (int)reader.Node(root, "id")!.Start.Line;
        return new CanonClause(id, instrument, article.Trim(), paragraph, language.Trim().ToLowerInvariant(), kind == Authentic, translationOf, version, reader.String(root, "source"), paragraphs, reader.File.Path, line);
    }

    public override object Combine(IReadOnlyList<object> parts)
    {
        // Later files replace clauses with the same id; an instrument's names are the union over its files.
        var byId = new Dictionary<string, CanonClause>(StringComparer.Ordinal);
        var order = new List<string>();
        var instruments = new Dictionary<string, CanonInstrument>(StringComparer.Ordinal);
        foreach (object part in parts)
        {
            var clause = (CanonClause)part;
            if (!byId.ContainsKey(clause.Id))
            {
                order.Add(clause.Id);
            }

            byId[clause.Id] = clause;
            instruments[clause.Instrument.Id] = instruments.TryGetValue(clause.Instrument.Id, out CanonInstrument? earlier)
                ? Merge(earlier, clause.Instrument)
                : clause.Instrument;
        }

        var clauses = ImmutableArray.CreateBuilder<CanonClause>(order.Count);
        foreach (string id in order)
        {
            CanonClause c = byId[id];
            clauses.Add(new CanonClause(c.Id, instruments[c.Instrument.Id], c.Article, c.FirstParagraph, c.Language, c.IsAuthentic, c.TranslationOf, c.Version, c.Source, c.Paragraphs, c.SourcePath, c.SourceLine));
        }

        return new CanonCatalog(clauses.ToImmutable(), instruments.ToImmutableDictionary(StringComparer.Ordinal));
    }

    /// <summary>A reference translation must name, in <c>translation-of</c>, a clause some canon file defines.</summary>
    public override void CheckReferences(object model, IReadOnlyDictionary<string, RuleFile> files, ICollection<LintDiagnostic> diagnostics)
    {
        var catalog = (CanonCatalog)model;
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (CanonClause clause in catalog.Clauses)
        {
            ids.Add(clause.Id);
        }

        foreach (CanonClause clause in catalog.Clauses)
        {
            if (clause.TranslationOf is not { } original || ids.Contains(original) || !files.TryGetValue(clause.SourcePath, out RuleFile? file))
            {
                continue;
            }

            var source = new SourceDocument(file.Path, file.Text);
            int at = file.Text.IndexOf("translation-of:", StringComparison.Ordinal);
            int value = at < 0 ? 0 : file.Text.IndexOf(original, at, StringComparison.Ordinal);
            var span = value < 0 ? new TextSpan(at, "translation-of:".Length) : new TextSpan(value, original.Length);
            RuleDescriptor descriptor = InfrastructureDescriptors.InvalidRuleFile;
            string problem = $"'translation-of' names '{original}', but no file in a canon folder has that id; the translation is read, but its original is unknown";
            diagnostics.Add(new LintDiagnostic(descriptor, descriptor.DefaultSeverity, file.Path, span, source.GetLineSpan(span), descriptor.FormatMessage(problem)));
        }
    }

    private static CanonInstrument Merge(CanonInstrument a, CanonInstrument b)
    {
        var names = a.Names.ToBuilder();
        foreach (KeyValuePair<string, ImmutableArray<string>> pair in b.Names)
        {
            names[pair.Key] = names.TryGetValue(pair.Key, out ImmutableArray<string> earlier) ? Languages.LanguageRuleKind.Union(earlier, pair.Value) : pair.Value;
        }

        return new CanonInstrument(a.Id, names.ToImmutable(), b.Date ?? a.Date, b.Articles ?? a.Articles);
    }

    private static CanonInstrument? ReadInstrument(YamlMappingNode root, RuleFileReader reader)
    {
        YamlMappingNode? node = reader.Mapping(root, "instrument", required: true);
        if (node is null)
        {
            return null;
        }

        reader.CheckKeys(node, "id", "names", "date", "articles");
        string? id = reader.String(node, "id", required: true);
        DateTime? date = ReadDate(node, "date", reader);
        int? articles = reader.Integer(node, "articles");
        var names = ImmutableDictionary.CreateBuilder<string, ImmutableArray<string>>(StringComparer.Ordinal);
        YamlMappingNode? namesNode = reader.Mapping(node, "names", required: true);
        if (namesNode is not null)
        {
            foreach (KeyValuePair<YamlNode, YamlNode> pair in namesNode.Children)
            {
                ImmutableArray<string> list = reader.Strings(pair.Value, "names");
                if (pair.Key is YamlScalarNode language && !list.IsEmpty)
                {
                    names[language.Value!.Trim().ToLowerInvariant()] = list;
                }
            }
        }

        return id is null ? null : new CanonInstrument(id, names.ToImmutable(), date, articles);
    }

    private static ClauseVersion? ReadVersion(YamlMappingNode root, RuleFileReader reader)
    {
        YamlMappingNode? node = reader.Mapping(root, "version", required: true);
        if (node is null)
        {
            return null;
        }

        reader.CheckKeys(node, "name", "from", "until", "changed-by");
        string? name = reader.String(node, "name", required: true);
        DateTime? from = ReadDate(node, "from", reader);
        DateTime? until = ReadDate(node, "until", reader);
        if (from is not null && until is not null && until < from)
        {
            reader.Error(reader.Node(node, "until"), "the version ends before it starts");
            return null;
        }

        return name is null ? null : new ClauseVersion(name, from, until, reader.String(node, "changed-by"));
    }

    private static DateTime? ReadDate(YamlMappingNode map, string key, RuleFileReader reader)
    {
        string? text = reader.String(map, key);
        if (text is null)
        {
            return null;
        }

        if (!FactRuleKind.TryParseRange(text, out DateTime day, out DateTime end, out string? problem) || end != day)
        {
            reader.Error(reader.Node(map, key), problem ?? $"'{key}' must be one day (1992-05-15), not a range");
            return null;
        }

        return day;
    }

    /// <summary>Finds the front matter: a first line <c>---</c> and the next line that is <c>---</c> or <c>...</c>.</summary>
    private static bool TrySplit(string text, out int frontMatterEnd, out int bodyStart)
    {
        frontMatterEnd = bodyStart = 0;
        int lineEnd = LineEnd(text, 0);
        if (text.Substring(0, lineEnd).TrimEnd() != "---")
        {
            return false;
        }

        int at = NextLine(text, lineEnd);
        while (at < text.Length)
        {
            int end = LineEnd(text, at);
            string line = text.Substring(at, end - at).TrimEnd();
            if (line == "---" || line == "...")
            {
                frontMatterEnd = at;
                bodyStart = NextLine(text, end);
                return true;
            }

            at = NextLine(text, end);
        }

        return false;
    }

    private static int LineEnd(string text, int at)
    {
        while (at < text.Length && text[at] != '\n' && text[at] != '\r')
        {
            at++;
        }

        return at;
    }

    private static int NextLine(string text, int lineEnd)
    {
        if (lineEnd < text.Length && text[lineEnd] == '\r')
        {
            lineEnd++;
        }

        return lineEnd < text.Length && text[lineEnd] == '\n' ? lineEnd + 1 : lineEnd;
    }

    /// <summary>Paragraphs of the body: runs of non-blank lines, joined by single spaces; HTML comment lines are skipped.</summary>
    private static ImmutableArray<string> Paragraphs(string text, int start)
    {
        var paragraphs = ImmutableArray.CreateBuilder<string>();
        var current = new StringBuilder();
        int at = start;
        while (at <= text.Length)
        {
            int end = LineEnd(text, at);
            string line = text.Substring(at, end - at).Trim();
            bool comment = line.StartsWith("<!--", StringComparison.Ordinal) && line.EndsWith("-->", StringComparison.Ordinal);
            if (line.Length == 0)
            {
                Flush(paragraphs, current);
            }
            else if (!comment)
            {
                current.Append(current.Length > 0 ? " " : string.Empty).Append(line);
            }

            if (end >= text.Length)
            {
                break;
            }

            at = NextLine(text, end);
        }

        Flush(paragraphs, current);
        return paragraphs.ToImmutable();
    }

    private static void Flush(ImmutableArray<string>.Builder paragraphs, StringBuilder current)
    {
        if (current.Length > 0)
        {
            paragraphs.Add(current.ToString());
            current.Clear();
        }
    }
}
