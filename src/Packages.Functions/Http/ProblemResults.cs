using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Packages.Domain.Common;

namespace Packages.Functions.Http;

/// <summary>
/// The one place expected errors become RFC 9457 problem details. The "type" is stable per error code
/// and documented in docs/problems.md; validation problems list the offending fields under "errors".
/// </summary>
public static class ProblemResults
{
    public const string TypePrefix = "urn:packages:problem:";

    public static IActionResult From(DomainError error, HttpRequest? request = null) =>
        Problem(StatusFor(error.Kind), error.Code, TitleFor(error.Kind), error.Detail, request?.Path.Value, error.FieldErrors);

    /// <summary>A problem document with a stable <paramref name="code"/>; also for answers no use case gives (500, 503, 404 routes).</summary>
    public static JsonResponse Problem(
        int status, string code, string title, string? detail, string? instance, IReadOnlyDictionary<string, string[]>? fieldErrors = null)
    {
        var problem = new ProblemDetails
        {
            Type = TypePrefix + code,
            Title = title,
            Status = status,
            Detail = detail,
            Instance = instance,
        };
        problem.Extensions["code"] = code;
        if (fieldErrors is { Count: > 0 } fields)
        {
            problem.Extensions["errors"] = fields;
        }

        return new JsonResponse(problem, status, "application/problem+json");
    }

    public static int StatusFor(ErrorKind kind) => kind switch
    {
        ErrorKind.Validation => StatusCodes.Status400BadRequest,
        ErrorKind.NotFound => StatusCodes.Status404NotFound,
        ErrorKind.Conflict => StatusCodes.Status409Conflict,
        ErrorKind.Unprocessable => StatusCodes.Status422UnprocessableEntity,
        ErrorKind.Unauthenticated => StatusCodes.Status401Unauthorized,
        ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
        _ => StatusCodes.Status500InternalServerError,
    };

    private static string TitleFor(ErrorKind kind) => kind switch
    {
        ErrorKind.Validation => "The request is invalid.",
        ErrorKind.NotFound => "Not found.",
        ErrorKind.Conflict => "The request conflicts with the current state.",
        ErrorKind.Unprocessable => "The request cannot be processed.",
        ErrorKind.Unauthenticated => "Authentication is required.",
        ErrorKind.Forbidden => "Not allowed.",
        _ => "Error.",
    };
}
