using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Packages.LocalHost.Events;

namespace Packages.IntegrationTests.Infrastructure;

/// <summary>The membership steps the end-to-end tests repeat: a plan, an enrolment, a period paid by message, a visit, its events.</summary>
public sealed class MembershipScenario(LocalHostDriver host, ClinicScenario clinic)
{
    /// <summary>The plan's price per period (CAD minor units) unless a test says otherwise: 4 sessions of 3000.</summary>
    public const long Price = 12_000;

    public async Task<string> CreatePlanAsync(
        int rolloverMax = 0, int minimumPeriods = 1, bool soldOnline = false, int maxFreezeDaysPerYear = 0, object? serviceTypeCaps = null,
        string[]? serviceTypes = null)
    {
        var response = await clinic.PostAsync("offers", new
        {
            name = "Monthly care", price = new { amountMinor = Price, currency = "CAD" }, sessions = 4, eligibleServiceTypes = serviceTypes ?? ["massage"],
            serviceTypeCaps, maxFreezeDaysPerYear, soldOnline, membership = new { period = "month", rolloverMax, minimumPeriods },
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await host.JsonAsync(response)).GetProperty("offerId").GetString()!;
    }

    /// <summary>Enrols <paramref name="clientId"/>; returns the membership id.</summary>
    public async Task<string> EnrolAsync(string offerId, string clientId = "member-1")
    {
        var response = await clinic.PostAsync("memberships", new { offerId, clientId });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await host.JsonAsync(response)).GetProperty("membership").GetProperty("membershipId").GetString()!;
    }

    /// <summary>The payment system pays a period with a message naming the membership and the period.</summary>
    public async Task PayAsync(string membership, int period, string paymentId, long amountMinor = Price)
    {
        var settled = await host.JsonAsync(await host.PostAsync("/local/servicebus/payments", new
        {
            type = "payment-applied", paymentId, clinicId = clinic.ClinicId, membershipId = membership, period, amount = new { amountMinor, currency = "CAD" },
        }));
        Assert.Equal("completed", settled.GetProperty("settlement").GetString());
    }

    public Task<HttpResponseMessage> RedeemAsync(string membership, string appointmentId, string serviceType = "massage", string clientId = "member-1") =>
        clinic.PostAsync($"memberships/{membership}/redemptions", new { appointmentId, clientId, serviceType });

    public async Task<JsonElement> GetAsync(string membership)
    {
        var response = await clinic.GetAsync($"memberships/{membership}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await host.JsonAsync(response);
    }

    public Task RenewAsync() => clinic.RunTimerAsync("RenewMemberships");

    /// <summary>The events of <paramref name="type"/> the local host published for the membership (every period's).</summary>
    public IEnumerable<JsonElement> Events(string membership, string type) =>
        host.Services.GetRequiredService<RecordingEventPublisher>().Published
            .Where(e => e.GetProperty("type").GetString() == type && e.GetProperty("data").GetProperty("membershipId").GetString() == membership);

    /// <summary>The period numbers of the membership's events of <paramref name="type"/>.</summary>
    public IEnumerable<int> PeriodsOf(string membership, string type) => Events(membership, type).Select(e => e.GetProperty("data").GetProperty("period").GetInt32());
}
