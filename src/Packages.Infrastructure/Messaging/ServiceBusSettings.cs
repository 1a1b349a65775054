using Azure.Identity;
using Azure.Messaging.ServiceBus;

namespace Packages.Infrastructure.Messaging;

/// <summary>
/// The Service Bus namespace, as the trigger's "ServiceBus" connection names it: in Azure
/// ServiceBus__fullyQualifiedNamespace (managed identity), locally a connection string in ServiceBus.
/// </summary>
public sealed record ServiceBusSettings(string? ConnectionString, string? FullyQualifiedNamespace, string EventsTopicName)
{
    public const string DefaultEventsTopic = "package-events";

    public bool IsConfigured => ConnectionString is not null || FullyQualifiedNamespace is not null;

    public ServiceBusClient CreateClient() =>
        ConnectionString is not null ? new ServiceBusClient(ConnectionString)
        : FullyQualifiedNamespace is not null ? new ServiceBusClient(FullyQualifiedNamespace, new DefaultAzureCredential())
        : throw new InvalidOperationException(
            "Service Bus is not configured: set ServiceBus__fullyQualifiedNamespace (managed identity) or, locally, ServiceBus.");
}
