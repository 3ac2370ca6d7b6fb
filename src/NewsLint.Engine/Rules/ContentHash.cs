using System.Security.Cryptography;
using System.Text;

namespace NewsLint.Rules;

/// <summary>Stable content hashes for cache keys (rule files, articles).</summary>
public static class ContentHash
{
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
