using System.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace Packages.Functions.Diagnostics;

/// <summary>
/// One id that ties an HTTP request's log lines, its response and the caller's own logs together:
/// the caller's X-Correlation-Id when it sends a sane one, else the W3C trace id; echoed on the response.
/// </summary>
public static class CorrelationId
{
    public const string HeaderName = "X-Correlation-Id";

    public static string Establish(HttpContext context)
    {
        var sent = context.Request.Headers[HeaderName].ToString();
        var id = sent is { Length: > 0 and <= 100 } && sent.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')
            ? sent
            : Activity.Current?.TraceId.ToString() ?? context.TraceIdentifier;
        context.Response.Headers[HeaderName] = id;
        return id;
    }
}
