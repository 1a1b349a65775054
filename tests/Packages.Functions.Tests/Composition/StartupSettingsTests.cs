using System.Net;
using Azure.Messaging.ServiceBus;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Moq;
using Packages.Application.Ports;
using Packages.Functions.Composition;
using Packages.Functions.Http;
using Packages.Functions.Messaging;
using Packages.Functions.Timers;
using Packages.Functions.Tests.Middleware;

namespace Packages.Functions.Tests.Composition;

/// <summary>
/// The app's settings as the Functions host gives them (app settings → configuration), checked when the host
/// starts: a malformed value stops it with a message naming the app setting; a missing auth setting stops only HTTP.
/// </summary>
public sealed class StartupSettingsTests
{
    /// <summary>What infra/modules/functions.bicep sets.</summary>
    private static Dictionary<string, string?> Azure() => new()
    {
        [AppSettings.CosmosAccountEndpoint] = "https://cosmos-abc.documents.azure.com:443/",
        [AppSettings.CosmosDatabaseName] = "packages",
        [AppSettings.CosmosContainerName] = "packages",
        [AppSettings.ServiceBusNamespace] = "sb-abc.servicebus.windows.net",
        [AppSettings.PaymentsQueueName] = "payments",
        [AppSettings.EventsTopicName] = "package-events",
        [AppSettings.PackageSweepSchedule] = "0 */5 * * * *",
        [AppSettings.OutboxDispatchSchedule] = "0 */1 * * * *",
        [AppSettings.AuthAuthority] = "https://login.microsoftonline.com/8f0c9d3e-1b2a-4c5d-9e8f-0a1b2c3d4e5f/v2.0",
        [AppSettings.AuthAudience] = "6e5d4c3b-2a19-4807-b6a5-948372615049,api://packages-functions",
    };

    [Fact]
    public async Task The_settings_the_bicep_gives_start_the_app()
    {
        using var host = Host(Azure());

        await host.StartAsync();
        await host.StopAsync();
    }

