using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Packages.Functions.Http;

/// <summary>
/// Writes a body with the API's own JSON options, whatever MVC's options are, so responses look the
/// same under the Functions host and the local host.
/// </summary>
public sealed class JsonResponse(object body, int statusCode, string contentType = "application/json") : IActionResult
{
    public object Body { get; } = body;

    public int StatusCode { get; } = statusCode;

    /// <summary>The problem's stable code when the body is a problem document (ProblemResults), else null.</summary>
    public string? ProblemCode => Body is ProblemDetails problem && problem.Extensions.TryGetValue("code", out var code) ? code as string : null;

    public string ToJson() => JsonSerializer.Serialize(Body, Body.GetType(), ApiJson.Options);

    public Task ExecuteResultAsync(ActionContext context) => WriteAsync(context.HttpContext);

    /// <summary>Writes the response where no MVC action context exists (middleware, exception handlers).</summary>
    public async Task WriteAsync(HttpContext context)
    {
        var response = context.Response;
        response.StatusCode = StatusCode;
        response.ContentType = contentType + "; charset=utf-8";
        response.Headers.XContentTypeOptions = "nosniff";
        // Responses are small: one buffer with its length goes out in one write, with no chunked framing.
        var bytes = JsonSerializer.SerializeToUtf8Bytes(Body, Body.GetType(), ApiJson.Options);
        response.ContentLength = bytes.Length;
        await response.Body.WriteAsync(bytes, context.RequestAborted);
    }
}
