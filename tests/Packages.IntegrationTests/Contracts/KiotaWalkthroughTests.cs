using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;
using Packages.Client;
using Packages.Client.Models;
using Packages.IntegrationTests.Infrastructure;

namespace Packages.IntegrationTests.Contracts;

/// <summary>
/// The README walk-through's /api calls, made as a client developer would: through a C# client that Kiota
/// generated from the committed docs/openapi.json at build (tests/Packages.GeneratedClient), against the local
/// host. Typed models, enums, problem codes as exceptions: if the contract misdescribes the API, this fails.
/// </summary>
[Collection(CosmosCollection.Name)]
public sealed class KiotaWalkthroughTests(CosmosServerFixture cosmos) : IAsyncLifetime
{
    private LocalHostDriver _host = null!;
    private PackagesApiClient _api = null!;

    public async Task InitializeAsync()
    {
        _host = await LocalHostDriver.StartAsync(cosmos);
        _api = ClientAs("maple-physio:admin", "jane");
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task The_readme_walk_through_runs_through_the_generated_client()
    {
        var clinic = _api.Api.Clinics["maple-physio"];
        var scenario = new ClinicScenario(_host);

        // 1-3. Register, define an offer, sell it.
        var registered = await clinic.PutAsync(new RegisterClinicRequest { Name = "Maple Physio", TimeZone = "America/Toronto" });
        var offer = await clinic.Offers.PostAsync(new OfferRequest
        {
            Name = "5 sessions",
            Price = new MoneyRequest { AmountMinor = 45_000, Currency = "CAD" },
            Sessions = 5,
            EligibleServiceTypes = ["massage", "acupuncture"],
            ServiceTypeCaps = [new ServiceTypeCapRequest { ServiceType = "massage", MaxSessions = 3 }],
            DefaultExpiry = new ExpiryPolicyRequest { Count = 30, Unit = ExpiryUnit.Days },
            LateCancelPolicy = LateCancelPolicy.Forfeit,
        }, c => c.Headers.Add("Idempotency-Key", "offer-5-sessions"));
        var sold = await clinic.Packages.PostAsync(new SellPackageRequest { OfferId = offer!.OfferId, ClientId = "client-42" }, c => c.Headers.Add("Idempotency-Key", "sale-0001"));
        var package = clinic.Packages[sold!.PackageId];

        Assert.Equal(("America/Toronto", OfferStatus.Active, 5), (registered!.TimeZone, offer.Status, offer.Terms!.Sessions));
        Assert.Equal(("massage", 3), (offer.Terms.ServiceTypeCaps![0].ServiceType, offer.Terms.ServiceTypeCaps[0].MaxSessions));
        Assert.Equal((PackageStatus.Active, false, 45_000L), (sold.Status, sold.Redeemable, sold.AmountDue!.AmountMinor));

        // 4. Redeeming an unpaid package is refused with a typed problem.
        var unpaid = await Assert.ThrowsAsync<Problem>(() => package.Redemptions.PostAsync(new RedeemPackageSessionRequest { AppointmentId = "appt-1", ClientId = "client-42", ServiceType = "massage" }));
        Assert.Equal((409, ProblemCode.PackageNotPaid), (unpaid.ResponseStatusCode, unpaid.Code));
        Assert.Contains("paid", unpaid.Message, StringComparison.OrdinalIgnoreCase);

        // 5-8. Pay, redeem, redeem for the client, read the receipt, cancel in time.
        await scenario.PostPaymentAsync("payment-applied", "pay-1", sold.PackageId!, 45_000);
        var receipt = await package.Redemptions.PostAsync(new RedeemPackageSessionRequest { AppointmentId = "appt-1", ClientId = "client-42", ServiceType = "massage" });
        var chosen = await clinic.Clients["client-42"].Redemptions.PostAsync(new RedeemForClientRequest { AppointmentId = "appt-2", ServiceType = "acupuncture" });
        var again = await package.Redemptions["appt-2"].GetAsync();
        var reversal = await package.Redemptions["appt-2"].Reversal.PostAsync(new ReverseRedemptionRequest { Reason = ReversalReason.Cancelled });

        Assert.Equal((9_000L, "CAD", 4), (receipt!.Value!.AmountMinor, receipt.Value.Currency, receipt.SessionsRemaining));
        Assert.Equal((sold.PackageId, 3), (chosen!.PackageId, chosen.SessionsRemaining));
        Assert.Equal((RedemptionOutcome.Redeemed, 2), (again!.Outcome, again.SessionNumber));
        Assert.Equal(4, reversal!.SessionsRemaining);

        // 9. Extend the expiry; the package and its structured history.
        await package.Expiry.PutAsync(new ChangeExpiryRequest { ExpiresOn = new Date(2027, 3, 31), Reason = "Injury" });
        var current = await package.GetAsync();
        var history = await package.History.GetAsync();
        var change = history!.Items!.First(h => h.Kind == PackageEventKind.ExpiryChanged);
        var payment = history.Items!.Single(h => h.Kind == PackageEventKind.PaymentApplied);

        Assert.Equal((new Date(2027, 3, 31), 1), (current!.ExpiresOn, current.Redemptions!.Count));
        Assert.Equal((new Date(2027, 3, 31), "Injury", 45_000L), (change.ExpiresOn, change.Reason, payment.Amount!.AmountMinor));
        Assert.NotNull(change.PreviousExpiresOn);

        // 9b. Clear it (never expires), as a generated client can say it, then set it again.
        var cleared = await package.Expiry.PutAsync(new ChangeExpiryRequest { NeverExpires = true, Reason = "Open-ended care plan" });
        Assert.Null(cleared!.ExpiresOn);
        await package.Expiry.PutAsync(new ChangeExpiryRequest { ExpiresOn = new Date(2027, 3, 31), Reason = "Back to the plan" });

        // 10. Deleting is refused while paid; after the payment is taken back it is allowed.
        var paid = await Assert.ThrowsAsync<Problem>(() => package.DeleteAsync(c => c.QueryParameters.Reason = "sold by mistake"));
        await scenario.PostPaymentAsync("payment-unapplied", "pay-1", sold.PackageId!, 45_000);
        var locked = await Assert.ThrowsAsync<Problem>(() => package.Redemptions.PostAsync(new RedeemPackageSessionRequest { AppointmentId = "appt-3", ClientId = "client-42", ServiceType = "massage" }));
        await package.Redemptions["appt-1"].Reversal.PostAsync(new ReverseRedemptionRequest { Reason = ReversalReason.Cancelled });
        var deleted = await package.DeleteAsync(c => c.QueryParameters.Reason = "sold by mistake");

        Assert.Equal(ProblemCode.PackageHasPayments, paid.Code);
        Assert.Equal(ProblemCode.PackageNotPaid, locked.Code);
        Assert.Equal(PackageStatus.Deleted, deleted!.Status);

        // 11. Import a package from older tracking; list the client's packages and the offers.
        var import = await clinic.Imports.Packages.PostAsync(new ImportRequest
        {
            Packages =
            [
                new ImportRowRequest
                {
                    OfferId = offer.OfferId, ExternalReference = "OLD-1001", ClientId = "client-7", PurchasedOn = new Date(2026, 9, 1),
                    SessionsUsed = 3, AmountPaid = new MoneyRequest { AmountMinor = 45_000, Currency = "CAD" },
                },
            ],
        });
        var imported = await clinic.Clients["client-7"].Packages.GetAsync();
        var offers = await clinic.Offers.GetAsync(c => c.QueryParameters.PageSize = 1);

        Assert.Equal((1, ImportRowStatus.Imported), (import!.Imported, import.Rows![0].Status));
        Assert.Equal((2, PackageSource.Imported, (Date?)null), (imported!.Items![0].SessionsRemaining, imported.Items[0].Source, imported.Items[0].ExpiresOn));
        Assert.Single(offers!.Items!);

        // 12-13. A family offer sold online; a patient buys it (Idempotency-Key), the payment arrives, the purchase is paid.
        var family = await clinic.Offers.PostAsync(new OfferRequest
        {
            Name = "Family 10", Price = new MoneyRequest { AmountMinor = 90_000, Currency = "CAD" }, Sessions = 10,
            EligibleServiceTypes = ["massage", "acupuncture"], MaxBeneficiaries = 2, SessionsPerClient = 4, SoldOnline = true,
            DefaultExpiry = new ExpiryPolicyRequest { Count = 12, Unit = ExpiryUnit.Months }, MaxFreezeDaysPerYear = 30,
        }, c => c.Headers.Add("Idempotency-Key", "offer-family"));
        var parent = ClientAs("maple-physio:patient:parent").Api.Clinics["maple-physio"];
        var purchase = await parent.OnlinePurchases.PostAsync(new BuyOnlineRequest { OfferId = family!.OfferId }, c => c.Headers.Add("Idempotency-Key", "buy-1"));
        await scenario.PostPaymentAsync("payment-applied", "pay-online", purchase!.PaymentReference!, 90_000);
        var paidPurchase = await parent.OnlinePurchases[purchase.PackageId].GetAsync();

        Assert.Equal((PurchaseStatus.AwaitingPayment, 90_000L), (purchase.Status, purchase.Amount!.AmountMinor));
        Assert.Equal(PurchaseStatus.Paid, paidPurchase!.Status);

        // 14. Shared with the child, who redeems; a neighbour is refused; the child sees the shared view.
        var familyPackage = clinic.Packages[purchase.PackageId];
        var shared = await familyPackage.Beneficiaries.PostAsync(new BeneficiaryRequest { ClientId = "child", Reason = "Family package" });
        var childReceipt = await familyPackage.Redemptions.PostAsync(new RedeemPackageSessionRequest { AppointmentId = "appt-c1", ClientId = "child", ServiceType = "massage" });
        var neighbour = await Assert.ThrowsAsync<Problem>(() => familyPackage.Redemptions.PostAsync(new RedeemPackageSessionRequest { AppointmentId = "appt-n1", ClientId = "neighbour", ServiceType = "massage" }));
        var childView = await ClientAs("maple-physio:patient:child").Api.Clinics["maple-physio"].Clients["child"].Packages.GetAsync();

        Assert.Equal(["child"], shared!.Beneficiaries);
        Assert.Equal(("child", 9_000L), (childReceipt!.ClientId, childReceipt.Value!.AmountMinor));
        Assert.Equal((422, ProblemCode.ClientNotBeneficiary), (neighbour.ResponseStatusCode, neighbour.Code));
        Assert.Equal(PackageView.Shared, childView!.Items![0].View);
        Assert.Null(childView.Items[0].AmountPaid);

        // 15. Three sessions move to a friend's new package; the rest of the package goes to the child.
        var moved = await familyPackage.SessionTransfers.PostAsync(new TransferSessionsRequest { ToClientId = "friend", Sessions = 3, Reason = "Gift" },
            c => c.Headers.Add("Idempotency-Key", "move-1"));
        var given = await familyPackage.Transfer.PostAsync(new TransferPackageRequest { ToClientId = "child", Reason = "Parent moved abroad" });

        Assert.Equal(("friend", 3, 6), (moved!.Received!.ClientId, moved.Received.SessionsRemaining, moved.Source!.SessionsRemaining));
        Assert.Equal(("child", 0), (given!.ClientId, given.Beneficiaries!.Count));

        // 16. Refund the friend's package by the offer's policy: quoted, requested, closed for good.
        var friendsPackage = clinic.Packages[moved.Received.PackageId];
        var quote = await friendsPackage.RefundQuote.GetAsync();
        var refunded = await friendsPackage.Refund.PostAsync(new RefundRequest { Reason = "Moved away" });

        Assert.Equal((27_000L, RefundMethod.UnusedAtAllocatedValue), (quote!.Amount!.AmountMinor, quote.Method));
        Assert.Equal((PackageStatus.Refunded, 27_000L), (refunded!.Status, refunded.Refund!.Amount!.AmountMinor));

        // 17. The month's liability roll-forward once the relay has built the ledger, and the packages behind its closing.
        Assert.True((await _host.Client.PostAsync("/local/timers/DispatchOutbox", null)).IsSuccessStatusCode);
        var month = await clinic.Reports.Liability.GetAsync(c => c.QueryParameters.Month = "2026-11");
        var behind = await clinic.Reports.Liability.Packages.GetAsync(c => c.QueryParameters.Month = "2026-11");

        var cad = Assert.Single(month!.Currencies!);
        Assert.Equal(27_000L, cad.RefundedMinor); // the friend's unused sessions
        Assert.Equal(cad.OpeningMinor + cad.PaidMinor + cad.ImportedMinor + cad.TransferredMinor + cad.AdjustedMinor - cad.RecognizedMinor - cad.BreakageMinor - cad.RefundedMinor, cad.ClosingMinor);
        Assert.Equal(cad.ClosingMinor, behind!.Packages!.Sum(p => p.Balance!.AmountMinor));

        // 18. The child's package is frozen for 14 days from today, a visit is refused, the freeze ends today, the visit goes ahead.
        var today = new Microsoft.Kiota.Abstractions.Date(2026, 11, 26);
        var childsPackage = familyPackage;
        var frozen = await childsPackage.Freezes.PostAsync(new FreezeRequest { From = today, Until = new Microsoft.Kiota.Abstractions.Date(2026, 12, 9), Reason = "Sprained ankle" });
        var refusedWhileFrozen = await Assert.ThrowsAsync<Problem>(() => childsPackage.Redemptions.PostAsync(
            new RedeemPackageSessionRequest { AppointmentId = "appt-f1", ClientId = "child", ServiceType = "massage" }));
        var thawed = await childsPackage.Freezes["2026-11-26"].End.PostAsync(new ReasonRequest { Reason = "Recovered early" });

        Assert.Equal((new Microsoft.Kiota.Abstractions.Date(2027, 12, 10), 14), (frozen!.ExpiresOn, frozen.Freezes![0].Days));
        Assert.Equal(ProblemCode.PackageFrozen, refusedWhileFrozen.Code);
        Assert.Equal((new Microsoft.Kiota.Abstractions.Date(2027, 11, 26), 0), (thawed!.ExpiresOn, thawed.Freezes![0].Days));

        // 19. A monthly membership plan; a member enrolled, period 1 paid by a message naming the membership, a visit.
        var plan = await clinic.Offers.PostAsync(new OfferRequest
        {
            Name = "Monthly care", Price = new MoneyRequest { AmountMinor = 12_000, Currency = "CAD" }, Sessions = 4, EligibleServiceTypes = ["massage"],
            MaxFreezeDaysPerYear = 30, Membership = new MembershipPlanRequest { Period = MembershipPeriodUnit.Month, RolloverMax = 2, MinimumPeriods = 3 },
        });
        var firstPeriod = await clinic.Memberships.PostAsync(new EnrolMemberRequest { OfferId = plan!.OfferId, ClientId = "member" });
        var membershipId = firstPeriod!.Membership!.MembershipId!;
        await scenario.PostPaymentAsync("payment-applied", "mem-1", $"{membershipId}.1", 12_000);
        var visit = await clinic.Memberships[membershipId].Redemptions.PostAsync(new RedeemPackageSessionRequest { AppointmentId = "appt-m1", ClientId = "member", ServiceType = "massage" });

        Assert.Equal((1, 12_000L), (firstPeriod.Membership.Period, firstPeriod.AmountDue!.AmountMinor));
        Assert.Equal((3_000L, 3), (visit!.Value!.AmountMinor, visit.SessionsRemaining));

        // 20. A week's freeze from tomorrow: the month's last day and the next renewal move out 7 days.
        var travelling = await clinic.Packages[$"{membershipId}.1"].Freezes.PostAsync(new FreezeRequest
        {
            From = new Date(2026, 11, 27), Until = new Date(2026, 12, 3), Reason = "Travelling",
        });
        Assert.Equal((new Date(2027, 1, 1), DateTimeOffset.Parse("2027-01-02T05:00:00Z")), (travelling!.Membership!.EndsOn, travelling.Membership.RenewsAt));

        // 21. Forty days on, the renewal timer opens period 2 with 2 sessions carried over; paid, then cancelled: the minimum term holds it to period 3.
        _host.Time.Advance(TimeSpan.FromDays(40));
        Assert.True((await _host.Client.PostAsync("/local/timers/RenewMemberships", null)).IsSuccessStatusCode);
        await scenario.PostPaymentAsync("payment-applied", "mem-2", $"{membershipId}.2", 12_000);
        var renewed = await clinic.Memberships[membershipId].GetAsync();
        var cancelled = await clinic.Memberships[membershipId].Cancellation.PostAsync(new ReasonRequest { Reason = "Moving away" });

        Assert.Equal((MembershipStatus.Active, 2, 2), (renewed!.Status, renewed.Periods, renewed.CurrentPeriod!.Membership!.RolledOverSessions));
        Assert.Equal((MembershipStatus.Cancelling, 3), (cancelled!.Status, cancelled.EndsAfterPeriod));
        TestReport.Write("kiota client: generated from docs/openapi.json at build, README walk-through (steps 1-21, 42 /api calls) passed through it");
    }

    private PackagesApiClient ClientAs(string clinicRole, string? subject = null)
    {
        var http = _host.ClientWith(_host.TokenFor(subject ?? clinicRole.Split(':')[^1], clinicRole));
        return new PackagesApiClient(new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: http) { BaseUrl = http.BaseAddress!.ToString().TrimEnd('/') });
    }
}
