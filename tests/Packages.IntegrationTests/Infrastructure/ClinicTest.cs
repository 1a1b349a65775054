using Microsoft.Extensions.DependencyInjection;
namespace Packages.IntegrationTests.Infrastructure;

/// <summary>
/// A test class that runs against its own local host and database with the clinic "maple-physio"
/// registered. Subclasses add their own data in <see cref="SeedAsync"/>.
/// </summary>
public abstract class ClinicTest(CosmosServerFixture cosmos) : IAsyncLifetime
{
    protected LocalHostDriver Host { get; private set; } = null!;

    protected ClinicScenario Clinic { get; private set; } = null!;

    /// <summary>Membership steps in the same clinic.</summary>
    protected MembershipScenario Members => new(Host, Clinic);

    public async Task InitializeAsync()
    {
        Host = await LocalHostDriver.StartAsync(cosmos);
        Clinic = new ClinicScenario(Host);
        await Clinic.RegisterAsync();
        await SeedAsync();
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();

    protected virtual Task SeedAsync() => Task.CompletedTask;

    /// <summary>The events of <paramref name="type"/> the local host published for <paramref name="packageId"/>.</summary>
    protected IEnumerable<System.Text.Json.JsonElement> PublishedEvents(string packageId, string type) =>
        Host.Services.GetRequiredService<Packages.LocalHost.Events.RecordingEventPublisher>().Published
            .Where(e => e.GetProperty("packageId").GetString() == packageId && e.GetProperty("type").GetString() == type);
}
