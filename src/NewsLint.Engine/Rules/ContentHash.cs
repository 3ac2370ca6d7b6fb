using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;

namespace NewsLint.Rules;

/// <summary>Stable content hashes for cache keys (rule files, articles).</summary>
public static class ContentHash
{
    /// <summary>The hash of a rule set: of each file's path and text hashed alone, in order.</summary>
    internal static string OfFiles(IReadOnlyList<RuleFile> files)
    {
        var hashes = new string[files.Count];
        for (int i = 0; i < hashes.Length; i++)
        {
            hashes[i] = Of(files[i].Path, files[i].Text);
        }

        return Of(hashes);
    }

    public static string Of(params string[] parts)
    {
        using var sha = SHA256.Create();
        var builder = new StringBuilder();
        foreach (string part in parts)
        {
            builder.Append(part.Length).Append(':').Append(part).Append('\0');
        }

        byte[] hash = sha.ComputeHash(Encoding.UTF8.GetBytes(builder.ToString()));
        var hex = new StringBuilder(hash.Length * 2);
        foreach (byte b in hash)
        {
            hex.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return hex.ToString();
    }
}
