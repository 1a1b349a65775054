using Packages.Application.Imports;
using Packages.Application.Packages;
using Packages.Domain.Clinics;
using Packages.Domain.Common;
using Packages.Domain.Offers;
using Packages.Domain.Packages;

namespace Packages.Functions.Http.Contracts;

/// <summary>Domain → response shapes, in one place.</summary>
public static class ContractMapping
{
    public static MoneyDto ToDto(this Money money) => new(money.AmountMinor, money.Currency);

    public static ClinicResponse ToResponse(this Clinic clinic) =>
        new(clinic.Id, clinic.Name, clinic.TimeZoneId, new ReminderPolicyResponse(clinic.Reminders.ExpiringSoonDays, clinic.Reminders.SessionsLowAt),
            new OnlinePurchasePolicyResponse(clinic.OnlinePurchases.HoldHours, clinic.OnlinePurchases.MaxUnpaidPerClient), clinic.OnReceipt(),
            clinic.MembershipGraceDays);

    public static ClinicOnReceiptResponse OnReceipt(this Clinic clinic) =>
        new(clinic.Name, clinic.ReceiptDetails?.LegalName, clinic.ReceiptDetails?.Address, clinic.ReceiptDetails?.TaxNumber);

    public static TermsResponse ToResponse(this PackageTerms terms) => new(
        terms.Name,
        terms.Price.ToDto(),
        terms.Sessions,
        terms.EligibleServiceTypes,
        [.. terms.ServiceTypeCaps.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => new ServiceTypeCapResponse(c.Key, c.Value))],
        terms.DefaultExpiry.NeverExpires ? null : new ExpiryPolicyResponse(terms.DefaultExpiry.Count!.Value, terms.DefaultExpiry.Unit!.Value),
        terms.AllowInstallments,
        terms.LateCancelPolicy,
        terms.MaxBeneficiaries,
        terms.SessionsPerClient,
        new RefundPolicyResponse(terms.RefundPolicy.Method, terms.RefundPolicy.FeeFixedMinor, terms.RefundPolicy.FeeBasisPoints),
        terms.ListPricePerSession?.ToDto(), terms.MaxFreezeDaysPerYear);

    public static OfferResponse ToResponse(this Offer offer) =>
        new(offer.Id, offer.ClinicId, offer.Status, offer.Terms.ToResponse(), offer.SoldOnline, offer.CreatedAt, offer.UpdatedAt,
            offer.Membership is { } plan ? new MembershipPlanResponse(plan.Period, plan.RolloverMax, plan.MinimumPeriods, plan.Unlimited) : null);

    public static ReceiptResponse ToResponse(this Receipt receipt, Clinic? clinic = null) => new(
        receipt.PackageId, receipt.PackageName, receipt.ClientId, receipt.AppointmentId, receipt.ServiceType, receipt.SessionNumber,
        receipt.SessionsTotal, receipt.SessionsRemaining, receipt.Value.ToDto(), receipt.RedeemedAt, receipt.Outcome,
        receipt.Practitioner, receipt.ServiceCode,
        TimeZoneInfo.ConvertTime(receipt.RedeemedAt, ClinicCalendar.FindZone(receipt.TimeZoneId)).ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture),
        receipt.TimeZoneId, receipt.ListPrice?.ToDto(), receipt.Discount?.ToDto(), clinic?.OnReceipt());

    public static ReversalResponse ToResponse(this ReversalResult result) =>
        new(result.AppointmentId, result.SessionReturned ? Domain.Packages.Events.ReversalOutcome.Returned : Domain.Packages.Events.ReversalOutcome.Forfeited, result.SessionsRemaining);

    public static HistoryEntryResponse ToResponse(this PackageEvent e) => new(
        e.At, e.Actor, e.Kind, e.Ref, e.Amount?.ToDto(), e.ServiceType, e.ReversalReason, e.ExpiresOn, e.PreviousExpiresOn, e.Reason, e.ClientId, e.Sessions);

    /// <summary>The package as staff see it.</summary>
    public static PackageResponse ToResponse(this Package package, DateTimeOffset now) => package.ToResponse(now, ClientScope.AllClients);

    /// <summary>The package as the caller's <paramref name="scope"/> sees it (only packages they see reach here; docs/rules.md).</summary>
    public static PackageResponse ToResponse(this Package package, DateTimeOffset now, ClientScope scope)
    {
        var view = scope.ViewOf(package) ?? throw new InvalidOperationException($"Package {package.Id} is not visible in this scope.");
        var full = view != PackageView.Shared;
        return new(
        package.Id,
        package.ClinicId,
        package.ClientId,
        full ? package.Beneficiaries : [.. package.Beneficiaries.Where(b => b == scope.OnlyClientId)],
        view,
        package.OfferId,
        package.Status,
        package.Source,
        package.ExternalReference,
        package.IsRedeemable(now),
        package.Terms.ToResponse(),
        package.SessionsUsed,
        package.SessionsRemaining,
        full ? package.AmountPaid.ToDto() : null,
        full ? package.AmountDue.ToDto() : null,
        full ? package.Overpayment.ToDto() : null,
        package.PurchasedAt,
        package.ExpiresOn,
        package.ExpiresAt,
        package.TimeZoneId,
        [.. package.Redemptions.Where(r => scope.SeesSession(package, view, r.ClientId, r.RedeemedAt)).OrderBy(r => r.Slot).Select(r => new RedemptionResponse(
            r.AppointmentId, r.ClientId, r.ServiceType, r.Slot + 1, r.Value.ToDto(), r.RedeemedAt, r.RedeemedBy, r.Outcome, r.ForfeitReason))],
        package.SessionsTransferred,
        full ? [.. package.TransfersOut.Where(t => view == PackageView.Full || ClientScope.IsOwners(package, t.At)).Select(t => t.ToResponse(package))] : [],
        full ? package.TransferredFrom : null,
        full && (view == PackageView.Full || package.OwnerSince is null) ? package.PurchasedBy : null,
        full ? package.HoldUntil : null,
        full && package.Refund is { } r
            ? new RefundResponse(r.RefundId, r.Amount.ToDto(), r.Computed.ToDto(), r.Reason, r.At, r.By, package.AmountRefunded.ToDto(), r.Amount.Subtract(package.AmountRefunded).ToDto())
            : null,
        // Reasons can be medical: staff see every freeze, the owner those set since they own it, a beneficiary none.
        [.. package.Freezes.Where(f => view == PackageView.Full || (view == PackageView.Owner && ClientScope.IsOwners(package, f.At)))
            .Select(f => new FreezeResponse(f.From, f.Until, f.Days, f.Reason, f.By, f.At))],
        package.Membership?.ToResponse());
    }

    public static RefundQuoteResponse ToResponse(this RefundQuote q) => new(
        q.Method, q.Paid.ToDto(), q.SessionsUsed, q.ListPricePerSession?.ToDto(), q.ValueUsed.ToDto(), q.ValueTransferred.ToDto(), q.Deducted.ToDto(),
        q.Base.ToDto(), q.Fee.ToDto(), q.Amount.ToDto());

    public static PurchaseResponse ToPurchaseResponse(this Package package) => new(
        package.Id, package.OfferId, package.Terms.Name, package.PurchasedBy!, package.ClientId, package.Terms.Price.ToDto(),
        package.Status == PackageStatus.Refunded ? PurchaseStatus.Refunded
            : package.Status is PackageStatus.Cancelled or PackageStatus.Deleted ? PurchaseStatus.Cancelled
            : package.IsFullyPaid ? PurchaseStatus.Paid
            : package.HasAppliedPayments ? PurchaseStatus.PartlyPaid
            : PurchaseStatus.AwaitingPayment,
        package.HoldUntil, package.Id, package.PurchasedAt);

    public static TransferOutResponse ToResponse(this SessionTransfer t, Package source) => new(
        t.ToPackageId, t.ToClientId, t.Slots.Count, source.Terms.ValueOf(t.Slots).ToDto(), t.At, t.Completed);

    public static ImportResponse ToResponse(this IReadOnlyList<ImportRowResult> rows) => new(
        rows.Count(r => r.Status == ImportRowStatus.Imported),
        rows.Count(r => r.Status == ImportRowStatus.AlreadyImported),
        rows.Count(r => r.Status == ImportRowStatus.Failed),
        [.. rows.Select(r => new ImportRowResponse(r.Row, r.ExternalReference, r.Status, r.PackageId, r.Error?.Code, r.Error?.Detail, r.Error?.FieldErrors))]);
}
