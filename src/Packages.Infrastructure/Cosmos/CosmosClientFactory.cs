using Azure.Identity;
using Microsoft.Azure.Cosmos;

namespace Packages.Infrastructure.Cosmos;

/// <summary>Builds the single <see cref="CosmosClient"/> the app shares (it is thread-safe and pools connections).</summary>
public static class CosmosClientFactory
{
    public static CosmosClient Create(CosmosSettings settings, IEnumerable<ICosmosClientConfigurer> configurers)
    {
        var options = new CosmosClientOptions
        {
            ApplicationName = "PackagesFunctions",
            UseSystemTextJsonSerializerWithOptions = CosmosJson.Options,
            EnableContentResponseOnWrite = false,

            // Throttling is retried once, by the resilience pipeline (honouring Retry-After), not also here.
            MaxRetryAttemptsOnRateLimitedRequests = 0,
        };
        foreach (var configurer in configurers)
        {
            configurer.Configure(options);
        }

        if (!string.IsNullOrWhiteSpace(settings.ConnectionString))
        {
            return new CosmosClient(settings.ConnectionString, options);
        }

        if (!string.IsNullOrWhiteSpace(settings.AccountEndpoint))
        {
            return new CosmosClient(settings.AccountEndpoint, new DefaultAzureCredential(), options);
        }

        throw new InvalidOperationException(
            "Cosmos is not configured: set Cosmos__accountEndpoint (managed identity) or, locally, Cosmos__connectionString.");
    }
}
