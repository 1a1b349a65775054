using Packages.Domain.Common;
using Packages.Functions.Http;

namespace Packages.LocalHost.Http;

/// <summary>
/// Every error the local host answers is an RFC 9457 problem, including the ones no function produced:
/// an unmatched route (404), a wrong method (405), a request line or headers beyond the limits (414, 431).
/// Kestrel's own limits are set far above ours so that such requests reach this middleware and get a body;
/// only requests beyond Kestrel's raised limits, or malformed at the HTTP level, are refused by Kestrel itself.
/// </summary>
public static class ProblemStatusPages
{
    public const int MaxRequestTargetLength = 8 * 1024;
    public const int MaxHeaderBytes = 32 * 1024;

    /// <summary>What Kestrel accepts, so that requests between our limits and these still get a problem body.</summary>
    public const int KestrelRequestLineLimit = 1024 * 1024;
    public const int KestrelHeadersLimit = 1024 * 1024;

    public static void UseProblemStatusPages(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var target = context.Request.Path.Value?.Length + context.Request.QueryString.Value?.Length;
            if (target > MaxRequestTargetLength)
            {
                await WriteAsync(context, StatusCodes.Status414UriTooLong, ErrorCodes.UriTooLong, $"The request target must be at most {MaxRequestTargetLength} characters.");
                return;
            }

            var headerBytes = context.Request.Headers.Sum(h => h.Key.Length + h.Value.Sum(v => v?.Length ?? 0) + 4);
            if (headerBytes > MaxHeaderBytes)
            {
                await WriteAsync(context, StatusCodes.Status431RequestHeaderFieldsTooLarge, ErrorCodes.HeadersTooLarge, $"The request headers must be at most {MaxHeaderBytes} bytes.");
                return;
            }

            await next(context);
        });
        app.UseStatusCodePages(async status =>
        {
            var context = status.HttpContext;
            var (code, detail) = context.Response.StatusCode switch
            {
                StatusCodes.Status404NotFound => (ErrorCodes.RouteNotFound, "No function answers this path; see /api/openapi.json."),
                StatusCodes.Status405MethodNotAllowed => (ErrorCodes.MethodNotAllowed, "This path does not answer this method; see /api/openapi.json."),
                StatusCodes.Status400BadRequest => (ErrorCodes.BadRequest, "The request is malformed at the HTTP level."),
                _ => (ErrorCodes.HttpError, "The request could not be served."),
            };
            await WriteAsync(context, context.Response.StatusCode, code, detail);
        });
    }

    private static Task WriteAsync(HttpContext context, int status, string code, string detail) =>
        ProblemResults.Problem(status, code, detail, detail, context.Request.Path.Value is { Length: <= 200 } path ? path : null).WriteAsync(context);
}
