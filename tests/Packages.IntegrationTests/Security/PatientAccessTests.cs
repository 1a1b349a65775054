using System.Net;
using System.Net.Http.Json;
using Packages.IntegrationTests.Infrastructure;

namespace Packages.IntegrationTests.Security;

[Collection(CosmosCollection.Name)]
public sealed class PatientAccessTests(CosmosServerFixture cosmos) : ClinicTest(cosmos)
{
    private string _package = null!;

    protected override async Task SeedAsync() => (_, _package) = await Clinic.SellPaidAndRedeemOnceAsync();

    [Fact]
    public async Task A_patient_sees_their_own_packages_receipts_and_history_but_cannot_redeem()
    {
        using var patient = Host.ClientWith(Host.TokenFor("p-42", "maple-physio:patient:client-42"));

        Assert.Equal(HttpStatusCode.OK, (await patient.GetAsync($"/api/clinics/maple-physio/packages/{_package}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await patient.GetAsync($"/api/clinics/maple-physio/packages/{_package}/redemptions/appt-1")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await patient.GetAsync($"/api/clinics/maple-physio/packages/{_package}/history")).StatusCode);
        var own = await Host.JsonAsync(await patient.GetAsync("/api/clinics/maple-physio/clients/client-42/packages"));
        Assert.Equal(1, own.GetProperty("items").GetArrayLength());
        var redeem = await patient.PostAsJsonAsync($"/api/clinics/maple-physio/packages/{_package}/redemptions", new { appointmentId = "a-2", clientId = "client-42", serviceType = "massage" });
        Assert.Equal(HttpStatusCode.Forbidden, redeem.StatusCode);
    }

    [Fact]
    public async Task Staff_can_sell_and_redeem_but_not_manage_offers_or_delete()
    {
        using var staff = Host.ClientWith(Host.TokenFor("s-1", "maple-physio:staff"));

        var offer = await staff.PostAsJsonAsync("/api/clinics/maple-physio/offers", new { name = "x" });
        var delete = await staff.DeleteAsync($"/api/clinics/maple-physio/packages/{_package}?reason=x");
        var redeem = await staff.PostAsJsonAsync($"/api/clinics/maple-physio/packages/{_package}/redemptions", new { appointmentId = "a-2", clientId = "client-42", serviceType = "massage" });

        Assert.Equal(HttpStatusCode.Forbidden, offer.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
        Assert.Equal(HttpStatusCode.Created, redeem.StatusCode);
        var history = await Host.JsonAsync(await staff.GetAsync($"/api/clinics/maple-physio/packages/{_package}/history"));
        Assert.Contains(history.GetProperty("items").EnumerateArray(), e => e.GetProperty("actor").GetString() == "staff:s-1");
    }
}
