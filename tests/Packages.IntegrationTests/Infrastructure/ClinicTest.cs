namespace Packages.IntegrationTests.Infrastructure;

/// <summary>
/// A test class that runs against its own local host and database with the clinic "maple-physio"
/// registered. Subclasses add their own data in <see cref="SeedAsync"/>.
/// </summary>
public abstract class ClinicTest(CosmosServerFixture cosmos) : IAsyncLifetime
{
    protected LocalHostDriver Host { get; private set; } = null!;

    protected ClinicScenario Clinic { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Host = await LocalHostDriver.StartAsync(cosmos);
        Clinic = new ClinicScenario(Host);
        await Clinic.RegisterAsync();
        await SeedAsync();
    }

    public async Task DisposeAsync() => await Host.DisposeAsync();

    protected virtual Task SeedAsync() => Task.CompletedTask;
}
