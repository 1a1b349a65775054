using System.Net;
using Packages.IntegrationTests.Infrastructure;

namespace Packages.IntegrationTests.EndToEnd;

[Collection(CosmosCollection.Name)]
public sealed class HealthTests(CosmosServerFixture cosmos) : IAsyncLifetime
{
    private LocalHostDriver _host = null!;

    public async Task InitializeAsync() => _host = await LocalHostDriver.StartAsync(cosmos);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Health_reports_cosmos_reachable_without_a_token_and_echoes_a_correlation_id()
    {
        using var anonymous = _host.ClientWith(null);
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/health");
        request.Headers.Add("X-Correlation-Id", "probe-42");

        var response = await anonymous.SendAsync(request);
        var body = await _host.JsonAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("healthy", body.GetProperty("status").GetString());
        Assert.Equal("reachable", body.GetProperty("checks").GetProperty("cosmos").GetProperty("status").GetString());
        Assert.Equal("probe-42", response.Headers.GetValues("X-Correlation-Id").Single());
    }
}
