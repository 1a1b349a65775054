using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Packages.Functions.Security;

namespace Packages.Functions.Http.Documentation;

/// <summary>Serves docs/openapi.json (embedded at build), the API's contract.</summary>
public sealed class OpenApiDocumentFunction
{
    private static readonly Lazy<string> Document = new(() =>
    {
        using var stream = typeof(OpenApiDocumentFunction).Assembly.GetManifestResourceStream("openapi.json")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    [Function("GetOpenApiDocument")]
    [ApiOperation("Service", "This document: the API's OpenAPI 3.1 contract", ResponseDescription = "the OpenAPI document")]
    [PublicEndpoint]
    public IActionResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "openapi.json")] HttpRequest request) =>
        new RawJsonResponse(Document.Value, StatusCodes.Status200OK);
}
