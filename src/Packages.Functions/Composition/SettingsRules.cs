using System.Globalization;
using Microsoft.Extensions.Configuration;
using NCrontab;

namespace Packages.Functions.Composition;

/// <summary>
/// What each setting must look like. <see cref="Check"/> lists every problem, each naming its setting as
/// the app setting an operator types; <see cref="StartupSettingsValidation"/> runs it when the app starts, so a
/// malformed value stops the app instead of being replaced by a default.
/// </summary>
public static class SettingsRules
{
    public const int MaxRetryAttempts = 10;

    /// <param name="localHost">The local host may use a development signing key and has its own Service Bus and events.</param>
    public static IReadOnlyList<string> Check(IConfiguration configuration, bool localHost)
    {
        var problems = new List<string>();
        void Require(bool ok, string key, string rule)
        {
            if (!ok)
            {
                problems.Add($"{AppSettings.AsAppSetting(key)} {rule} (got \"{Shown(key, configuration[key])}\").");
            }
        }

        string? Value(string key) => string.IsNullOrWhiteSpace(configuration[key]) ? null : configuration[key];

        Require(Value(AppSettings.CosmosAccountEndpoint) is null || IsHttpsUrl(Value(AppSettings.CosmosAccountEndpoint)!),
            AppSettings.CosmosAccountEndpoint, "must be the account's https:// endpoint");
        Require(Value(AppSettings.CosmosAccountEndpoint) is not null || Value(AppSettings.CosmosConnectionString) is not null,
            AppSettings.CosmosAccountEndpoint, "must be set (or, locally, Cosmos__connectionString)");
        Require(Value(AppSettings.CosmosConnectionString) is not { } connection || IsCosmosConnectionString(connection),
            AppSettings.CosmosConnectionString, "must read AccountEndpoint=https://…;AccountKey=…;");
        foreach (var key in new[] { AppSettings.CosmosDatabaseName, AppSettings.CosmosContainerName })
        {
            Require(Value(key) is not { } name || IsCosmosName(name), key, "must be 1-255 characters without / \\ # ?");
        }

        Require(configuration[AppSettings.CosmosMaxRetryAttempts] is null || ParseRetries(configuration[AppSettings.CosmosMaxRetryAttempts]) is not null,
            AppSettings.CosmosMaxRetryAttempts, $"must be a whole number from 0 to {MaxRetryAttempts}");
        Require(configuration[AppSettings.CosmosChaosInjectionRate] is null || ParseRate(configuration[AppSettings.CosmosChaosInjectionRate]) is not null,
            AppSettings.CosmosChaosInjectionRate, "must be a number from 0 to 1, e.g. 0.05");

        foreach (var key in new[] { AppSettings.PackageSweepSchedule, AppSettings.OutboxDispatchSchedule })
        {
            Require(Value(key) is { } cron && IsCron(cron), key, "must be a six-field CRON expression (seconds first), e.g. 0 */5 * * * *");
        }

        foreach (var key in new[] { AppSettings.PaymentsQueueName, AppSettings.EventsTopicName })
        {
            Require(Value(key) is { } entity && IsServiceBusEntity(entity), key, "must be a Service Bus entity name: 1-260 letters, digits, . - _ /");
        }

        Require(Value(AppSettings.ServiceBusNamespace) is not { } ns || Uri.CheckHostName(ns) == UriHostNameType.Dns,
            AppSettings.ServiceBusNamespace, "must be the namespace's host name, e.g. sb-x.servicebus.windows.net (no scheme)");
        Require(localHost || Value(AppSettings.ServiceBusNamespace) is not null || Value(AppSettings.ServiceBusConnection) is not null,
            AppSettings.ServiceBusNamespace, "must be set: events are published to this namespace");

        Require(Value(AppSettings.AuthAuthority) is not { } authority || IsHttpsUrl(authority),
            AppSettings.AuthAuthority, "must be the tenant's https:// issuer, e.g. https://login.microsoftonline.com/{tenant-id}/v2.0");
        Require(Value(AppSettings.AuthAuthority) is null || AppSettings.List(configuration, AppSettings.AuthAudience).Length > 0,
            AppSettings.AuthAudience, "must name the API's application (client) id (and optionally its App ID URI), comma-separated");
        Require(AppSettings.List(configuration, AppSettings.AuthAudience).All(a => a.All(c => c is > ' ' and <= '~')),
            AppSettings.AuthAudience, "must be comma-separated audiences without spaces");
        Require(localHost || configuration[AppSettings.AuthSigningKey] is null,
            AppSettings.AuthSigningKey, "is honoured only by the local host: remove it (Azure validates Entra ID tokens)");
        Require(!localHost || configuration[AppSettings.AuthSigningKey] is not { } signingKey || IsSigningKey(signingKey),
            AppSettings.AuthSigningKey, "must be base64 of at least 32 bytes (HS256)");

        Require(configuration[AppSettings.OutboxDispatch] is null or "inline" or "deferred",
            AppSettings.OutboxDispatch, "must be inline or deferred");
        Require(configuration[AppSettings.OutboxRelayGraceSeconds] is null
                || (int.TryParse(configuration[AppSettings.OutboxRelayGraceSeconds], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var grace) && grace <= 3600),
            AppSettings.OutboxRelayGraceSeconds, "must be 0-3600 seconds");
        Require(AppSettings.List(configuration, AppSettings.CorsAllowedOrigins).All(IsOrigin),
            AppSettings.CorsAllowedOrigins, "must be comma-separated origins such as https://app.example.com (scheme and host, no path)");
        return problems;
    }

