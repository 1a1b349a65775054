using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Packages.Functions.Composition;
using Packages.Infrastructure.Cosmos;
using Packages.LocalCosmos;
using Packages.LocalHost;
using Packages.LocalHost.Security;

namespace Packages.Benchmarks;

/// <summary>The local host on a real loopback port (Kestrel) over the local Cosmos-API server, with a request counter.</summary>
public sealed class BenchHost : IAsyncDisposable
{
    private BenchHost(WebApplication app, LocalCosmosServer cosmos, CosmosRequestCounter counter, HttpClient client)
    {
        App = app;
        Cosmos = cosmos;
        Counter = counter;
        Client = client;
    }

    public const string ClinicId = "bench-clinic";

    public const long SessionPriceMinor = 10_000;

    public WebApplication App { get; }

    public LocalCosmosServer Cosmos { get; }

    public CosmosRequestCounter Counter { get; }

    public HttpClient Client { get; }

    public Container Container => App.Services.GetRequiredService<PackagesContainer>().Container;

    public static async Task<BenchHost> StartAsync()
    {
        var cosmos = await LocalCosmosServer.StartAsync();
        var counter = new CosmosRequestCounter();
        var app = await LocalHostApp.CreateAsync(["--urls", "http://127.0.0.1:0"], builder =>
        {
            builder.Configuration[AppSettings.CosmosConnectionString] = cosmos.ConnectionString;
            builder.Configuration["LocalHost:RunTimersOnSchedule"] = "false";
            builder.Configuration["Outbox:relayGraceSeconds"] = "0";
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            builder.Services.AddSingleton<ICosmosClientConfigurer>(cosmos.ClientConfigurer);
            builder.Services.AddSingleton<ICosmosClientConfigurer>(counter);
        });
        MapBareRedeem(app);
        await app.StartAsync();
        var address = app.Urls.First();
        var token = app.Services.GetRequiredService<DevTokens>().Mint("bench", [$"{ClinicId}:admin"], TimeSpan.FromHours(2));
        var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 64 }) { BaseAddress = new Uri(address) };
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        await client.PutAsJsonAsync($"/api/clinics/{ClinicId}", new { name = "Bench Clinic", timeZone = "America/Toronto" });
        return new BenchHost(app, cosmos, counter, client);
    }

    public async Task<string> CreateOfferAsync(int sessions)
    {
        var response = await Client.PostAsJsonAsync($"/api/clinics/{ClinicId}/offers", new
        {
            name = "Bench", price = new { amountMinor = sessions * SessionPriceMinor, currency = "CAD" }, sessions, eligibleServiceTypes = new[] { "massage" },
        });
        return (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("offerId").GetString()!;
    }

    public async Task<string> SellPaidAsync(string offerId, long price, string clientId)
    {
        var sold = await Client.PostAsJsonAsync($"/api/clinics/{ClinicId}/packages", new { offerId, clientId });
        var package = (await sold.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("packageId").GetString()!;
        await Client.PostAsJsonAsync("/local/servicebus/payments", new
        {
            type = "payment-applied", paymentId = $"pay-{package}", clinicId = ClinicId, packageId = package,
            amount = new { amountMinor = price, currency = "CAD" },
        });
        return package;
    }

    /// <summary>
    /// The raw redeem calls (read + conditional replace of the same bytes) behind a bare endpoint of the same
    /// Kestrel server, with no auth, JSON or application code: the floor of any HTTP function here.
    /// </summary>
    private static void MapBareRedeem(WebApplication app) =>
        app.MapPost("bench/bare-redeem/{packageId}", async (string packageId, PackagesContainer packages) =>
        {
            var partition = new PartitionKey(ClinicId);
            using var read = await packages.Container.ReadItemStreamAsync(packageId, partition);
            using var body = new MemoryStream();
            await read.Content.CopyToAsync(body);
            body.Position = 0;
            using var write = await packages.Container.ReplaceItemStreamAsync(body, packageId, partition, new ItemRequestOptions { IfMatchEtag = read.Headers.ETag });
            return Results.StatusCode((int)write.StatusCode);
        });

    /// <summary>POSTs a JSON body with its Content-Length, as browsers and most HTTP clients send it.</summary>
    public Task<HttpResponseMessage> PostJsonAsync(string path, object body)
    {
        var content = new ByteArrayContent(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(body, System.Text.Json.JsonSerializerOptions.Web));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        return Client.PostAsync(path, content);
    }

    /// <summary>What the DispatchOutbox timer does every minute: publishes and empties every pending outbox.</summary>
    public async Task DispatchOutboxAsync() =>
        (await Client.PostAsync("/local/timers/DispatchOutbox", null)).EnsureSuccessStatusCode();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
        await Cosmos.DisposeAsync();
    }
}
