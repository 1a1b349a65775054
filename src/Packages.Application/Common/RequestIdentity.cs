using System.Security.Cryptography;
using System.Text;

namespace Packages.Application.Common;

/// <summary>
/// Ids for created documents. With an idempotency key the id is derived from it, so a retried create
/// lands on the same document and is recognised instead of creating a duplicate.
/// </summary>
public static class RequestIdentity
{
    public static string IdFor(string clinicId, string operation, string? idempotencyKey) =>
        idempotencyKey is null
            ? Guid.NewGuid().ToString("N")
            : Hash($"{clinicId}\n{operation}\n{idempotencyKey}")[..32];

    /// <summary>A stable digest of a request's meaningful content, to tell a retry from a reused key.</summary>
    public static string Fingerprint(params object?[] parts) =>
        Hash(string.Join('\n', parts.Select(p => p?.ToString() ?? "\0")));

    private static string Hash(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
