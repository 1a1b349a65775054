using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Packages.Infrastructure.Cosmos;
using Packages.LocalHost;
using Packages.LocalHost.Security;

namespace Packages.IntegrationTests.Infrastructure;

/// <summary>
/// The local host (same function classes, same composition root) on an in-memory test server, over a
/// fresh database on the real local Cosmos-API server, with a clock the test moves.
/// </summary>
public sealed class LocalHostDriver : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = DateTimeOffset.Parse("2026-11-26T15:00:00Z");

    private readonly WebApplication _app;

    private LocalHostDriver(WebApplication app, FakeTimeProvider time)
    {
        _app = app;
        Time = time;
        Client = ClientWith(TokenFor("admin-1", "maple-physio:admin", "other-clinic:admin"));
    }

    /// <summary>A client signed in as an admin of the clinics the scenarios use.</summary>
    public HttpClient Client { get; }

    public FakeTimeProvider Time { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>A signed development token with these clinic roles ("clinic:admin", "clinic:patient:client").</summary>
    public string TokenFor(string subject, params string[] clinicRoles) =>
        _app.Services.GetRequiredService<DevTokens>().Mint(subject, clinicRoles);

    /// <summary>A client that sends <paramref name="token"/> (or no token when null) on every request.</summary>
    public HttpClient ClientWith(string? token)
    {
        var server = _app.GetTestServer();
        var client = new HttpClient(new ContractValidatingHandler(server.CreateHandler())) { BaseAddress = server.BaseAddress };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    public static async Task<LocalHostDriver> StartAsync(CosmosServerFixture cosmos, Action<WebApplicationBuilder>? configure = null)
    {
        var time = new FakeTimeProvider(Start);
        var settings = cosmos.NewDatabaseSettings();
        var app = await LocalHostApp.CreateAsync([], builder =>
        {
            builder.WebHost.UseTestServer();
            builder.Configuration["Cosmos:connectionString"] = settings.ConnectionString;
            builder.Configuration["Cosmos:databaseName"] = settings.DatabaseName;
            builder.Configuration["PaymentsQueueName"] = "payments";
            builder.Configuration["PackageSweepSchedule"] = "0 */5 * * * *";
            builder.Configuration["LocalHost:RunTimersOnSchedule"] = "false";
            builder.Configuration["Outbox:relayGraceSeconds"] = "0"; // the tests' clock stands still: relay what is pending now
            builder.Services.AddSingleton<ICosmosClientConfigurer>(cosmos.Server.ClientConfigurer);
            builder.Services.AddSingleton<TimeProvider>(time);
            configure?.Invoke(builder);
        });
        await app.StartAsync();
        return new LocalHostDriver(app, time);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    public Task<HttpResponseMessage> PostAsync(string path, object body, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return Client.SendAsync(request);
    }

    public async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
}
