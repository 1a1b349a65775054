using System.Net;
using Microsoft.AspNetCore.Builder;
using Packages.IntegrationTests.Infrastructure;

namespace Packages.IntegrationTests.EndToEnd;

/// <summary>Browser frontends: only the configured origins get CORS headers (Azure: the Bicep's allowedOrigins on the platform).</summary>
[Collection(CosmosCollection.Name)]
public sealed class CorsTests(CosmosServerFixture cosmos) : IAsyncLifetime
{
    private const string Frontend = "https://clinic.example.com";
    private LocalHostDriver _host = null!;

    public async Task InitializeAsync() =>
        _host = await LocalHostDriver.StartAsync(cosmos, builder => builder.Configuration["Cors:allowedOrigins"] = Frontend);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_configured_origin_passes_the_preflight_of_a_post_with_a_token()
    {
        var response = await PreflightAsync(Frontend);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(Frontend, response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("POST", response.Headers.GetValues("Access-Control-Allow-Methods").Single());
        Assert.False(response.Headers.Contains("Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task Any_other_origin_gets_no_cors_headers()
    {
        var response = await PreflightAsync("https://evil.example.net");

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    private Task<HttpResponseMessage> PreflightAsync(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/api/clinics/maple-physio/offers");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,idempotency-key");
        return _host.ClientWith(null).SendAsync(request);
    }
}
