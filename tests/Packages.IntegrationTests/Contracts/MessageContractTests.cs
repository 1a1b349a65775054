using Packages.Domain.Packages.Events;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Json.Schema;
using Microsoft.Extensions.DependencyInjection;
using Packages.IntegrationTests.Infrastructure;
using Packages.LocalHost.Events;

namespace Packages.IntegrationTests.Contracts;

/// <summary>
/// The message schemas published in docs/messages.md hold for what really goes over the wire: every event a
/// package's whole life publishes validates against the PackageEvent schema, and the payment examples against
/// the PaymentMessage schema (which refuses what the service refuses).
/// </summary>
[Collection(CosmosCollection.Name)]
public sealed partial class MessageContractTests(CosmosServerFixture cosmos) : ClinicTest(cosmos)
{
    private static readonly string Messages = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Contracts", "messages.md"));

    [Fact]
    public async Task Every_event_of_a_packages_life_matches_the_published_event_schema_and_every_type_occurs()
    {
        var offer = await Clinic.CreateOfferAsync(3, 100_001);
        var kept = await Clinic.SellPaidAsync(offer, 100_001);
        await Clinic.RedeemAsync(kept, "appt-1");
        await Clinic.RedeemAsync(kept, "appt-2");
        await Clinic.PostAsync($"packages/{kept}/redemptions/appt-1/reversal", new { reason = "cancelled" });
        await Clinic.PostAsync($"packages/{kept}/redemptions/appt-2/reversal", new { reason = "noShow" });
        await Clinic.PutAsync($"packages/{kept}/expiry", new { expiresOn = "2026-12-01", reason = "Short trial" });
        await Clinic.RunRemindersAsync();
        await Clinic.PostPaymentAsync("payment-unapplied", $"pay-{kept}", kept, 100_001);
        Host.Time.Advance(TimeSpan.FromDays(10));
        await Clinic.RunExpirySweepAsync();
        var cancelled = await Clinic.SellPaidAsync(offer, 100_001, "client-7");
        foreach (var appointment in new[] { "c-1", "c-2", "c-3" })
        {
            await Clinic.RedeemAsync(cancelled, appointment);
        }
        await Clinic.PostAsync($"packages/{cancelled}/cancel", new { reason = "Moved away" });
        var mistaken = await Clinic.SellAsync(offer, "client-8");
        Assert.Equal(HttpStatusCode.OK, (await Host.Client.DeleteAsync($"/api/clinics/maple-physio/packages/{mistaken}?reason=Wrong%20client")).StatusCode);
        await Clinic.PostAsync("imports/packages", new
        {
            packages = new[] { new { offerId = offer, externalReference = "OLD-1", clientId = "client-9", purchasedOn = "2026-06-01", expiresOn = (string?)null, sessionsUsed = 1, amountPaid = new { amountMinor = 100_001, currency = "CAD" } } },
        });
        var shared = await Clinic.SellPaidAsync(await Clinic.CreateOfferAsync(4, 100_000, maxBeneficiaries: 1), 100_000, "parent");
        await Clinic.PostAsync($"packages/{shared}/beneficiaries", new { clientId = "child", reason = "Family" });
        await Clinic.PostAsync($"packages/{shared}/beneficiaries/child/removal", new { reason = "Own package now" });
        await Host.PostAsync($"/api/clinics/maple-physio/packages/{shared}/session-transfers", new { toClientId = "child", sessions = 2, reason = "Gift" }, "move-1");
        await Clinic.PostAsync($"packages/{shared}/transfer", new { toClientId = "guardian", reason = "Guardian pays" });
        await Clinic.PostAsync("offers", new { name = "Online", price = new { amountMinor = 5_000, currency = "CAD" }, sessions = 1, eligibleServiceTypes = new[] { "massage" }, soldOnline = true });
        var onlineOffer = (await Host.JsonAsync(await Clinic.GetAsync("offers"))).GetProperty("items").EnumerateArray().Single(o => o.GetProperty("soldOnline").GetBoolean()).GetProperty("offerId").GetString();
        using var patient = Host.ClientWith(Host.TokenFor("u-pat", "maple-physio:patient:pat"));
        using var buy = new HttpRequestMessage(HttpMethod.Post, "/api/clinics/maple-physio/online-purchases") { Content = System.Net.Http.Json.JsonContent.Create(new { offerId = onlineOffer }) };
        buy.Headers.Add("Idempotency-Key", "buy-1");
        Assert.Equal(HttpStatusCode.Created, (await patient.SendAsync(buy)).StatusCode);
        var refunded = await Clinic.SellPaidAsync(offer, 100_001, "client-10");
        await Clinic.PostAsync($"packages/{refunded}/refund", new { reason = "Moving away" });
        await Clinic.PostPaymentAsync("payment-refunded", "refund-tx", refunded, 100_001);
        var freezableOffer = await Host.JsonAsync(await Clinic.PostAsync("offers", new
        {
            name = "Freezable", price = new { amountMinor = 10_000, currency = "CAD" }, sessions = 2, eligibleServiceTypes = new[] { "massage" }, maxFreezeDaysPerYear = 10,
        }));
        var freezable = await Clinic.SellPaidAsync(freezableOffer.GetProperty("offerId").GetString()!, 10_000, "client-11");
        Assert.Equal(HttpStatusCode.OK, (await Clinic.PostAsync($"packages/{freezable}/freezes", new { from = "2026-12-07", until = "2026-12-09", reason = "Travel" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Clinic.PostAsync($"packages/{freezable}/freezes/2026-12-07/end", new { reason = "Back early" })).StatusCode);
        await MembershipLifeAsync();
        await Clinic.DispatchOutboxAsync();

        var schema = Schema("package-event-schema");
        var published = Host.Services.GetRequiredService<RecordingEventPublisher>().Published;
        foreach (var body in published)
        {
            var result = schema.Evaluate(body, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
            Assert.True(result.IsValid, $"{body.GetProperty("type")} does not match the schema: {body}");
        }

        Assert.Equal(
            OutboundEventTypes.All.Select(t => t.Type).Order(),
            published.Select(e => e.GetProperty("type").GetString()!).Distinct().Order());
    }

    /// <summary>A membership enrolled, past due, paid, cancelled, resumed, cancelled again and ended: every membership event.</summary>
    private async Task MembershipLifeAsync()
    {
        var plan = await Host.JsonAsync(await Clinic.PostAsync("offers", new
        {
            name = "Monthly", price = new { amountMinor = 12_000, currency = "CAD" }, sessions = 4, eligibleServiceTypes = new[] { "massage" },
            membership = new { period = "month" },
        }));
        var enrolled = await Host.JsonAsync(await Clinic.PostAsync("memberships", new { offerId = plan.GetProperty("offerId").GetString(), clientId = "member-1" }));
        var membership = enrolled.GetProperty("membership").GetProperty("membershipId").GetString()!;
        var unlimitedPlan = await Host.JsonAsync(await Clinic.PostAsync("offers", new
        {
            name = "Unlimited", price = new { amountMinor = 31_000, currency = "CAD" }, eligibleServiceTypes = new[] { "massage" },
            membership = new { period = "month", unlimited = true },
        }));
        var unlimited = await Members.EnrolAsync(unlimitedPlan.GetProperty("offerId").GetString()!, "member-2");
        await Members.PayAsync(unlimited, 1, "pay-u1", 31_000); // recognized at the month's end the clock passes below
        Host.Time.Advance(TimeSpan.FromDays(9)); // past the 7 days of grace
        await Clinic.RunTimerAsync("RenewMemberships");
        await Host.PostAsync("/local/servicebus/payments", new
        {
            type = "payment-applied", paymentId = "pay-m1", clinicId = Clinic.ClinicId, membershipId = membership, period = 1,
            amount = new { amountMinor = 12_000, currency = "CAD" },
        });
        foreach (var step in new[] { "cancellation", "resumption", "cancellation" })
        {
            Assert.Equal(HttpStatusCode.OK, (await Clinic.PostAsync($"memberships/{membership}/{step}", new { reason = "Member asked" })).StatusCode);
        }

        Host.Time.Advance(TimeSpan.FromDays(25)); // 34 days after enrolment, period 1 (a month) is over: the membership ends
        await Clinic.RunTimerAsync("RenewMemberships");
    }

    [Fact]
    public void The_documented_payment_examples_match_the_payment_schema_and_what_the_service_refuses_does_not()
    {
        var schema = Schema("payment-message-schema");
        var examples = Example().Matches(Messages).Select(m => m.Groups[1].Value).Where(e => e.Contains("\"type\": \"payment-", StringComparison.Ordinal)).ToList();

        Assert.Equal(3, examples.Count);
        Assert.All(examples, e => Assert.True(schema.Evaluate(JsonDocument.Parse(e).RootElement).IsValid, e));
        Assert.False(schema.Evaluate(JsonDocument.Parse(examples[0].Replace("45000", "0", StringComparison.Ordinal)).RootElement).IsValid);
        Assert.False(schema.Evaluate(JsonDocument.Parse(examples[0].Replace("payment-applied", "payment-voided", StringComparison.Ordinal)).RootElement).IsValid);
    }

    private static JsonSchema Schema(string section)
    {
        var start = Messages.IndexOf($"<!-- generated: {section} -->", StringComparison.Ordinal);
        Assert.True(start >= 0, $"docs/messages.md has no generated section {section}");
        var json = Example().Match(Messages, start).Groups[1].Value;
        return JsonSchema.FromText(json, new BuildOptions { SchemaRegistry = new SchemaRegistry() });
    }

    [GeneratedRegex("```json\\n(.*?)\\n```", RegexOptions.Singleline)]
    private static partial Regex Example();
}
