using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Packages.Application.Common;
using Packages.Application.Ports;
using Packages.Domain.Common;

namespace Packages.Functions.Http;

/// <summary>
/// Idempotency-Key on POST: the same key and body get the first response again; the same key with
/// another body is refused (422). The commands are idempotent in themselves (derived ids, appointment
/// ids, no-op repeats), so a crash between the command and saving its response is safe to retry.
/// </summary>
public sealed class IdempotentRequests(IIdempotencyStore store, TimeProvider time)
{
    public const int MaxBodyBytes = 2 * 1024 * 1024;
    private const string StateKey = "Packages.Idempotency";

    /// <summary>Null to run the function; otherwise the stored response (or the refusal) to send.</summary>
    public async Task<IActionResult?> ReplayAsync(HttpRequest request, string? clinicId, CancellationToken cancellationToken)
    {
        if (!HttpMethods.IsPost(request.Method) || clinicId is null)
        {
            return null;
        }

        var key = IdempotencyKey.Read(request);
        if (!key.IsSuccess)
        {
            return ProblemResults.From(key.Error!, request);
        }

        if (key.Value is null)
        {
            return null;
        }

        var requestHash = await HashRequestAsync(request, cancellationToken);
        if (requestHash is null)
        {
            return ProblemResults.From(DomainError.Validation("body", $"The body must be at most {MaxBodyBytes} bytes."), request);
        }

        var id = "idem." + RequestIdentity.Fingerprint(clinicId, key.Value)[..40];
        var stored = await store.FindAsync(clinicId, id, cancellationToken);
        if (stored is null)
        {
            request.HttpContext.Items[StateKey] = (id, requestHash);
            return null;
        }

        if (stored.RequestHash != requestHash)
        {
            return ProblemResults.From(ApplicationErrors.IdempotencyKeyReused, request);
        }

        if (stored.Location is not null)
        {
            request.HttpContext.Response.Headers.Location = stored.Location;
        }

        request.HttpContext.Response.Headers["Idempotent-Replayed"] = "true";
        return new RawJsonResponse(stored.Body, stored.StatusCode);
    }

    /// <summary>Keeps the function's response for retries; server errors are not kept, so they can be retried.</summary>
    public async Task RememberAsync(HttpRequest request, string clinicId, IActionResult? result, CancellationToken cancellationToken)
    {
        if (request.HttpContext.Items[StateKey] is not (string id, string requestHash) || result is not JsonResponse { StatusCode: < 500 } response)
        {
            return;
        }

        await store.SaveAsync(new IdempotencyRecord(
            id, clinicId, requestHash, response.StatusCode, response.ToJson(),
            request.HttpContext.Response.Headers.Location.ToString() is { Length: > 0 } location ? location : null,
            time.GetUtcNow()), cancellationToken);
    }

    private static async Task<string?> HashRequestAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        request.EnableBuffering(bufferThreshold: 64 * 1024, bufferLimit: MaxBodyBytes);
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes($"{request.Method} {request.Path}\n"));
        var buffer = new byte[16 * 1024];
        long total = 0;
        int read;
        try
        {
            while ((read = await request.Body.ReadAsync(buffer, cancellationToken)) > 0)
            {
                total += read;
                if (total > MaxBodyBytes)
                {
                    return null;
                }

                sha.AppendData(buffer, 0, read);
            }
        }
        catch (IOException)
        {
            return null;
        }

        request.Body.Position = 0;
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