    public static int? ParseRetries(string? value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= MaxRetryAttempts ? n : null;

    public static double? ParseRate(string? value) =>
        double.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var rate) && rate is >= 0 and <= 1 ? rate : null;

    /// <summary>scheme://host[:port], optionally with a trailing slash: no path, query, fragment or user info.</summary>
    public static bool IsOrigin(string value)
    {
        var separator = value.IndexOf("://", StringComparison.Ordinal);
        var authority = separator < 0 ? "" : value[(separator + 3)..].TrimEnd('/');
        return Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"
            && authority.Length > 0 && authority.IndexOfAny(['/', '?', '#', '@', '\\']) < 0;
    }

    private static bool IsSigningKey(string value)
    {
        var bytes = new byte[value.Length];
        return Convert.TryFromBase64String(value, bytes, out var length) && length >= 32;
    }

    private static bool IsCron(string value) =>
        CrontabSchedule.TryParse(value, new CrontabSchedule.ParseOptions { IncludingSeconds = true }) is not null;

    private static bool IsHttpsUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps && uri.Query.Length == 0 && uri.Fragment.Length == 0;

    /// <summary>AccountEndpoint=an absolute http(s) URL;AccountKey=base64; (other parts are the SDK's business).</summary>
    private static bool IsCosmosConnectionString(string value)
    {
        var parts = value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => p.Split('=', 2))
            .Where(p => p.Length == 2)
            .ToDictionary(p => p[0], p => p[1], StringComparer.OrdinalIgnoreCase);
        return parts.TryGetValue("AccountEndpoint", out var endpoint)
            && Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"
            && parts.TryGetValue("AccountKey", out var key) && key.Length > 0 && Convert.TryFromBase64String(key, new byte[key.Length], out _);
    }

    private static bool IsCosmosName(string value) => value.Length <= 255 && value.IndexOfAny(['/', '\\', '#', '?']) < 0;

    private static bool IsServiceBusEntity(string value) =>
        value.Length <= 260 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or '/');

    /// <summary>The offending value as the message shows it: secrets (keys, connection strings) never.</summary>
    private static string Shown(string key, string? value) =>
        value is null ? ""
        : key.Contains("Key", StringComparison.OrdinalIgnoreCase) || key.Contains("connection", StringComparison.OrdinalIgnoreCase)
          || key == AppSettings.ServiceBusConnection || value.Contains("Key", StringComparison.OrdinalIgnoreCase) ? "(hidden)"
        : value.Length > 80 ? value[..80] + "…" : value;
}
