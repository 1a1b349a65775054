using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Packages.IntegrationTests.Infrastructure;
using Packages.LocalHost.Events;

namespace Packages.IntegrationTests.EndToEnd;

/// <summary>A refund over HTTP: quote, request, the payment system's return, and what is refused after.</summary>
[Collection(CosmosCollection.Name)]
public sealed class RefundTests(CosmosServerFixture cosmos) : ClinicTest(cosmos)
{
    [Fact]
    public async Task A_refund_is_quoted_requested_returned_and_never_undone()
    {
        var offer = await Clinic.PostAsync("offers", new
        {
            name = "Ten", price = new { amountMinor = 100_000, currency = "CAD" }, sessions = 10, eligibleServiceTypes = new[] { "massage" },
            listPricePerSession = new { amountMinor = 12_000, currency = "CAD" },
            refundPolicy = new { method = "usedAtListPrice", feeFixedMinor = 1_000, feeBasisPoints = 500 },
        });
        Assert.Equal(HttpStatusCode.Created, offer.StatusCode);
        var package = await Clinic.SellPaidAsync((await Host.JsonAsync(offer)).GetProperty("offerId").GetString()!, 100_000, "anna");
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Created, (await Clinic.RedeemAsync(package, $"a-{i}", clientId: "anna")).StatusCode);
        }

        // 100,000 paid − 3 × 12,000 at list price = 64,000; fee 1,000 + 5% (3,200) = 4,200; refund 59,800.
        var quote = await Host.JsonAsync(await Clinic.GetAsync($"packages/{package}/refund-quote"));
        Assert.Equal((36_000L, 64_000L, 4_200L, 59_800L), (quote.GetProperty("deducted").GetProperty("amountMinor").GetInt64(),
            quote.GetProperty("base").GetProperty("amountMinor").GetInt64(), quote.GetProperty("fee").GetProperty("amountMinor").GetInt64(),
            quote.GetProperty("amount").GetProperty("amountMinor").GetInt64()));

        var tooMuch = await Clinic.PostAsync($"packages/{package}/refund", new { reason = "Moving away", amountMinor = 59_801 });
        var refunded = await Clinic.PostAsync($"packages/{package}/refund", new { reason = "Moving away" });
        var again = await Clinic.PostAsync($"packages/{package}/refund", new { reason = "Moving away" });

        Assert.Equal("refund-above-policy", await ClinicScenario.ProblemCodeAsync(tooMuch));
        Assert.Equal(HttpStatusCode.OK, refunded.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var state = await Host.JsonAsync(refunded);
        Assert.Equal(("refunded", 59_800L), (state.GetProperty("status").GetString(), state.GetProperty("refund").GetProperty("amount").GetProperty("amountMinor").GetInt64()));
        await Clinic.DispatchOutboxAsync();
        var requested = Assert.Single(Host.Services.GetRequiredService<RecordingEventPublisher>().Published, e => e.Field("type") == "refund-requested");
        Assert.Equal("59800", requested.GetProperty("data").GetProperty("amount").Field("amountMinor"));

        var returned = await Clinic.PostPaymentAsync("payment-refunded", "refund-tx-1", package, 59_800);
        var unapplied = await Clinic.PostPaymentAsync("payment-unapplied", $"pay-{package}", package, 100_000);
        var redeemed = await Clinic.RedeemAsync(package, "a-late", clientId: "anna");

        Assert.Equal("completed", returned.GetProperty("settlement").GetString());
        Assert.Equal(("deadLettered", "package-refunded"), (unapplied.GetProperty("settlement").GetString(), unapplied.GetProperty("deadLetterReason").GetString()));
        Assert.Equal("package-refunded", await ClinicScenario.ProblemCodeAsync(redeemed));
        var final = await Clinic.GetPackageAsync(package);
        Assert.Equal((59_800L, 0L, 100_000L), (final.GetProperty("refund").GetProperty("returned").GetProperty("amountMinor").GetInt64(),
            final.GetProperty("refund").GetProperty("outstanding").GetProperty("amountMinor").GetInt64(), final.GetProperty("amountPaid").GetProperty("amountMinor").GetInt64()));
    }

    [Fact]
    public async Task Moved_sessions_are_not_refunded_in_cash_while_the_package_they_came_from_is_not_paid()
    {
        var source = await Clinic.SellPaidAsync(await Clinic.CreateOfferAsync(3, 10_001), 10_001, "anna");
        var moved = await Host.JsonAsync(await Host.PostAsync($"/api/clinics/maple-physio/packages/{source}/session-transfers",
            new { toClientId = "ben", sessions = 2, reason = "Gift" }, "move-1"));
        var received = moved.GetProperty("received").GetProperty("packageId").GetString()!;
        await Clinic.PostPaymentAsync("payment-unapplied", $"pay-{source}", source, 10_001);

        var refused = await Clinic.PostAsync($"packages/{received}/refund", new { reason = "Ben asks for cash" });

        Assert.Equal("package-not-paid", await ClinicScenario.ProblemCodeAsync(refused));
        Assert.Equal("active", (await Clinic.GetPackageAsync(received)).GetProperty("status").GetString());
        await Clinic.PostPaymentAsync("payment-applied", "pay-again", source, 10_001);
        Assert.Equal(HttpStatusCode.OK, (await Clinic.PostAsync($"packages/{received}/refund", new { reason = "Ben asks for cash" })).StatusCode);
    }

    [Fact]
    public async Task A_payment_refunded_without_a_refund_is_dead_lettered()
    {
        var package = await Clinic.SellPaidAsync(await Clinic.CreateOfferAsync(5, 45_000), 45_000);

        var report = await Clinic.PostPaymentAsync("payment-refunded", "refund-tx-1", package, 100);

        Assert.Equal(("deadLettered", "refund-not-requested"), (report.GetProperty("settlement").GetString(), report.GetProperty("deadLetterReason").GetString()));
    }
}
