using System.Net;
using Packages.IntegrationTests.Infrastructure;

namespace Packages.IntegrationTests.EndToEnd;

[Collection(CosmosCollection.Name)]
public sealed class IdempotencyKeyTests(CosmosServerFixture cosmos) : IAsyncLifetime
{
    private LocalHostDriver _host = null!;
    private ClinicScenario _clinic = null!;
    private string _offer = null!;

    public async Task InitializeAsync()
    {
        _host = await LocalHostDriver.StartAsync(cosmos);
        _clinic = new ClinicScenario(_host);
        await _clinic.RegisterAsync();
        _offer = await _clinic.CreateOfferAsync(5, 45_000);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task The_same_key_and_body_return_the_first_response()
    {
        var first = await _host.PostAsync("/api/clinics/maple-physio/packages", new { offerId = _offer, clientId = "c-1" }, "sale-1");
        var retry = await _host.PostAsync("/api/clinics/maple-physio/packages", new { offerId = _offer, clientId = "c-1" }, "sale-1");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        Assert.True(retry.Headers.Contains("Idempotent-Replayed"));
        var listed = await _host.JsonAsync(await _clinic.GetAsync("clients/c-1/packages"));
        Assert.Equal(1, listed.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task The_same_key_with_another_body_is_refused_and_changes_nothing()
    {
        await _host.PostAsync("/api/clinics/maple-physio/packages", new { offerId = _offer, clientId = "c-2" }, "sale-2");

        var reused = await _host.PostAsync("/api/clinics/maple-physio/packages", new { offerId = _offer, clientId = "c-3" }, "sale-2");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, reused.StatusCode);
        Assert.Equal("idempotency-key-reused", await ClinicScenario.ProblemCodeAsync(reused));
        Assert.Equal(0, (await _host.JsonAsync(await _clinic.GetAsync("clients/c-3/packages"))).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task A_redemption_retried_with_its_key_is_not_counted_twice()
    {
        var package = await _clinic.SellPaidAsync(_offer, 45_000);
        var path = $"/api/clinics/maple-physio/packages/{package}/redemptions";

        var first = await _host.PostAsync(path, new { appointmentId = "appt-1", serviceType = "massage" }, "redeem-1");
        var retry = await _host.PostAsync(path, new { appointmentId = "appt-1", serviceType = "massage" }, "redeem-1");
        var reused = await _host.PostAsync(path, new { appointmentId = "appt-2", serviceType = "massage" }, "redeem-1");

        Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, reused.StatusCode);
        Assert.Equal(4, (await _clinic.GetPackageAsync(package)).GetProperty("sessionsRemaining").GetInt32());
    }
}
