using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Packages.Domain.Common;

namespace Packages.Functions.Http;

/// <summary>
/// A GET answered as JSON by default and as a document (a PDF receipt, a CSV report) when <c>Accept</c> prefers its media
/// type: one URL, two formats, private data, so caches key on Accept and keep nothing shared.
/// </summary>
public static class AlternateFormat
{
    /// <param name="contentType">The response's Content-Type when it says more than <paramref name="mediaType"/> (a charset).</param>
    public static IActionResult Respond<T, TResponse>(
        HttpRequest request, Result<T> result, Func<T, TResponse> toResponse, string mediaType, Func<TResponse, byte[]> render, Func<TResponse, string> fileName,
        string? contentType = null)
        where TResponse : notnull
    {
        request.HttpContext.Response.Headers.Vary = "Accept";
        request.HttpContext.Response.Headers.CacheControl = "private, no-store";
        if (result.IsSuccess && AcceptHeader.Prefers(request, mediaType))
        {
            var response = toResponse(result.Value);
            return new DocumentResponse(render(response), contentType ?? mediaType, fileName(response));
        }

        return ApiResults.Ok(result, request, value => toResponse(value));
    }
}
