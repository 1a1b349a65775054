using Microsoft.AspNetCore.Http;
using Packages.Domain.Common;

namespace Packages.Functions.Http;

/// <summary>The optional Idempotency-Key header: 1-200 visible ASCII characters.</summary>
public static class IdempotencyKey
{
    public const string HeaderName = "Idempotency-Key";

    public const int MaxLength = 200;

    public static Result<string?> Read(HttpRequest request)
    {
        if (!request.Headers.TryGetValue(HeaderName, out var values))
        {
            return Result<string?>.Success(null);
        }

        var key = values.ToString();
        return values.Count == 1 && key.Length is >= 1 and <= MaxLength && key.All(c => c is > ' ' and <= '~')
            ? Result<string?>.Success(key)
            : DomainError.Validation(HeaderName, $"Send one key of 1-{MaxLength} visible ASCII characters.");
    }
}
