using Packages.Domain.Clinics;
using Packages.Domain.Common;

namespace Packages.Domain.Packages;

/// <summary>Every expected refusal of a package command, with its stable code.</summary>
public static class PackageErrors
{
    public const string NotFoundCode = ErrorCodes.PackageNotFound;

    public static DomainError NotFound(string packageId) =>
        new(NotFoundCode, ErrorKind.NotFound, $"Package '{packageId}' was not found in this clinic.");

    public static DomainError NotPaid(long dueMinor, string currency) =>
        new(ErrorCodes.PackageNotPaid, ErrorKind.Conflict,
            $"The package is not fully paid ({dueMinor} {currency} minor units due); it unlocks when payment is applied.");

    public static readonly DomainError InstallmentNotCovered =
        new(ErrorCodes.InstallmentNotCovered, ErrorKind.Conflict,
            "The payments applied so far do not cover the value of another session.");

    public static DomainError Expired(DateOnly lastDay) =>
        new(ErrorCodes.PackageExpired, ErrorKind.Conflict, $"The package expired at the end of {ClinicCalendar.Format(lastDay)} (clinic time).");

    public static readonly DomainError Cancelled =
        new(ErrorCodes.PackageCancelled, ErrorKind.Conflict, "The package was cancelled.");

    public static readonly DomainError Deleted =
        new(ErrorCodes.PackageDeleted, ErrorKind.Conflict, "The package was deleted as a sale made by mistake.");

    public static readonly DomainError Refunded =
        new(ErrorCodes.PackageRefunded, ErrorKind.Conflict, "The package was refunded and closed; a refund cannot be undone.");

    public static DomainError SourceNotPaid(string sourceId, Money due) =>
        new(ErrorCodes.PackageNotPaid, ErrorKind.Conflict,
            $"This package's sessions came from package '{sourceId}', which is not fully paid ({due.AmountMinor} {due.Currency} minor units due): their money is not held, so they are not refunded.");

    public static DomainError Frozen(PackageFreeze freeze) =>
        new(ErrorCodes.PackageFrozen, ErrorKind.Conflict,
            $"The package is frozen from {ClinicCalendar.Format(freeze.From)} through {ClinicCalendar.Format(freeze.Until)} ({freeze.Reason}); it can be used again after that, or once staff end the freeze.");

    public static readonly DomainError FreezeNotOffered =
        new(ErrorCodes.FreezeNotOffered, ErrorKind.Unprocessable, "This package's offer does not allow freezing (its maxFreezeDaysPerYear is 0).");

    public static DomainError FreezeOverlaps(DateOnly from, DateOnly until) =>
        new(ErrorCodes.FreezeOverlaps, ErrorKind.Conflict, $"The package is already frozen from {ClinicCalendar.Format(from)} through {ClinicCalendar.Format(until)}; end that freeze or choose other days.");

    public static DomainError FreezeLimitReached(int year, int max, int used) =>
        new(ErrorCodes.FreezeLimitReached, ErrorKind.Unprocessable, $"The offer allows {max} frozen days in {year}; {used} are already frozen.");

    public static DomainError TooManyFreezes(int max) =>
        new(ErrorCodes.TooManyFreezes, ErrorKind.Unprocessable, $"The package already holds {max} freezes.");

    public static DomainError FreezeNotFound(DateOnly from) =>
        new(ErrorCodes.FreezeNotFound, ErrorKind.NotFound, $"No freeze of this package begins on {ClinicCalendar.Format(from)}.");

    public static readonly DomainError NothingToRefund =
        new(ErrorCodes.NothingToRefund, ErrorKind.Conflict, "Nothing was paid for this package: cancel it (or delete a sale made by mistake) instead.");

    public static DomainError RefundAbovePolicy(long policyMinor) =>
        new(ErrorCodes.RefundAbovePolicy, ErrorKind.Unprocessable, $"Staff may lower the refund, not raise it: at most {policyMinor} minor units, as the policy computes.");

    public static readonly DomainError RefundNotRequested =
        new(ErrorCodes.RefundNotRequested, ErrorKind.Conflict, "No refund was requested for this package: money returned to the client is recorded only after a refund.");

    public static readonly DomainError Exhausted =
        new(ErrorCodes.PackageExhausted, ErrorKind.Conflict, "Every session of this package has been used.");

    public static DomainError ServiceNotEligible(string serviceType) =>
        new(ErrorCodes.ServiceNotEligible, ErrorKind.Unprocessable, $"Service type '{serviceType}' is not covered by this package.");

    public static DomainError ServiceLimitReached(string serviceType, int cap) =>
        new(ErrorCodes.ServiceLimitReached, ErrorKind.Conflict, $"The package's limit of {cap} '{serviceType}' sessions is used up.");

