using Packages.Infrastructure.Cosmos.Stores;
using Microsoft.Azure.Cosmos;
using Packages.Infrastructure.Cosmos;
using Packages.Infrastructure.Resilience;
using Packages.LocalCosmos;

namespace Packages.IntegrationTests.Infrastructure;

/// <summary>
/// One real local Cosmos-API server for the whole test assembly, on a free loopback port, killed by
/// PID at the end. Each test class gets its own database so tests never see each other's data.
/// </summary>
public sealed class CosmosServerFixture : IAsyncLifetime
{
    private readonly List<CosmosClient> _clients = [];

    public LocalCosmosServer Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await LocalCosmosServer.StartAsync();

    public async Task DisposeAsync()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }

        await Server.DisposeAsync();
    }

    public CosmosSettings NewDatabaseSettings() => new()
    {
        ConnectionString = Server.ConnectionString,
        DatabaseName = "test-" + Guid.NewGuid().ToString("N")[..12],
    };

    /// <summary>A client and container for a fresh database, created on the server.</summary>
    /// <summary>The production package store over <paramref name="container"/>, with metrics and a silent logger.</summary>
    public static CosmosPackageStore PackageStore(PackagesContainer container) =>
        new(container, new Packages.Application.Diagnostics.PackagesMetrics(), Microsoft.Extensions.Logging.Abstractions.NullLogger<CosmosPackageStore>.Instance);

    public async Task<PackagesContainer> NewContainerAsync(CosmosResilienceOptions? resilience = null, params ICosmosClientConfigurer[] configurers)
    {
        var settings = NewDatabaseSettings();
        var client = CosmosClientFactory.Create(settings, [Server.ClientConfigurer, .. configurers]);
        _clients.Add(client);
        var container = new PackagesContainer(client, settings, CosmosResilience.CreateRegistry(resilience ?? new CosmosResilienceOptions()));
        await container.EnsureCreatedAsync(CancellationToken.None);
        return container;
    }
}

[CollectionDefinition(Name)]
public sealed class CosmosCollection : ICollectionFixture<CosmosServerFixture>
{
    public const string Name = "cosmos";
}
