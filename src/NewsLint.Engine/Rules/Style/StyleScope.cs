using System;

namespace NewsLint.Rules.Style;

/// <summary>Which prose blocks a rule reads, in which unit, and whether quoted words count.</summary>
public sealed class StyleScope
{
    public StyleScope(StyleBlocks blocks, StyleUnit unit, QuotationFilter quotations)
    {
        Blocks = blocks;
        Unit = unit;
        Quotations = quotations;
    }

    public StyleBlocks Blocks { get; }

    /// <summary>What an occurrence rule counts per (and what a match may not cross).</summary>
    public StyleUnit Unit { get; }

    public QuotationFilter Quotations { get; }
}

/// <summary>Kinds of prose block, as <c>scope:</c> names them.</summary>
[Flags]
public enum StyleBlocks
{
    None = 0,
    Heading = 1,
    Paragraph = 2,
    List = 4,
    Table = 8,
    All = Heading | Paragraph | List | Table,
}

/// <summary>The text a rule looks at in one go.</summary>
public enum StyleUnit
{
    /// <summary>A heading, paragraph, list item paragraph or table cell.</summary>
    Block,

    /// <summary>One sentence of a block.</summary>
    Sentence,

    /// <summary>The whole article (occurrence rules: "at most 3 per article").</summary>
    Article,
}

/// <summary>What a rule does with words inside quotations (<c>quotations:</c>).</summary>
public enum QuotationFilter
{
    /// <summary>Quoted words are checked like any others.</summary>
    Include,

    /// <summary>Matches that start inside a quotation are ignored: a reporter does not edit what someone said.</summary>
    Exclude,

    /// <summary>Only matches inside quotations count.</summary>
    Only,
}
