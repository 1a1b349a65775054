using System.Net;
using Packages.IntegrationTests.Infrastructure;

namespace Packages.IntegrationTests.EndToEnd;

[Collection(CosmosCollection.Name)]
public sealed class LegacyImportTests(CosmosServerFixture cosmos) : ClinicTest(cosmos)
{
    [Fact]
    public async Task A_thousand_rows_import_with_a_result_each_and_a_retry_imports_nothing_twice()
    {
        var offer = await Clinic.CreateOfferAsync(10, 100_000);
        var rows = Enumerable.Range(1, 1000).Select(i => new
        {
            offerId = i == 500 ? "no-such-offer" : offer,
            externalReference = $"OLD-{i}",
            clientId = $"client-{i % 50}",
            purchasedOn = "2026-06-01",
            expiresOn = (string?)null,
            sessionsUsed = i % 11 == 0 ? 12 : i % 10,
            amountPaid = new { amountMinor = 100_000, currency = "CAD" },
        }).ToArray();

        var first = await Host.JsonAsync(await Clinic.PostAsync("imports/packages", new { packages = rows }));
        var retry = await Host.JsonAsync(await Clinic.PostAsync("imports/packages", new { packages = rows }));

        var failed = rows.Count(r => r.offerId != offer || r.sessionsUsed > 10);
        Assert.Equal(1000 - failed, first.GetProperty("imported").GetInt32());
        Assert.Equal(failed, first.GetProperty("failed").GetInt32());
        Assert.Equal(1000, first.GetProperty("rows").GetArrayLength());
        Assert.Equal("offer-not-found", first.GetProperty("rows")[499].GetProperty("errorCode").GetString());
        Assert.Equal(0, retry.GetProperty("imported").GetInt32());
        Assert.Equal(1000 - failed, retry.GetProperty("alreadyImported").GetInt32());

        var imported = first.GetProperty("rows")[2].GetProperty("packageId").GetString()!; // OLD-3: 3 sessions used
        var package = await Clinic.GetPackageAsync(imported);
        Assert.Equal(7, package.GetProperty("sessionsRemaining").GetInt32());
        Assert.Equal("imported", package.GetProperty("source").GetString());
        var receipt = await Host.JsonAsync(await Clinic.RedeemAsync(imported, "appt-new", clientId: package.GetProperty("clientId").GetString()));
        Assert.Equal(4, receipt.GetProperty("sessionNumber").GetInt32());
    }

    [Fact]
    public async Task More_than_a_thousand_rows_are_refused_whole()
    {
        var rows = Enumerable.Range(1, 1001).Select(i => new { offerId = "o", externalReference = $"R{i}" }).ToArray();

        var response = await Clinic.PostAsync("imports/packages", new { packages = rows });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
