using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Packages.Infrastructure.Cosmos;

/// <summary>
/// Cosmos continuation tokens as URL-safe opaque strings, bound to the list that issued them: the token
/// starts with a digest of its scope (clinic, list and filter), so a token from another clinic, list or
/// filter is refused (400) instead of being handed to the database.
/// </summary>
internal static class ContinuationTokens
{
    public const int MaxLength = 4096;
    private const int ScopeBytes = 8;

    public static string? Encode(string scope, string? cosmosToken)
    {
        if (cosmosToken is null)
        {
            return null;
        }

        var token = Encoding.UTF8.GetBytes(cosmosToken);
        var bytes = new byte[ScopeBytes + token.Length];
        ScopeDigest(scope).CopyTo(bytes, 0);
        token.CopyTo(bytes, ScopeBytes);
        return Base64Url.EncodeToString(bytes);
    }

    public static bool TryDecode(string scope, string? token, out string? cosmosToken)
    {
        cosmosToken = null;
        if (token is null)
        {
            return true;
        }

        if (token.Length > MaxLength || !Base64Url.IsValid(token))
        {
            return false;
        }

        var bytes = Base64Url.DecodeFromChars(token);
        if (bytes.Length <= ScopeBytes || !bytes.AsSpan(0, ScopeBytes).SequenceEqual(ScopeDigest(scope)))
        {
            return false;
        }

        try
        {
            cosmosToken = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, ScopeBytes, bytes.Length - ScopeBytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static byte[] ScopeDigest(string scope) => SHA256.HashData(Encoding.UTF8.GetBytes(scope))[..ScopeBytes];
}
