namespace NewsLint.Diagnostics;

/// <summary>NL0xxx: problems with the linter's own inputs (rule files, encodings, front matter) and internal failures.</summary>
public static class InfrastructureDescriptors
{
    public const string Category = "NewsLint.Infrastructure";

    public static readonly RuleDescriptor InvalidRuleFile = new(
        id: "NL0001",
        title: "Rule file is invalid",
        messageFormat: "Rule file is invalid: {0}",
        category: Category,
        defaultSeverity: Severity.Error,
        description: "A rule file could not be read. The rest of the rules still run; the broken entry is skipped.");

    public static readonly RuleDescriptor PatternTimedOut = new(
        id: "NL0002",
        title: "Rule pattern took too long",
        messageFormat: "Rule {0} ({1}, line {2}) was stopped: its pattern took longer than {3} ms on this text; the other rules still ran. Simplify the pattern (avoid nested repetition such as (a+)+)",
        category: Category,
        defaultSeverity: Severity.Warning,
        description: "Rule-file patterns run with a time limit. A pattern that exceeds it on an article is stopped for that article, so one slow rule cannot stall a build.");

    public static readonly RuleDescriptor InvalidEncoding = new(
        id: "NL0003",
        title: "File is not valid text",
        messageFormat: "The file contains {0} at byte offset {1} ({2} in all); it is shown as U+FFFD and the rest of the file is still checked",
        category: Category,
        defaultSeverity: Severity.Warning,
        description: "Articles are read as UTF-8 (or UTF-16/UTF-32 with a byte order mark). Bytes that are not valid there are replaced, so words containing them may be misread.");

    public static readonly RuleDescriptor InternalError = new(
        id: "NL0004",
        title: "NewsLint failed on this file",
        messageFormat: "NewsLint could not finish checking this file: {0} in {1}: {2}",
        category: Category,
        defaultSeverity: Severity.Warning,
        description: "An internal failure was contained; other rules and files were still checked. Please report it.");

    public static readonly RuleDescriptor UnknownRuleKey = new(
        id: "NL0005",
        title: "Rule file has an unknown key",
        messageFormat: "Unknown key '{0}' in a {1} rule file; expected one of: {2}",
        category: Category,
        defaultSeverity: Severity.Warning,
        description: "The key is ignored. It is usually a typo.");

    public static readonly RuleDescriptor InvalidFrontMatter = new(
        id: "NL0006",
        title: "Front matter is invalid",
        messageFormat: "Front matter is invalid: {0}",
        category: Category,
        defaultSeverity: Severity.Warning,
        description: "The article's YAML front matter could not be read; the article is checked without it.");

    public static readonly RuleDescriptor UnplacedRuleFile = new(
        id: "NL0007",
        title: "Rule file is not in a rule folder",
        messageFormat: "This YAML file is not inside a folder that names a rule kind, so it is not read; move it under one of: {0}",
        category: Category,
        defaultSeverity: Severity.Warning,
        description: "Rule kinds are found by folder name (rules/languages, rules/places, ...).");

    public static readonly RuleDescriptor ArticleTooLarge = new(
        id: "NL0008",
        title: "Article is too large to check whole",
        messageFormat: "The article has {0:N0} characters, more than the {1:N0} NewsLint checks; only lines 1 to {2} were checked and the remaining {3:N0} characters were not",
        category: Category,
        defaultSeverity: Severity.Warning,
        description: "Very large files are usually generated or pasted by mistake. The start of the article is still checked; split the file or raise the limit to check the rest.");

    public static readonly RuleDescriptor NestingFlattened = new(
        id: "NL0009",
        title: "Markdown nested too deeply was read as plain text",
        messageFormat: "Markdown nested too deeply: {0}; that text was still checked, as plain paragraphs",
        category: Category,
        defaultSeverity: Severity.Warning,
        description: "Quotes, lists or emphasis nested far beyond what any article needs would stop the Markdown parser; their markers are ignored and the words are still checked.");
}
