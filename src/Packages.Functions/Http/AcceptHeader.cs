using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Packages.Functions.Http;

/// <summary>Content negotiation for routes that answer JSON by default and another format on request (a PDF receipt, a CSV report).</summary>
public static class AcceptHeader
{
    /// <summary>
    /// Whether the Accept header names <paramref name="mediaType"/> and prefers it to JSON (a higher q, or listed first at the
    /// same q); JSON also stands behind */* and application/*, so a browser's Accept gets JSON. Media types compare case-insensitively.
    /// </summary>
    public static bool Prefers(HttpRequest request, string mediaType) =>
        MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted)
        && accepted.Where(a => (a.Quality ?? 1) > 0)
            .Select(a => (Other: string.Equals(a.MediaType.Value, mediaType, StringComparison.OrdinalIgnoreCase),
                Json: a.MediaType.Value?.ToLowerInvariant() is "application/json" or "application/*" or "*/*", Quality: a.Quality ?? 1))
            .Where(a => a.Other || a.Json)
            .OrderByDescending(a => a.Quality)
            .FirstOrDefault() is { Other: true };
}
