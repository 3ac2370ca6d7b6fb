namespace NewsLint.Cli;

internal static class Usage
{
    public const string Text = """
        Usage: newslint check PATH... [options]
               newslint diff PATH... [--format text|html] [--color auto|always|never] [--rules DIR] [--lang CODE]

        Lints Markdown news articles. PATH is a file or a folder (searched recursively for *.md).

        Options:
          --rules DIR           Add a folder of rule files (repeatable). Defaults are always included
                                unless --no-default-rules is given.
          --no-default-rules    Use only the rule folders given with --rules.
          --format FORMAT       text (default; MSBuild style), json or sarif.
          --warnaserror         Exit with 1 when there is any warning.
          --lang CODE           Language of articles that do not say (front matter 'lang') and cannot be detected.
          --explain             With --format json: also print what was recognized in each article.
          -j, --parallel N      Lint with N threads (default: all cores). The native build runs N processes
                                instead when there are 1,000 files or more for each (NEWSLINT_PROCESSES=0: threads).
          -h, --help            Show this help.

        diff prints each quotation matched to a canonical clause (rules/canon) against the clause, word by word:
        [-clause words-]{+quoted words+}, in red and green on a terminal; '!' marks a material change. With
        --format html: one page, each quotation beside its clause.

        Severities come from .editorconfig / .globalconfig files above each article:
          [*.md]
          newslint.NL4001.severity = error      (error, warning, suggestion, silent, none)

        Exit codes: 0 no error, 1 errors (or warnings with --warnaserror), 2 bad usage or unreadable input.

        """;
}
