using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Packages.Domain.Common;

namespace Packages.Functions.Http;

/// <summary>
/// Reads a request body as JSON. Malformed, oversized or mistyped bodies become validation errors
/// naming the offending field (400), never exceptions.
/// </summary>
public static class JsonBody
{
    public const int MaxBytes = 64 * 1024;

    /// <summary>Reads the body and hands it to <paramref name="handle"/>, or answers the validation problem.</summary>
    public static async Task<IActionResult> HandleAsync<T>(
        HttpRequest request, CancellationToken cancellationToken, Func<T, Task<IActionResult>> handle, int maxBytes = MaxBytes,
        JsonSerializerOptions? options = null)
        where T : class
    {
        var body = await ReadAsync<T>(request, maxBytes, cancellationToken, options);
        return body.IsSuccess ? await handle(body.Value) : ProblemResults.From(body.Error!, request);
    }

    public static Task<Result<T>> ReadAsync<T>(HttpRequest request, CancellationToken cancellationToken)
        where T : class => ReadAsync<T>(request, MaxBytes, cancellationToken);

    public static async Task<Result<T>> ReadAsync<T>(
        HttpRequest request, int maxBytes, CancellationToken cancellationToken, JsonSerializerOptions? options = null)
        where T : class
    {
        if (request.ContentLength > maxBytes)
        {
            return TooLarge(maxBytes);
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return TooLarge(maxBytes);
            }

            buffer.Write(chunk, 0, read);
        }

        if (buffer.Length == 0)
        {
            return DomainError.Validation("body", "Send a JSON object as the request body.");
        }

        return Deserialize<T>(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), options ?? ApiJson.Options);
    }

    /// <summary>Strict deserialization: any JSON that is not exactly the expected shape is a validation error naming the field.</summary>
    public static Result<T> Deserialize<T>(ReadOnlySpan<byte> json, JsonSerializerOptions options)
        where T : class
    {
        try
        {
            var value = JsonSerializer.Deserialize<T>(json, options);
            return value is null ? DomainError.Validation("body", "Send a JSON object, not null.") : value;
        }
        catch (JsonException e)
        {
            return JsonErrors.ToValidationError(e);
        }
    }

    private static DomainError TooLarge(int maxBytes) =>
        DomainError.Validation("body", $"The body must be at most {maxBytes} bytes.");
}
