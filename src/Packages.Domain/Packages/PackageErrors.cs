using Packages.Domain.Common;

namespace Packages.Domain.Packages;

/// <summary>Every expected refusal of a package command, with its stable code.</summary>
public static class PackageErrors
{
    public const string NotFoundCode = "package-not-found";

    public static DomainError NotFound(string packageId) =>
        new(NotFoundCode, ErrorKind.NotFound, $"Package '{packageId}' was not found in this clinic.");

    public static DomainError NotPaid(long dueMinor, string currency) =>
        new("package-not-paid", ErrorKind.Conflict,
            $"The package is not fully paid ({dueMinor} {currency} minor units due); it unlocks when payment is applied.");

    public static readonly DomainError InstallmentNotCovered =
        new("installment-not-covered", ErrorKind.Conflict,
            "The payments applied so far do not cover the value of another session.");

    public static DomainError Expired(DateOnly lastDay) =>
        new("package-expired", ErrorKind.Conflict, $"The package expired at the end of {lastDay:yyyy-MM-dd} (clinic time).");

    public static readonly DomainError Cancelled =
        new("package-cancelled", ErrorKind.Conflict, "The package was cancelled.");

    public static readonly DomainError Deleted =
        new("package-deleted", ErrorKind.Conflict, "The package was deleted as a sale made by mistake.");

    public static readonly DomainError Exhausted =
        new("package-exhausted", ErrorKind.Conflict, "Every session of this package has been used.");

    public static DomainError ServiceNotEligible(string serviceType) =>
        new("service-not-eligible", ErrorKind.Unprocessable, $"Service type '{serviceType}' is not covered by this package.");

    public static DomainError ServiceLimitReached(string serviceType, int cap) =>
        new("service-limit-reached", ErrorKind.Conflict, $"The package's limit of {cap} '{serviceType}' sessions is used up.");

    public static DomainError CurrencyMismatch(string expected, string actual) =>
        new("currency-mismatch", ErrorKind.Unprocessable, $"The package is priced in {expected}, not {actual}.");

    public static DomainError TooManyPayments(int max) =>
        new("too-many-payments", ErrorKind.Unprocessable, $"The package already holds {max} payment lines; reconcile it with the clinic before sending more.");

    /// <summary>The payment system sent a known payment id with another amount: a discrepancy to reconcile, never absorbed.</summary>
    public static DomainError PaymentAmountMismatch(string paymentId, long recordedMinor, long sentMinor) =>
        new("payment-amount-mismatch", ErrorKind.Unprocessable,
            $"Payment '{paymentId}' was recorded with {recordedMinor} minor units; this message says {sentMinor}. Reconcile it in the payment system.");

    public static DomainError PaidAmountOutOfRange(long max) =>
        new("amount-out-of-range", ErrorKind.Unprocessable, $"This payment would bring what the package holds above {max} minor units.");

    public static readonly DomainError HasPayments =
        new("package-has-payments", ErrorKind.Conflict,
            "A payment is applied to this package: unapply it first, or cancel the package instead of deleting it.");

    public static DomainError RedemptionNotFound(string appointmentId) =>
        new("redemption-not-found", ErrorKind.NotFound, $"No session of this package was redeemed for appointment '{appointmentId}'.");

    public static DomainError AppointmentRedeemedElsewhere(string appointmentId, string packageId) =>
        new("appointment-already-redeemed", ErrorKind.Conflict,
            $"Appointment '{appointmentId}' already used a session of package '{packageId}'; reverse it there first to charge another package.");

    public static readonly DomainError NoRedeemablePackage =
        new("no-redeemable-package", ErrorKind.Conflict,
            "The client has no paid, unexpired package with a session left for this service type.");

    public static readonly DomainError ConcurrencyConflict =
        new("concurrency-conflict", ErrorKind.Conflict, "The package kept changing under this request; retry it.");

    public static DomainError ReasonRequired(string field = "reason") =>
        DomainError.Validation(field, $"Give a reason of 1-{Text.MaxReasonLength} characters, without control characters.");

    public static bool IsValidReason(string? reason) => Text.IsValid(reason, Text.MaxReasonLength);
}
