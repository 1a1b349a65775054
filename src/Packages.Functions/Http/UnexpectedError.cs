using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Packages.Functions.Http;

/// <summary>The 500 answer to a failure nobody expected: a problem document with no internals.</summary>
public static class UnexpectedError
{
    public static async Task WriteAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status500InternalServerError;
        context.Response.ContentType = "application/problem+json";
        await JsonSerializer.SerializeAsync(context.Response.Body, new
        {
            type = ProblemResults.TypePrefix + "internal-error",
            title = "An unexpected error occurred.",
            status = 500,
            instance = context.Request.Path.Value,
            code = "internal-error",
        }, ApiJson.Options);
    }
}
