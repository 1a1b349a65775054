using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Packages.Domain.Common;

namespace Packages.Functions.Http;

/// <summary>Maps a use case's result to a response: the value on success, problem details otherwise.</summary>
public static class ApiResults
{
    public static IActionResult Ok<T>(Result<T> result, HttpRequest request, Func<T, object> toBody) =>
        result.IsSuccess
            ? new JsonResponse(toBody(result.Value), StatusCodes.Status200OK)
            : ProblemResults.From(result.Error!, request);

    public static IActionResult Created<T>(Result<T> result, HttpRequest request, Func<T, object> toBody, Func<T, string> location)
    {
        if (!result.IsSuccess)
        {
            return ProblemResults.From(result.Error!, request);
        }

        request.HttpContext.Response.Headers.Location = location(result.Value);
        return new JsonResponse(toBody(result.Value), StatusCodes.Status201Created);
    }
}
