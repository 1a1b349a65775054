using System.Text.Json;
using Microsoft.Extensions.Configuration.Memory;
using System.Text.Json.Serialization;
using Packages.Functions.Composition;
using Packages.Functions.Http;
using Packages.Infrastructure.Cosmos;
using Packages.LocalCosmos;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Packages.Application.Ports;
using Packages.LocalHost.Events;
using Packages.LocalHost.Functions;
using Packages.LocalHost.Http;
using Packages.LocalHost.Security;
using Packages.LocalHost.ServiceBus;
using Packages.LocalHost.Timers;

namespace Packages.LocalHost;

/// <summary>
/// Builds the local host: the Functions app's own composition root plus local stand-ins for the
/// Functions host (HTTP routing, Service Bus delivery, timers). When no Cosmos connection is configured,
/// it starts the in-memory Cosmos-API server and stops it on shutdown.
/// </summary>
public static class LocalHostApp
{
    /// <summary>The local host's defaults, below every other configuration source (files, environment, arguments).</summary>
    public static IReadOnlyDictionary<string, string?> EmbeddedDefaults { get; } = new Dictionary<string, string?>
    {
        [AppSettings.PaymentsQueueName] = "payments",
        [AppSettings.EventsTopicName] = "package-events",
        [AppSettings.PackageSweepSchedule] = "0 */5 * * * *",
        [AppSettings.OutboxDispatchSchedule] = "0 */1 * * * *",
        // One process, nothing in flight for long: the relay takes every pending event at once, so the liability ledger is
        // current after POST /local/timers/DispatchOutbox (in Azure it trails by the grace and the schedule, about a minute).
        [AppSettings.OutboxRelayGraceSeconds] = "0",
        ["LocalHost:RunTimersOnSchedule"] = "true",
        ["LocalHost:MaxDeliveryCount"] = "10",
    };

    public const string DefaultUrl = "http://localhost:7071";

    public static async Task<WebApplication> CreateAsync(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        // A development tool: Development unless ASPNETCORE_ENVIRONMENT or DOTNET_ENVIRONMENT says otherwise.
        var environment = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") ?? Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT");
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, EnvironmentName = environment ?? Environments.Development });
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource { InitialData = EmbeddedDefaults });

        // The port: --urls, Urls=… or ASPNETCORE_URLS as in any ASP.NET Core app; http://localhost:7071 when none is given.
        if (string.IsNullOrWhiteSpace(builder.Configuration[WebHostDefaults.ServerUrlsKey]))
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestLineSize = ProblemStatusPages.KestrelRequestLineLimit;
            kestrel.Limits.MaxRequestHeadersTotalSize = ProblemStatusPages.KestrelHeadersLimit;
        });
        configure?.Invoke(builder);
        await UseLocalCosmosServerIfUnconfiguredAsync(builder);
        var signingKey = string.IsNullOrEmpty(builder.Configuration[AppSettings.AuthAuthority])
            ? builder.Configuration[AppSettings.AuthSigningKey] ?? DevTokens.NewSigningKey()
            : null;

        // The local clock unless the caller (a test) supplied its own: POST /local/clock/advance moves it forward.
        builder.Services.TryAddSingleton<TimeProvider>(new LocalClock());
        builder.Services.TryAddSingleton<RecordingEventPublisher>();
        builder.Services.TryAddSingleton<IEventPublisher>(sp => sp.GetRequiredService<RecordingEventPublisher>());
        builder.Services.AddPackagesBackend(builder.Configuration, new LocalDevelopment(signingKey));
        builder.Services.AddSingleton(FunctionCatalog.From(typeof(PackagesBackend).Assembly));
        builder.Services.AddSingleton<FunctionInvoker>();
        builder.Services.AddSingleton<LocalServiceBus>();
        builder.Services.AddSingleton<LocalTimers>();
        builder.Services.AddSingleton<DevTokens>();
        builder.Services.AddHostedService<TimerScheduler>();
        var origins = AppSettings.List(builder.Configuration, AppSettings.CorsAllowedOrigins);
        builder.Services.AddCors(cors => cors.AddDefaultPolicy(policy => policy.WithOrigins(origins).AllowAnyHeader().AllowAnyMethod()));
        builder.Services.ConfigureHttpJsonOptions(o =>
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase)));

        var app = builder.Build();
        // Settings first: a malformed one stops here naming it, before anything (Cosmos included) uses it.
        _ = app.Services.GetRequiredService<IOptions<StartupSettings>>().Value;
        await app.Services.GetRequiredService<PackagesContainer>().EnsureCreatedAsync(CancellationToken.None);
        app.UseExceptionHandler(errors => errors.Run(WriteUnexpectedErrorAsync));
        app.UseProblemStatusPages();
        app.UseCors(); // Cors__allowedOrigins; none by default, as the platform CORS in Azure (infra: allowedOrigins)
        var catalog = app.Services.GetRequiredService<FunctionCatalog>();
        app.MapHttpFunctions(catalog);
        app.MapLocalServiceBus();
        app.MapLocalTimers();
        app.MapLocalClock();
        app.MapLocalTokens();
        app.MapGet("local/events", (RecordingEventPublisher events) => Results.Ok(events.Published));
        app.MapGet("/", () => Results.Ok(new
        {
            service = "PackagesFunctions local host",
            functions = catalog.Functions.Select(f => new { f.Name, kind = f.Kind.ToString() }),
        }));
        return app;
    }

    private static async Task UseLocalCosmosServerIfUnconfiguredAsync(WebApplicationBuilder builder)
    {
        var cosmos = AppSettings.ReadCosmos(builder.Configuration);
        if (cosmos.ConnectionString is not null || cosmos.AccountEndpoint is not null)
        {
            return;
        }

        var server = await LocalCosmosServer.StartAsync(builder.Configuration.GetValue("LocalHost:CosmosPort", 0));
        builder.Configuration[AppSettings.CosmosConnectionString] = server.ConnectionString;
        builder.Services.AddSingleton(_ => server);
        builder.Services.AddSingleton<ICosmosClientConfigurer>(server.ClientConfigurer);
        Console.WriteLine($"Local Cosmos-API server (in memory) at {server.Endpoint}");
    }

    /// <summary>An unexpected failure: logged by ASP.NET Core, answered as a problem without internals.</summary>
    private static Task WriteUnexpectedErrorAsync(HttpContext context) =>
        UnexpectedError.WriteAsync(context, context.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>()?.Error);
}
