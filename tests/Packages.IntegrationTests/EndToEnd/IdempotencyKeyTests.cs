using System.Net;
using Packages.IntegrationTests.Infrastructure;

namespace Packages.IntegrationTests.EndToEnd;

[Collection(CosmosCollection.Name)]
public sealed class IdempotencyKeyTests(CosmosServerFixture cosmos) : ClinicTest(cosmos)
{
    private string _offer = null!;

    protected override async Task SeedAsync() => _offer = await Clinic.CreateOfferAsync(5, 45_000);

    [Fact]
    public async Task The_same_key_and_body_return_the_first_response()
    {
        var first = await Host.PostAsync("/api/clinics/maple-physio/packages", new { offerId = _offer, clientId = "c-1" }, "sale-1");
        var retry = await Host.PostAsync("/api/clinics/maple-physio/packages", new { offerId = _offer, clientId = "c-1" }, "sale-1");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        Assert.True(retry.Headers.Contains("Idempotent-Replayed"));
        var listed = await Host.JsonAsync(await Clinic.GetAsync("clients/c-1/packages"));
        Assert.Equal(1, listed.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task The_same_key_with_another_body_is_refused_and_changes_nothing()
    {
        await Host.PostAsync("/api/clinics/maple-physio/packages", new { offerId = _offer, clientId = "c-2" }, "sale-2");

        var reused = await Host.PostAsync("/api/clinics/maple-physio/packages", new { offerId = _offer, clientId = "c-3" }, "sale-2");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, reused.StatusCode);
        Assert.Equal("idempotency-key-reused", await ClinicScenario.ProblemCodeAsync(reused));
        Assert.Equal(0, (await Host.JsonAsync(await Clinic.GetAsync("clients/c-3/packages"))).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task A_redemption_retried_with_its_key_is_not_counted_twice()
    {
        var package = await Clinic.SellPaidAsync(_offer, 45_000);
        var path = $"/api/clinics/maple-physio/packages/{package}/redemptions";

        var first = await Host.PostAsync(path, new { appointmentId = "appt-1", serviceType = "massage" }, "redeem-1");
        var retry = await Host.PostAsync(path, new { appointmentId = "appt-1", serviceType = "massage" }, "redeem-1");
        var reused = await Host.PostAsync(path, new { appointmentId = "appt-2", serviceType = "massage" }, "redeem-1");

        Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, reused.StatusCode);
        Assert.Equal(4, (await Clinic.GetPackageAsync(package)).GetProperty("sessionsRemaining").GetInt32());
    }
}
