using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Packages.Application.Common;
using Packages.Application.Ports;
using Packages.Domain.Common;
using Packages.Functions.Security;

namespace Packages.Functions.Http;

/// <summary>
/// Idempotency-Key on POST, per caller: a key belongs to the clinic and the user who sent it, so another user
/// never receives someone else's response. The first request reserves the key (a conditional create) and runs;
/// a concurrent one with the same key is answered 409 idempotency-request-in-progress with Retry-After, and
/// one arriving after completion gets the stored response with Idempotent-Replayed: true. The same key with
/// another body is refused (422). Responses that invite a retry (409 concurrency-conflict, 429, 5xx) are not
/// kept: the reservation is released so the retry runs again. The commands are idempotent in themselves
/// (derived ids, appointment ids), so a crash while a key is reserved is safe: the reservation lapses.
/// </summary>
public sealed class IdempotentRequests(IIdempotencyStore store, TimeProvider time)
{
    public const int MaxBodyBytes = 2 * 1024 * 1024;

    /// <summary>
    /// After this a reservation is taken to belong to a request that died. An HTTP caller stops waiting after 230 s
    /// in Azure, but the function itself runs until host.json's functionTimeout (5 min)
    /// (https://learn.microsoft.com/azure/azure-functions/functions-scale#timeout): the lapse outlasts that, so a
    /// retry never runs beside a first request still at work. InfraTests pins it above functionTimeout.
    /// </summary>
    public static readonly TimeSpan ReservationLapse = TimeSpan.FromSeconds(330);

    private const string StateKey = "Packages.Idempotency";

    /// <summary>The key as the commands use it to derive ids: scoped to the caller, like the stored response.</summary>
    public static string? CallerScopedKey(HttpRequest request) =>
        IdempotencyKey.Read(request).Value is { } key ? $"{HttpAccessGate.AccessOf(request).Caller.UserId}\n{key}" : null;

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

        var callerId = HttpAccessGate.TryAccessOf(request)?.Caller.UserId ?? "";
        var id = "idem." + RequestIdentity.Fingerprint(clinicId, callerId, key.Value)[..40];
        var pending = IdempotencyRecord.Pending(id, clinicId, requestHash, time.GetUtcNow());
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var stored = await store.FindAsync(clinicId, id, cancellationToken);
            var reserved = stored is null ? await ReserveAsync(() => store.TryReserveAsync(pending, CancellationToken.None), pending)
                : stored.RequestHash != requestHash ? null
                : stored.IsPending && time.GetUtcNow() - stored.CreatedAt > ReservationLapse
                    ? await ReserveAsync(() => store.TryReplaceAsync(pending, stored.ETag!, CancellationToken.None), pending)
                : null;
            if (reserved is not null)
            {
                request.HttpContext.Items[StateKey] = pending with { ETag = reserved };
                return null;
            }

            if (stored is null)
            {
                continue; // another request reserved it between the read and the create: read what it holds
            }

            if (stored.RequestHash != requestHash)
            {
                return ProblemResults.From(ApplicationErrors.IdempotencyKeyReused, request);
            }

            if (stored.IsPending && stored.ReservedBy == pending.ReservedBy)
            {
                // Our own create landed but its response was lost, and the retry met the record it had written.
                request.HttpContext.Items[StateKey] = pending with { ETag = stored.ETag };
                return null;
            }

            if (stored.IsPending)
            {
                if (time.GetUtcNow() - stored.CreatedAt > ReservationLapse)
                {
                    continue; // another retry took the lapsed reservation over first
                }

                request.HttpContext.Response.Headers.RetryAfter = "1";
                return ProblemResults.From(ApplicationErrors.IdempotencyRequestInProgress, request);
            }

            if (stored.Location is not null)
            {
                request.HttpContext.Response.Headers.Location = stored.Location;
            }

            request.HttpContext.Response.Headers["Idempotent-Replayed"] = "true";
            return new RawJsonResponse(stored.Body, stored.StatusCode);
        }

        request.HttpContext.Response.Headers.RetryAfter = "1";
        return ProblemResults.From(ApplicationErrors.IdempotencyRequestInProgress, request);
    }

    /// <summary>
    /// Writes a reservation whatever happens to the request meanwhile (a client that disconnects must not cancel a
    /// write the store may already have made). If the write fails, a reservation it may have left is removed, so
    /// the key is not blocked until it lapses; then the failure goes on (503 for an outage).
    /// </summary>
    private async Task<string?> ReserveAsync(Func<Task<string?>> write, IdempotencyRecord pending)
    {
        try
        {
            return await write();
        }
        catch
        {
            await TryRemoveOwnReservationAsync(pending);
            throw;
        }
    }

    private async Task TryRemoveOwnReservationAsync(IdempotencyRecord pending)
    {
        try
        {
            if (await store.FindAsync(pending.ClinicId, pending.Id, CancellationToken.None) is { IsPending: true } left
                && left.ReservedBy == pending.ReservedBy)
            {
                await store.ReleaseAsync(pending.ClinicId, pending.Id, left.ETag!, CancellationToken.None);
            }
        }
        catch (Exception)
        {
            // The store is failing too: the reservation, if any, lapses after ReservationLapse.
        }
    }

    /// <summary>
    /// Keeps the function's response for retries, or releases the key when the response invites a retry or the
    /// function produced none (it failed).
    /// </summary>
    public async Task RememberAsync(HttpRequest request, IActionResult? result, CancellationToken cancellationToken)
    {
        if (request.HttpContext.Items[StateKey] is not IdempotencyRecord reservation)
        {
            return;
        }

        request.HttpContext.Items.Remove(StateKey);
        if (result is not JsonResponse response || InvitesRetry(response))
        {
            await store.ReleaseAsync(reservation.ClinicId, reservation.Id, reservation.ETag!, cancellationToken);
            return;
        }

        var location = request.HttpContext.Response.Headers.Location.ToString();
        await store.TryReplaceAsync(reservation with
        {
            StatusCode = response.StatusCode,
            Body = response.ToJson(),
            Location = location.Length > 0 ? location : null,
        }, reservation.ETag!, cancellationToken);
    }

    /// <summary>Answers a client should retry: storing them would replay a transient failure for seven days.</summary>
    public static bool InvitesRetry(JsonResponse response) =>
        response.StatusCode is StatusCodes.Status429TooManyRequests or >= 500
        || (response.StatusCode == StatusCodes.Status409Conflict && response.ProblemCode is ErrorCodes.ConcurrencyConflict or ErrorCodes.IdempotencyRequestInProgress);

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
