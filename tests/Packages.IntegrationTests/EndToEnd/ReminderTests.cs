using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Packages.IntegrationTests.Infrastructure;
using Packages.LocalHost.Events;

namespace Packages.IntegrationTests.EndToEnd;

/// <summary>A clinic's reminder policy over HTTP and the reminder timer: once per threshold per expiry date, re-armed by an expiry change.</summary>
[Collection(CosmosCollection.Name)]
public sealed class ReminderTests(CosmosServerFixture cosmos) : ClinicTest(cosmos)
{
    [Fact]
    public async Task A_clinics_policy_reminds_once_per_expiry_date_and_again_after_the_expiry_changes()
    {
        var registered = await Host.JsonAsync(await Host.Client.PutAsJsonAsync("/api/clinics/maple-physio", new
        {
            name = "Maple Physio",
            timeZone = "America/Toronto",
            reminders = new { expiringSoonDays = new[] { 10 }, sessionsLowAt = 2 },
        }));
        Assert.Equal("[10]", registered.GetProperty("reminders").GetProperty("expiringSoonDays").GetRawText());
        var package = await Clinic.SellPaidAsync(await Clinic.CreateOfferAsync(5, 50_000, defaultExpiry: new { count = 30, unit = "days" }), 50_000);

        await Clinic.RunRemindersAsync();
        var early = Reminders(package);
        Host.Time.Advance(TimeSpan.FromDays(20) + TimeSpan.FromHours(10)); // 2026-12-17 01:00 Toronto: 10 days before 2026-12-26 has begun
        await Clinic.RunRemindersAsync();
        await Clinic.RunRemindersAsync();
        var first = Reminders(package);
        await Clinic.PutAsync($"packages/{package}/expiry", new { expiresOn = "2027-01-31", reason = "Injury" });
        await Clinic.RunRemindersAsync();
        var afterChange = Reminders(package);
        Host.Time.Advance(TimeSpan.FromDays(36));
        await Clinic.RunRemindersAsync();
        for (var i = 1; i <= 3; i++)
        {
            await Clinic.RedeemAsync(package, $"appt-{i}");
        }

        Assert.Empty(early);
        Assert.Equal(["2026-12-26 10"], first);
        Assert.Equal(first, afterChange);
        Assert.Equal(["2026-12-26 10", "2027-01-31 10"], Reminders(package));
        Assert.Single(PublishedEvents(package, "package-sessions-low"), e => e.GetProperty("data").GetProperty("sessionsRemaining").GetInt32() == 2);
    }

    private List<string> Reminders(string package) =>
        [.. PublishedEvents(package, "package-expiring-soon").Select(e => $"{e.GetProperty("data").GetProperty("expiresOn")} {e.GetProperty("data").GetProperty("daysBefore")}")];
}
