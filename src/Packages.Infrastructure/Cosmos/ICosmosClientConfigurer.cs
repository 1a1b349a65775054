using Microsoft.Azure.Cosmos;

namespace Packages.Infrastructure.Cosmos;

/// <summary>
/// A hook to adjust the client options before the one <see cref="CosmosClient"/> is built.
/// Production registers none; the local host and tests register one for the local Cosmos-API server.
/// </summary>
public interface ICosmosClientConfigurer
{
    void Configure(CosmosClientOptions options);
}
