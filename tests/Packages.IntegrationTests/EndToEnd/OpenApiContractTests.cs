using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Packages.IntegrationTests.Infrastructure;

namespace Packages.IntegrationTests.EndToEnd;

/// <summary>The served OpenAPI document and the function routes must describe the same API.</summary>
[Collection(CosmosCollection.Name)]
public sealed partial class OpenApiContractTests(CosmosServerFixture cosmos) : IAsyncLifetime
{
    private LocalHostDriver _host = null!;

    public async Task InitializeAsync() => _host = await LocalHostDriver.StartAsync(cosmos);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Every_function_route_is_in_the_document_and_every_documented_route_exists()
    {
        using var anonymous = _host.ClientWith(null);
        var response = await anonymous.GetAsync("/api/openapi.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        var documented = document.RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => $"{op.Name.ToUpperInvariant()} {path.Name}"))
            .Order(StringComparer.Ordinal).ToArray();
        var implemented = RouteCatalog.All.Select(r => $"{r.Method} /api/{r.Template}").Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(implemented, documented);
    }

    [Fact]
    public async Task Every_documented_operation_declares_its_path_parameters_and_is_named_after_its_function()
    {
        using var document = JsonDocument.Parse(await (await _host.ClientWith(null).GetAsync("/api/openapi.json")).Content.ReadAsStringAsync());

        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject())
        {
            var placeholders = Placeholder().Matches(path.Name).Select(m => m.Groups[1].Value).Order().ToArray();
            foreach (var operation in path.Value.EnumerateObject())
            {
                var declared = operation.Value.TryGetProperty("parameters", out var parameters)
                    ? parameters.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "path").Select(p => p.GetProperty("name").GetString()!).Order().ToArray()
                    : [];
                Assert.Equal(placeholders, declared);
                var function = RouteCatalog.All.Single(r => $"/api/{r.Template}" == path.Name && r.Method == operation.Name.ToUpperInvariant()).Function;
                Assert.Equal(function, operation.Value.GetProperty("operationId").GetString());
            }
        }
    }

    [GeneratedRegex(@"\{([A-Za-z]+)\}")]
    private static partial Regex Placeholder();
}
