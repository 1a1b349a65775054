namespace Packages.LocalHost.ServiceBus;

/// <summary>What happened to one message posted to the local Service Bus endpoint.</summary>
public sealed record DeliveryReport(
    string MessageId,
    string Queue,
    Settlement Settlement,
    int DeliveryCount,
    string? DeadLetterReason,
    string? DeadLetterErrorDescription);
