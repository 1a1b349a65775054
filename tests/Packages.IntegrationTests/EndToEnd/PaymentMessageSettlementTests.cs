using Packages.IntegrationTests.Infrastructure;

namespace Packages.IntegrationTests.EndToEnd;

/// <summary>Messages that can never succeed are dead-lettered with a reason and change nothing.</summary>
[Collection(CosmosCollection.Name)]
public sealed class PaymentMessageSettlementTests(CosmosServerFixture cosmos) : IAsyncLifetime
{
    private LocalHostDriver _host = null!;
    private ClinicScenario _clinic = null!;
    private string _package = null!;

    public async Task InitializeAsync()
    {
        _host = await LocalHostDriver.StartAsync(cosmos);
        _clinic = new ClinicScenario(_host);
        await _clinic.RegisterAsync();
        _package = await _clinic.SellAsync(await _clinic.CreateOfferAsync(sessions: 5, priceMinor: 45_000));
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task A_payment_for_an_unknown_package_is_dead_lettered()
    {
        var report = await _clinic.PostPaymentAsync("payment-applied", "pay-1", "no-such-package", 45_000);

        Assert.Equal("deadLettered", report.GetProperty("settlement").GetString());
        Assert.Equal("package-not-found", report.GetProperty("deadLetterReason").GetString());
    }

    [Fact]
    public async Task A_payment_from_another_clinic_is_dead_lettered_and_changes_nothing()
    {
        var other = new ClinicScenario(_host, "other-clinic");
        await other.RegisterAsync();

        var report = await other.PostPaymentAsync("payment-applied", "pay-1", _package, 45_000);

        Assert.Equal("package-not-found", report.GetProperty("deadLetterReason").GetString());
        Assert.Equal(0, (await _clinic.GetPackageAsync(_package)).GetProperty("amountPaid").GetProperty("amountMinor").GetInt64());
    }

    [Fact]
    public async Task A_payment_in_the_wrong_currency_is_dead_lettered()
    {
        var report = await _clinic.PostPaymentAsync("payment-applied", "pay-1", _package, 45_000, currency: "USD");

        Assert.Equal("currency-mismatch", report.GetProperty("deadLetterReason").GetString());
        Assert.Equal(0, (await _clinic.GetPackageAsync(_package)).GetProperty("amountPaid").GetProperty("amountMinor").GetInt64());
    }

    [Fact]
    public async Task A_malformed_message_is_dead_lettered_with_a_description()
    {
        var response = await _host.Client.PostAsync("/local/servicebus/payments", new StringContent("{not json"));
        var report = await _host.JsonAsync(response);

        Assert.Equal("deadLettered", report.GetProperty("settlement").GetString());
        Assert.Equal("validation-failed", report.GetProperty("deadLetterReason").GetString());
        Assert.False(string.IsNullOrWhiteSpace(report.GetProperty("deadLetterErrorDescription").GetString()));
    }
}
