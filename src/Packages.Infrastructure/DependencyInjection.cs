using Microsoft.Azure.Cosmos;
using Azure.Messaging.ServiceBus;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Packages.Infrastructure.Messaging;
using Polly;
using Packages.Application.Ports;
using Packages.Infrastructure.Cosmos;
using Packages.Infrastructure.Cosmos.Stores;
using Packages.Infrastructure.Resilience;

namespace Packages.Infrastructure;

public static class DependencyInjection
{
    /// <summary>Registers the single CosmosClient and the Cosmos-backed stores.</summary>
    public static IServiceCollection AddCosmosPersistence(
        this IServiceCollection services, CosmosSettings settings, CosmosResilienceOptions resilience)
    {
        services.AddSingleton(settings);
        services.AddResiliencePipeline(CosmosResilience.PipelineName, builder => CosmosResilience.Configure(builder, resilience));
        services.AddSingleton(sp => CosmosClientFactory.Create(settings, sp.GetServices<ICosmosClientConfigurer>()));
        services.AddSingleton<PackagesContainer>();
        services.AddSingleton<IClinicStore, CosmosClinicStore>();
        services.AddSingleton<IOfferStore, CosmosOfferStore>();
        services.AddSingleton<IPackageStore, CosmosPackageStore>();
        services.AddSingleton<IIdempotencyStore, CosmosIdempotencyStore>();
        services.AddSingleton<IAppointmentClaims, CosmosAppointmentClaims>();
        services.AddSingleton<IUnpaidPurchases, CosmosUnpaidPurchases>();
        services.AddSingleton<ILiabilityLedger, CosmosLiabilityLedger>();
        services.AddSingleton<IMembershipPeriods, CosmosMembershipPeriods>();
        return services;
    }

    /// <summary>Publishes package events to the Service Bus topic, unless the host registered its own publisher.</summary>
    public static IServiceCollection AddServiceBusEventPublishing(this IServiceCollection services, ServiceBusSettings settings)
    {
        services.TryAddSingleton(_ => settings.CreateClient());
        services.TryAddSingleton<IEventPublisher>(sp =>
            new ServiceBusEventPublisher(sp.GetRequiredService<ServiceBusClient>().CreateSender(settings.EventsTopicName)));
        return services;
    }
}
