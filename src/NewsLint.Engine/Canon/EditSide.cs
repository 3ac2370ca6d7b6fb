using System.Collections.Generic;

namespace NewsLint.Canon;

/// <summary>
/// One side of an edit as <see cref="MaterialChanges"/> reads it: each word folded, and whether it is a number, in the
/// first <see cref="Count"/> places of the arrays (which may be a caller's buffers, longer than that).
/// </summary>
internal readonly struct EditSide
{
    public EditSide(string[] folded, bool[] isNumber, int count)
    {
        Folded = folded;
        IsNumber = isNumber;
        Count = count;
    }

    public string[] Folded { get; }

    public bool[] IsNumber { get; }

    public int Count { get; }

    /// <summary>The side of these tokens.</summary>
    public static EditSide Of(IReadOnlyList<CanonToken> tokens)
    {
        var folded = new string[tokens.Count];
        var isNumber = new bool[tokens.Count];
        for (int k = 0; k < tokens.Count; k++)
        {
            folded[k] = tokens[k].Folded;
            isNumber[k] = tokens[k].IsNumber;
        }

        return new EditSide(folded, isNumber, tokens.Count);
    }
}