    [Theory]
    [InlineData("Cosmos:resilience:maxRetryAttempts", "three", "Cosmos__resilience__maxRetryAttempts")]
    [InlineData("Cosmos:resilience:maxRetryAttempts", "-1", "Cosmos__resilience__maxRetryAttempts")]
    [InlineData("Cosmos:resilience:chaosInjectionRate", "1.5", "Cosmos__resilience__chaosInjectionRate")]
    [InlineData("PackageSweepSchedule", "*/5 * * * *", "PackageSweepSchedule")]
    [InlineData("OutboxDispatchSchedule", "every minute", "OutboxDispatchSchedule")]
    [InlineData("Cosmos:accountEndpoint", "cosmos-abc.documents.azure.com", "Cosmos__accountEndpoint")]
    [InlineData("Auth:authority", "http://login.microsoftonline.com/t/v2.0", "Auth__authority")]
    [InlineData("Auth:audience", "", "Auth__audience")]
    [InlineData("ServiceBus:fullyQualifiedNamespace", "sb://sb-abc.servicebus.windows.net/", "ServiceBus__fullyQualifiedNamespace")]
    [InlineData("Outbox:dispatch", "later", "Outbox__dispatch")]
    [InlineData("Cors:allowedOrigins", "https://app.example.com/path", "Cors__allowedOrigins")]
    [InlineData("Auth:signingKey", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", "Auth__signingKey")]
    public async Task A_malformed_setting_stops_the_start_with_a_message_naming_it(string key, string value, string named)
    {
        var settings = Azure();
        settings[key] = value;
        using var host = Host(settings);

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(named, failure.Message);
        Assert.Single(failure.Failures);
        Assert.DoesNotContain("AAAAAAAA", failure.Message);
    }

    [Theory]
    [InlineData("Auth:signingKey", "notbase64!!", "Auth__signingKey")]
    [InlineData("Auth:signingKey", "c2hvcnQ=", "Auth__signingKey")]
    [InlineData("Cosmos:connectionString", "AccountEndpoint=https://localhost:8081/;AccountKey=not-base64!;", "Cosmos__connectionString")]
    [InlineData("Cosmos:connectionString", "AccountEndpoint=localhost;AccountKey=AAAA;", "Cosmos__connectionString")]
    [InlineData("Cosmos:databaseName", "bad/name", "Cosmos__databaseName")]
    public async Task The_local_host_checks_its_own_settings_too(string key, string value, string named)
    {
        var settings = new Dictionary<string, string?>
        {
            [AppSettings.CosmosConnectionString] = "AccountEndpoint=https://localhost:8081/;AccountKey=C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==;",
            [AppSettings.PaymentsQueueName] = "payments",
            [AppSettings.EventsTopicName] = "package-events",
            [AppSettings.PackageSweepSchedule] = "0 */5 * * * *",
            [AppSettings.OutboxDispatchSchedule] = "0 */1 * * * *",
            [key] = value,
        };
        using var host = Host(settings, localHost: new LocalDevelopment(Convert.ToBase64String(new byte[32])));

        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(named, failure.Message);
        if (key is AppSettings.AuthSigningKey or AppSettings.CosmosConnectionString)
        {
            Assert.DoesNotContain(value, failure.Message); // secrets are never echoed
        }
    }

    [Theory]
    [InlineData("https://clinic.example.com", true)]
    [InlineData("https://Clinic.Example.com/", true)]
    [InlineData("https://clinic.example.com:443", true)]
    [InlineData("http://localhost:5173", true)]
    [InlineData("https://clinic.example.com/app", false)]
    [InlineData("https://user@clinic.example.com", false)]
    [InlineData("https://clinic.example.com?x=1", false)]
    [InlineData("clinic.example.com", false)]
    [InlineData("ftp://clinic.example.com", false)]
    public void Origins_are_scheme_host_and_port_only(string origin, bool valid)
    {
        Assert.Equal(valid, SettingsRules.IsOrigin(origin));
    }

    [Fact]
    public async Task Without_auth_settings_payments_and_timers_run_and_http_answers_503()
    {
        var settings = Azure();
        settings.Remove(AppSettings.AuthAuthority);
        settings.Remove(AppSettings.AuthAudience);
        var packages = new Mock<IPackageStore>();
        packages.Setup(p => p.FindDueForExpiryAsync(It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>())).Returns(AsyncEnumerable.Empty<Versioned<Packages.Domain.Packages.Package>>());
        packages.Setup(p => p.FindWithEventsPendingSinceAsync(It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>())).Returns(AsyncEnumerable.Empty<Versioned<Packages.Domain.Packages.Package>>());
        using var host = Host(settings, services => services.AddSingleton(packages.Object));
        await host.StartAsync();
        var actions = new Mock<ServiceBusMessageActions>();
        var message = ServiceBusModelFactory.ServiceBusReceivedMessage(BinaryData.FromString("not json"), messageId: "m-1", deliveryCount: 1);

        await ActivatorUtilities.CreateInstance<PaymentMessagesFunction>(host.Services).Run(message, actions.Object, CancellationToken.None);
        await ActivatorUtilities.CreateInstance<ExpirePackagesFunction>(host.Services).Run(null!, CancellationToken.None);
        await ActivatorUtilities.CreateInstance<DispatchOutboxFunction>(host.Services).Run(null!, CancellationToken.None);
        var (context, http) = FunctionContexts.ForHttp("Packages.Functions.Http.Packages.GetPackageFunction.Run", "maple-physio", "Bearer x.y.z");
        var refusal = await host.Services.GetRequiredService<HttpFunctionPipeline>().BeforeAsync(http,
            typeof(Packages.Functions.Http.Packages.GetPackageFunction).GetMethod("Run")!, _ => "maple-physio");

        actions.Verify(a => a.DeadLetterMessageAsync(message, It.IsAny<Dictionary<string, object>>(), "validation-failed",
            It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Once);
        packages.Verify(p => p.FindDueForExpiryAsync(It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()), Times.Once);
        packages.Verify(p => p.FindWithEventsPendingSinceAsync(It.IsAny<DateTimeOffset>(), It.IsAny<CancellationToken>()), Times.Once);
        Assert.Equal((int)HttpStatusCode.ServiceUnavailable, Assert.IsType<JsonResponse>(refusal).StatusCode);
        Assert.Equal("auth-not-configured", ((JsonResponse)refusal!).ProblemCode);
        await host.StopAsync();
    }

    private static IHost Host(Dictionary<string, string?> settings, Action<IServiceCollection>? replace = null, LocalDevelopment? localHost = null)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddPackagesBackend(builder.Configuration, localHost);
        replace?.Invoke(builder.Services);
        return builder.Build();
    }
}
