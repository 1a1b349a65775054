using System.Buffers.Text;
using System.Text;

namespace Packages.Infrastructure.Cosmos;

/// <summary>Cosmos continuation tokens as URL-safe opaque strings.</summary>
internal static class ContinuationTokens
{
    public const int MaxLength = 4096;

    public static string? Encode(string? cosmosToken) =>
        cosmosToken is null ? null : Base64Url.EncodeToString(Encoding.UTF8.GetBytes(cosmosToken));

    public static bool TryDecode(string? token, out string? cosmosToken)
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

        cosmosToken = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token));
        return cosmosToken.Length > 0;
    }
}
