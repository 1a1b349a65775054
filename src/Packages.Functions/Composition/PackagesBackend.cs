using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Packages.Application.Clinics;
using Packages.Application.Expiry;
using Packages.Application.Imports;
using Packages.Application.Outbox;
using Packages.Application.Offers;
using Packages.Application.Packages;
using Packages.Application.Payments;
using Packages.Functions.Http;
using Packages.Functions.Security;
using Packages.Infrastructure;
using Packages.Infrastructure.Cosmos;
using Packages.Infrastructure.Messaging;
using Packages.Infrastructure.Resilience;

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
        services.AddCosmosPersistence(ReadCosmosSettings(configuration), ReadResilienceOptions(configuration));
        services.AddServiceBusEventPublishing(ReadServiceBusSettings(configuration));

        services.AddSingleton(ReadAuthSettings(configuration));
        services.AddSingleton<BearerTokenAuthenticator>();
        services.AddSingleton<HttpAccessGate>();
        services.AddSingleton<IdempotentRequests>();
        services.AddSingleton<HttpFunctionPipeline>();

        services.AddSingleton<PackageWriter>();
        services.AddSingleton<PackageUpdater>();
        services.AddSingleton<OfferUpdater>();
        foreach (var useCase in UseCases)
        {
            services.AddSingleton(useCase);
        }

        return services;
    }

    /// <summary>Every use case class, one per file in the application layer.</summary>
    private static readonly Type[] UseCases =
    [
        typeof(RegisterClinic), typeof(CreateOffer), typeof(ReviseOffer), typeof(ArchiveOffer), typeof(GetOffer), typeof(ListOffers),
        typeof(SellPackage), typeof(GetPackage), typeof(ListClientPackages), typeof(GetPackageHistory), typeof(GetReceipt),
        typeof(RedeemSession), typeof(RedeemForClient), typeof(ReverseRedemption), typeof(ChangeExpiry), typeof(CancelPackage),
        typeof(DeletePackage), typeof(ImportPackages), typeof(RecordPayment), typeof(ExpirePackages), typeof(DispatchOutbox),
    ];

    public static AuthSettings ReadAuthSettings(IConfiguration configuration)
    {
        var section = configuration.GetSection("Auth");
        return new AuthSettings
        {
            Authority = section["authority"],
            Audience = section["audience"] ?? AuthSettings.DefaultAudience,
            SigningKey = section["signingKey"],
        };
    }

    public static ServiceBusSettings ReadServiceBusSettings(IConfiguration configuration)
    {
        var connection = configuration["ServiceBus"];
        return new ServiceBusSettings(
            string.IsNullOrWhiteSpace(connection) ? null : connection,
            configuration["ServiceBus:fullyQualifiedNamespace"],
            configuration["EventsTopicName"] ?? ServiceBusSettings.DefaultEventsTopic);
    }

    public static CosmosResilienceOptions ReadResilienceOptions(IConfiguration configuration)
    {
        var section = configuration.GetSection("Cosmos:resilience");
        var defaults = new CosmosResilienceOptions();
        return defaults with
        {
            MaxRetryAttempts = int.TryParse(section["maxRetryAttempts"], out var retries) ? retries : defaults.MaxRetryAttempts,
            ChaosInjectionRate = double.TryParse(section["chaosInjectionRate"], System.Globalization.CultureInfo.InvariantCulture, out var rate) ? rate : 0,
        };
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
