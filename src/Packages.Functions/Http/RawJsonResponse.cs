using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Packages.Functions.Http;

/// <summary>A stored JSON response sent again as it was first sent.</summary>
public sealed class RawJsonResponse(string json, int statusCode) : IActionResult
{
    public async Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        response.StatusCode = statusCode;
        response.ContentType = (statusCode >= 400 ? "application/problem+json" : "application/json") + "; charset=utf-8";
        response.Headers.XContentTypeOptions = "nosniff";
        await response.WriteAsync(json, context.HttpContext.RequestAborted);
    }
}
