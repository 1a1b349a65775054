using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Packages.Functions.Http;

/// <summary>A binary document (a PDF receipt) sent as an attachment; written directly, as the other responses are, in both hosts.</summary>
public sealed class DocumentResponse(byte[] content, string mediaType, string fileName) : IActionResult
{
    public async Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = mediaType;
        response.ContentLength = content.Length;
        response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
        response.Headers.XContentTypeOptions = "nosniff";
        await response.Body.WriteAsync(content, context.HttpContext.RequestAborted);
    }
}
