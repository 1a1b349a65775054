using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Packages.Application.Clinics;
using Packages.Application.Expiry;
using Packages.Application.Offers;
using Packages.Application.Packages;
using Packages.Application.Payments;
using Packages.Infrastructure;
using Packages.Infrastructure.Cosmos;

namespace Packages.Functions.Composition;

/// <summary>
/// The one composition root, shared by Program.cs (Functions host) and the local host, so both run
/// the same services. Hosts may add ICosmosClientConfigurer or replace TimeProvider before calling it.
/// </summary>
public static class PackagesBackend
{
    public static IServiceCollection AddPackagesBackend(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddCosmosPersistence(ReadCosmosSettings(configuration));

        services.AddSingleton<PackageUpdater>();
        services.AddSingleton<RegisterClinic>();
        services.AddSingleton<CreateOffer>();
        services.AddSingleton<SellPackage>();
        services.AddSingleton<GetPackage>();
        services.AddSingleton<RedeemSession>();
        services.AddSingleton<RecordPayment>();
        services.AddSingleton<ExpirePackages>();
        return services;
    }

    public static CosmosSettings ReadCosmosSettings(IConfiguration configuration)
    {
        var section = configuration.GetSection("Cosmos");
        var defaults = new CosmosSettings();
        return new CosmosSettings
        {
            AccountEndpoint = section["accountEndpoint"],
            ConnectionString = section["connectionString"],
            DatabaseName = section["databaseName"] ?? defaults.DatabaseName,
            ContainerName = section["containerName"] ?? defaults.ContainerName,
        };
    }
}
