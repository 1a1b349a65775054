using Packages.Domain.Common;
using Microsoft.AspNetCore.Http;
using Packages.Application.Packages;
using Packages.Infrastructure.Resilience;

namespace Packages.Functions.Http;

/// <summary>
/// The answer to a failure that escaped the use case, without internals: 503 (with Retry-After) when a
/// dependency stayed unavailable or throttled after the retries, 500 for anything else.
/// </summary>
public static class UnexpectedError
{
    public static async Task WriteAsync(HttpContext context, Exception? exception)
    {
        if (exception is OutboxFullException)
        {
            context.Response.Headers.RetryAfter = "60";
            await ProblemResults.Problem(StatusCodes.Status503ServiceUnavailable, ErrorCodes.EventBacklog,
                "This package's events are waiting to be published; it accepts changes again once they are sent.",
                "Retry after the indicated delay.", context.Request.Path.Value).WriteAsync(context);
            return;
        }

        var transient = exception is not null && TransientFailures.IsTransient(exception);
        var status = transient ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError;
        if (transient)
        {
            var wait = TransientFailures.RetryAfter(exception) ?? TimeSpan.FromSeconds(1);
            context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var code = transient ? ErrorCodes.ServiceUnavailable : ErrorCodes.InternalError;
        var title = transient ? "The service is busy or briefly unavailable; retry after the indicated delay." : "An unexpected error occurred.";
        var detail = transient
            ? "A dependency stayed unavailable or throttled through the retries; nothing was changed by this failure. Retry after Retry-After."
            : "The request failed unexpectedly; report the X-Correlation-Id of this response.";
        await ProblemResults.Problem(status, code, title, detail, context.Request.Path.Value).WriteAsync(context);
    }
}
