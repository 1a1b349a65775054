using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.DependencyInjection;
using Packages.Application.Ports;
using Packages.Infrastructure.Cosmos;
using Packages.Infrastructure.Cosmos.Stores;

namespace Packages.Infrastructure;

public static class DependencyInjection
{
    /// <summary>Registers the single CosmosClient and the Cosmos-backed stores.</summary>
    public static IServiceCollection AddCosmosPersistence(this IServiceCollection services, CosmosSettings settings)
    {
        services.AddSingleton(settings);
        services.AddSingleton(sp => CosmosClientFactory.Create(settings, sp.GetServices<ICosmosClientConfigurer>()));
        services.AddSingleton<PackagesContainer>();
        services.AddSingleton<IClinicStore, CosmosClinicStore>();
        services.AddSingleton<IOfferStore, CosmosOfferStore>();
        services.AddSingleton<IPackageStore, CosmosPackageStore>();
        services.AddSingleton<IIdempotencyStore, CosmosIdempotencyStore>();
        return services;
    }
}
