using Microsoft.Extensions.Configuration;
using Packages.Application.Packages;
using Packages.Functions.Security;
using Packages.Infrastructure.Cosmos;
using Packages.Infrastructure.Messaging;
using Packages.Infrastructure.Resilience;

namespace Packages.Functions.Composition;

/// <summary>
/// Every setting the app reads, named once. Keys use ':' (configuration); as app settings and
/// environment variables they are written with "__" (Cosmos__accountEndpoint). A test checks this list
/// against the Bicep, local.settings.sample.json and the triggers' binding expressions.
/// </summary>
public static class AppSettings
{
    public const string CosmosAccountEndpoint = "Cosmos:accountEndpoint";
    public const string CosmosConnectionString = "Cosmos:connectionString";
    public const string CosmosDatabaseName = "Cosmos:databaseName";
    public const string CosmosContainerName = "Cosmos:containerName";
    public const string CosmosMaxRetryAttempts = "Cosmos:resilience:maxRetryAttempts";
    public const string CosmosChaosInjectionRate = "Cosmos:resilience:chaosInjectionRate";
    public const string ServiceBusConnection = "ServiceBus";
    public const string ServiceBusNamespace = "ServiceBus:fullyQualifiedNamespace";
    public const string PaymentsQueueName = "PaymentsQueueName";
    public const string EventsTopicName = "EventsTopicName";
    public const string PackageSweepSchedule = "PackageSweepSchedule";
    public const string OutboxRelayGraceSeconds = "Outbox:relayGraceSeconds";

    public const string OutboxDispatchSchedule = "OutboxDispatchSchedule";
    public const string AuthAuthority = "Auth:authority";
    public const string AuthAudience = "Auth:audience";
    /// <summary>Read by the local host only; in the Functions host its presence stops the start (SettingsRules).</summary>
    public const string AuthSigningKey = "Auth:signingKey";
    /// <summary>Browser origins allowed by the local host (comma-separated); in Azure the Bicep's allowedOrigins sets the platform's CORS.</summary>
    public const string CorsAllowedOrigins = "Cors:allowedOrigins";
    public const string ApplicationInsightsConnectionString = "APPLICATIONINSIGHTS_CONNECTION_STRING";
    public const string OutboxDispatch = "Outbox:dispatch";

    /// <summary>Where a setting must be given: in Azure (the Bicep sets it), locally (the sample has it), or optional.</summary>
    public enum Scope
    {
        Azure,
        Local,
        Both,
        Optional,
    }

    public static IReadOnlyDictionary<string, Scope> All { get; } = new Dictionary<string, Scope>
    {
        [CosmosAccountEndpoint] = Scope.Azure,
        [CosmosConnectionString] = Scope.Local,
        [CosmosDatabaseName] = Scope.Both,
        [CosmosContainerName] = Scope.Both,
        [CosmosMaxRetryAttempts] = Scope.Optional,
        [CosmosChaosInjectionRate] = Scope.Optional,
        [ServiceBusConnection] = Scope.Local,
        [ServiceBusNamespace] = Scope.Azure,
        [PaymentsQueueName] = Scope.Both,
        [EventsTopicName] = Scope.Both,
        [PackageSweepSchedule] = Scope.Both,
        [OutboxDispatchSchedule] = Scope.Both,
        [AuthAuthority] = Scope.Both,
        [AuthAudience] = Scope.Both,
        [AuthSigningKey] = Scope.Optional,
        [ApplicationInsightsConnectionString] = Scope.Azure,
        [OutboxDispatch] = Scope.Optional,
        [OutboxRelayGraceSeconds] = Scope.Optional,
        [CorsAllowedOrigins] = Scope.Optional,
    };

    /// <summary>The app-setting (environment variable) form of a configuration key.</summary>
    public static string AsAppSetting(string key) => key.Replace(":", "__", StringComparison.Ordinal);

    /// <summary>Whether telemetry should be exported to Application Insights (Azure sets the connection string).</summary>
    public static bool HasApplicationInsights(IConfiguration configuration) =>
        !string.IsNullOrEmpty(configuration[ApplicationInsightsConnectionString]);

    /// <summary>"inline" (default) or "deferred": see <see cref="OutboxOptions"/>.</summary>
    public static OutboxOptions ReadOutbox(IConfiguration configuration) => new(
        configuration[OutboxDispatch] != "deferred",
        int.TryParse(configuration[OutboxRelayGraceSeconds], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
            ? TimeSpan.FromSeconds(seconds)
            : OutboxOptions.DefaultRelayGrace);

    /// <summary>The Entra ID settings; the development key is never read here (see <see cref="PackagesBackend"/>).</summary>
    public static AuthSettings ReadAuth(IConfiguration configuration) => new()
    {
        Authority = Value(configuration, AuthAuthority),
        Audiences = List(configuration, AuthAudience),
    };

    /// <summary>A comma-separated setting as its non-empty, trimmed entries.</summary>
    public static string[] List(IConfiguration configuration, string key) =>
        (configuration[key] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string? Value(IConfiguration configuration, string key) =>
        string.IsNullOrWhiteSpace(configuration[key]) ? null : configuration[key]!.Trim();

    public static ServiceBusSettings ReadServiceBus(IConfiguration configuration) => new(
        string.IsNullOrWhiteSpace(configuration[ServiceBusConnection]) ? null : configuration[ServiceBusConnection],
        configuration[ServiceBusNamespace],
        configuration[EventsTopicName] ?? ServiceBusSettings.DefaultEventsTopic);

    /// <summary>Only values <see cref="SettingsRules"/> accepts reach here: a malformed one stops the start first.</summary>
    public static CosmosResilienceOptions ReadResilience(IConfiguration configuration)
    {
        var defaults = new CosmosResilienceOptions();
        return defaults with
        {
            MaxRetryAttempts = SettingsRules.ParseRetries(configuration[CosmosMaxRetryAttempts]) ?? defaults.MaxRetryAttempts,
            ChaosInjectionRate = SettingsRules.ParseRate(configuration[CosmosChaosInjectionRate]) ?? 0,
        };
    }

    public static CosmosSettings ReadCosmos(IConfiguration configuration)
    {
        var defaults = new CosmosSettings();
        return new CosmosSettings
        {
            AccountEndpoint = configuration[CosmosAccountEndpoint],
            ConnectionString = configuration[CosmosConnectionString],
            DatabaseName = configuration[CosmosDatabaseName] ?? defaults.DatabaseName,
            ContainerName = configuration[CosmosContainerName] ?? defaults.ContainerName,
        };
    }
}
