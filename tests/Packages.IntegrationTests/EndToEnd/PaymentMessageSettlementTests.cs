using Packages.IntegrationTests.Infrastructure;

namespace Packages.IntegrationTests.EndToEnd;

/// <summary>Messages that can never succeed are dead-lettered with a reason and change nothing.</summary>
[Collection(CosmosCollection.Name)]
public sealed class PaymentMessageSettlementTests(CosmosServerFixture cosmos) : ClinicTest(cosmos)
{
    private string _package = null!;

    protected override async Task SeedAsync() => _package = await Clinic.SellAsync(await Clinic.CreateOfferAsync(sessions: 5, priceMinor: 45_000));

    [Fact]
    public async Task A_payment_for_an_unknown_package_is_redelivered_a_few_times_then_dead_lettered()
    {
        var report = await Clinic.PostPaymentAsync("payment-applied", "pay-1", "no-such-package", 45_000);

        Assert.Equal("deadLettered", report.GetProperty("settlement").GetString());
        Assert.Equal("package-not-found", report.GetProperty("deadLetterReason").GetString());
        Assert.Equal(Packages.Functions.Messaging.PaymentMessagesFunction.NotFoundRedeliveries, report.GetProperty("deliveryCount").GetInt32());
    }

    [Fact]
    public async Task A_payment_from_another_clinic_is_dead_lettered_and_changes_nothing()
    {
        var other = new ClinicScenario(Host, "other-clinic");
        await other.RegisterAsync();

        var report = await other.PostPaymentAsync("payment-applied", "pay-1", _package, 45_000);

        Assert.Equal("package-not-found", report.GetProperty("deadLetterReason").GetString());
        Assert.Equal(0, (await Clinic.GetPackageAsync(_package)).GetProperty("amountPaid").GetProperty("amountMinor").GetInt64());
    }

    [Fact]
    public async Task A_payment_in_the_wrong_currency_is_dead_lettered()
    {
        var report = await Clinic.PostPaymentAsync("payment-applied", "pay-1", _package, 45_000, currency: "USD");

        Assert.Equal("currency-mismatch", report.GetProperty("deadLetterReason").GetString());
        Assert.Equal(0, (await Clinic.GetPackageAsync(_package)).GetProperty("amountPaid").GetProperty("amountMinor").GetInt64());
    }

    [Fact]
    public async Task A_malformed_message_is_dead_lettered_with_a_description()
    {
        var response = await Host.Client.PostAsync("/local/servicebus/payments", new StringContent("{not json"));
        var report = await Host.JsonAsync(response);

        Assert.Equal("deadLettered", report.GetProperty("settlement").GetString());
        Assert.Equal("validation-failed", report.GetProperty("deadLetterReason").GetString());
        Assert.False(string.IsNullOrWhiteSpace(report.GetProperty("deadLetterErrorDescription").GetString()));
    }
}
