namespace Packages.IntegrationTests.Infrastructure;

/// <summary>
/// Between the tests and the local host: every response to an /api call is checked against the committed
/// OpenAPI document (<see cref="OpenApiContract"/>), so each end-to-end test also proves the contract.
/// </summary>
public sealed class ContractValidatingHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (request.RequestUri?.AbsolutePath.StartsWith("/api/", StringComparison.Ordinal) != true)
        {
            return response;
        }

        await response.Content.LoadIntoBufferAsync(cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (body.Length > 0 && OpenApiContract.Committed.Check(
            request.Method.Method, request.RequestUri.AbsolutePath, (int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, body) is { } violation)
        {
            throw new ContractViolationException(violation);
        }

        return response;
    }
}

public sealed class ContractViolationException(string message) : Exception(message);