    public static DomainError ClientNotBeneficiary(string clientId) =>
        new(ErrorCodes.ClientNotBeneficiary, ErrorKind.Unprocessable,
            $"Client '{clientId}' neither owns this package nor is named to share it: only its owner and beneficiaries may use it.");

    public static DomainError ClientLimitReached(string clientId, int cap) =>
        new(ErrorCodes.ClientLimitReached, ErrorKind.Conflict, $"Client '{clientId}' has used this package's limit of {cap} sessions per client.");

    public static DomainError BeneficiaryLimitReached(int max) =>
        new(ErrorCodes.BeneficiaryLimitReached, ErrorKind.Conflict, max == 0
            ? "This package is for its owner only: its offer allows no beneficiaries."
            : $"This package is already shared with its offer's limit of {max} beneficiaries; remove one first.");

    public static DomainError NotEnoughSessions(int asked, int left) =>
        new(ErrorCodes.NotEnoughSessions, ErrorKind.Conflict, $"Only {left} unused sessions are left; {asked} cannot move.");

    public static DomainError TransferLimitReached(int max) =>
        new(ErrorCodes.TransferLimitReached, ErrorKind.Conflict, $"Sessions of this package were already moved {max} times, its limit.");

    public static readonly DomainError PurchaseLapsed =
        new(ErrorCodes.PurchaseLapsed, ErrorKind.Conflict,
            "This online purchase was cancelled unpaid (its hold ended): the payment is not absorbed; refund it in the payment system.");

    public static DomainError TooManyUnpaidPurchases(int max) =>
        new(ErrorCodes.TooManyUnpaidPurchases, ErrorKind.Conflict,
            $"You already have {max} online purchases awaiting payment: pay one, or wait for its hold to end.");

    public static DomainError CurrencyMismatch(string expected, string actual) =>
        new(ErrorCodes.CurrencyMismatch, ErrorKind.Unprocessable, $"The package is priced in {expected}, not {actual}.");

    public static DomainError TooManyPayments(int max) =>
        new(ErrorCodes.TooManyPayments, ErrorKind.Unprocessable, $"The package already holds {max} payment lines; reconcile it with the clinic before sending more.");

    /// <summary>The payment system sent a known payment id with another amount: a discrepancy to reconcile, never absorbed.</summary>
    /// <summary>A returned refund under the id of a payment the package received: two different movements, one id.</summary>
    public static DomainError PaymentIdTaken(string paymentId) =>
        new(ErrorCodes.PaymentAmountMismatch, ErrorKind.Unprocessable,
            $"Payment id '{paymentId}' is a payment this package received, not money returned to the client: send the refund under its own id.");

    public static DomainError PaymentAmountMismatch(string paymentId, long recordedMinor, long sentMinor) =>
        new(ErrorCodes.PaymentAmountMismatch, ErrorKind.Unprocessable,
            $"Payment '{paymentId}' was recorded with {recordedMinor} minor units; this message says {sentMinor}. Reconcile it in the payment system.");

    public static DomainError PaidAmountOutOfRange(long max) =>
        new(ErrorCodes.AmountOutOfRange, ErrorKind.Unprocessable, $"This payment would bring what the package holds above {max} minor units.");

    public static readonly DomainError HasPayments =
        new(ErrorCodes.PackageHasPayments, ErrorKind.Conflict,
            "A payment is applied to this package: unapply it first, or cancel the package instead of deleting it.");

    public static readonly DomainError HasRedemptions =
        new(ErrorCodes.PackageHasRedemptions, ErrorKind.Conflict,
            "Sessions of this package are in use or were moved to another client, so it was not a sale made by mistake: reverse them first, or cancel the package.");

    public static DomainError RedemptionNotFound(string appointmentId) =>
        new(ErrorCodes.RedemptionNotFound, ErrorKind.NotFound, $"No session of this package was redeemed for appointment '{appointmentId}'.");

    public static DomainError AppointmentRedeemedElsewhere(string appointmentId, string packageId) =>
        new(ErrorCodes.AppointmentAlreadyRedeemed, ErrorKind.Conflict,
            $"Appointment '{appointmentId}' already used a session of package '{packageId}'; reverse it there first to charge another package.");

    public static DomainError AppointmentRedeemedForAnotherClient(string appointmentId) =>
        new(ErrorCodes.AppointmentAlreadyRedeemed, ErrorKind.Conflict,
            $"Appointment '{appointmentId}' already used a session of this package for another client; reverse it first.");

    public static readonly DomainError NoRedeemablePackage =
        new(ErrorCodes.NoRedeemablePackage, ErrorKind.Conflict,
            "The client has no paid, unexpired package with a session left for this service type.");

    public static DomainError ReasonRequired(string field = "reason") =>
        DomainError.Validation(field, $"Give a reason of 1-{Text.MaxReasonLength} characters, without control characters.");

    public static bool IsValidReason(string? reason) => Text.IsValid(reason, Text.MaxReasonLength);
}
