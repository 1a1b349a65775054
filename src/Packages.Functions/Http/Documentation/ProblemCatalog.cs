using Packages.Domain.Common;

namespace Packages.Functions.Http.Documentation;

/// <summary>
/// Every problem code with the HTTP status it is answered with and what it means: the table of docs/problems.md
/// and the ProblemCode enum of docs/openapi.json are generated from it (tools/Packages.Contracts). The codes are
/// <see cref="ErrorCodes"/>; a test checks both lists hold the same codes.
/// </summary>
public static class ProblemCatalog
{
    public static IReadOnlyList<(string Code, int Status, string Meaning)> All { get; } =
    [
        (ErrorCodes.ValidationFailed, 400, "malformed JSON, wrong type, missing or out-of-range field, bad query or continuation token (see `errors`)"),
        (ErrorCodes.Unauthenticated, 401, "no bearer token, or one that is not valid"),
        (ErrorCodes.Forbidden, 403, "the caller has no allowed role in this clinic"),
        (ErrorCodes.ClinicNotFound, 404, "the clinic is not registered"),
        (ErrorCodes.ClientNotFound, 404, "a patient asked for another client's packages (nothing about that client is revealed)"),
        (ErrorCodes.RouteNotFound, 404, "no function answers this path (local host; see below for the Functions host)"),
        (ErrorCodes.MethodNotAllowed, 405, "the path does not answer this method (local host)"),
        (ErrorCodes.UriTooLong, 414, "path and query over 8 KB (local host)"),
        (ErrorCodes.HeadersTooLarge, 431, "request headers over 32 KB (local host)"),
        (ErrorCodes.BadRequest, 400, "malformed at the HTTP level (local host)"),
        (ErrorCodes.HttpError, 500, "any other refusal of the host before a function runs (local host)"),
        (ErrorCodes.OfferNotFound, 404, "no such offer in this clinic"),
        (ErrorCodes.PackageNotFound, 404, "no such package in this clinic (another clinic's package is never revealed)"),
        (ErrorCodes.RedemptionNotFound, 404, "no redemption for that appointment on this package"),
        (ErrorCodes.PackageNotPaid, 409, "the package is locked until what is applied covers the price"),
        (ErrorCodes.InstallmentNotCovered, 409, "installments: payments so far do not cover another session"),
        (ErrorCodes.PackageExpired, 409, "past the end of the package's last day (clinic time)"),
        (ErrorCodes.PackageCancelled, 409, "the package was cancelled"),
        (ErrorCodes.PackageDeleted, 409, "the sale was deleted as a mistake (also the dead-letter reason of a payment for it)"),
        (ErrorCodes.PackageHasRedemptions, 409, "delete refused: sessions are in use (a sale made by mistake has none); reverse them first, or cancel the package"),
        (ErrorCodes.PackageHasPayments, 409, "delete refused: a payment is applied; unapply it first, or cancel the package"),
        (ErrorCodes.NoRedeemablePackage, 409, "the client has no paid, unexpired package with a session left for that service"),
        (ErrorCodes.PackageExhausted, 409, "every session has been used"),
        (ErrorCodes.ServiceLimitReached, 409, "the per-service-type cap for that service is used up"),
        (ErrorCodes.ClientNotBeneficiary, 422, "the client served neither owns the package nor is one of its beneficiaries"),
        (ErrorCodes.ClientLimitReached, 409, "the client used the package's limit of sessions per client"),
        (ErrorCodes.BeneficiaryLimitReached, 409, "the package is shared with as many clients as its offer allows (or with none)"),
        (ErrorCodes.NotEnoughSessions, 409, "fewer unused sessions are left than asked to move"),
        (ErrorCodes.PackageRefunded, 409, "the package was refunded and closed; a refund cannot be undone (a payment message for it is dead-lettered)"),
        (ErrorCodes.NothingToRefund, 409, "nothing was paid for the package: cancel or delete it instead"),
        (ErrorCodes.PackageFrozen, 409, "the package is frozen today: usable again after the freeze, or once staff end it"),
        (ErrorCodes.FreezeNotOffered, 422, "the package's offer allows no freezing (maxFreezeDaysPerYear 0)"),
        (ErrorCodes.FreezeOverlaps, 409, "the package is already frozen on some of those days"),
        (ErrorCodes.FreezeLimitReached, 422, "the freeze would pass the offer's frozen days in a calendar year"),
        (ErrorCodes.TooManyFreezes, 422, "the package holds as many freezes as one package may"),
        (ErrorCodes.FreezeNotFound, 404, "no freeze of the package begins on that day"),
        (ErrorCodes.MembershipNotFound, 404, "no membership with this id in this clinic"),
        (ErrorCodes.OfferIsMembership, 422, "the offer is a membership plan: enrol the client (POST memberships) instead of selling it"),
        (ErrorCodes.OfferNotMembership, 422, "the offer is a package, not a membership plan: sell it instead"),
        (ErrorCodes.MembershipPastDue, 409, "a period of the membership is unpaid after the clinic's grace: its sessions are refused until it is paid"),
        (ErrorCodes.MembershipEnded, 409, "the membership has ended: nothing to cancel, resume or use"),
        (ErrorCodes.ManagedByMembership, 422, "the package is a period of a membership: use the membership's routes (or one that does not change its dates or owner)"),
        (ErrorCodes.RefundAbovePolicy, 422, "staff may lower a refund below the policy's amount, not raise it"),
        (ErrorCodes.RefundNotRequested, 409, "payment-refunded for a package with no refund requested (dead-lettered)"),
        (ErrorCodes.OfferNotSoldOnline, 422, "the offer is sold by the clinic's staff only, not online"),
        (ErrorCodes.TooManyUnpaidPurchases, 409, "the patient has as many online purchases awaiting payment as the clinic allows"),
        (ErrorCodes.PurchaseLapsed, 409, "a payment for an online purchase cancelled unpaid (dead-lettered: refund it)"),
        (ErrorCodes.TransferLimitReached, 409, "sessions of this package were moved out as many times as allowed"),
        (ErrorCodes.OfferArchived, 409, "the offer can no longer be sold"),
        (ErrorCodes.ConcurrencyConflict, 409, "the package kept changing under the request; retry"),
        (ErrorCodes.AppointmentAlreadyRedeemed, 409, "the appointment already used a session of another package (named in `detail`); reverse it there first"),
        (ErrorCodes.ImportConflict, 409, "import row: this `externalReference` was imported before with different content; nothing changed"),
        (ErrorCodes.ServiceNotEligible, 422, "the package does not cover that service type"),
        (ErrorCodes.CurrencyMismatch, 422, "a payment in another currency than the package's price"),
        (ErrorCodes.AmountOutOfRange, 422, "a payment would bring what the package holds above 10^12 minor units (dead-letter reason)"),
        (ErrorCodes.TooManyPayments, 422, "the package already holds 100 payment lines (dead-letter reason)"),
        (ErrorCodes.PaymentAmountMismatch, 422, "a payment id already recorded with another amount (dead-letter reason; the detail names both amounts)"),
        (ErrorCodes.DuplicateRow, 400, "import row: the same `externalReference` appears earlier in the request (the row number is in `detail`)"),
        (ErrorCodes.IdempotencyKeyReused, 422, "the Idempotency-Key was used for a different request"),
        (ErrorCodes.IdempotencyRequestInProgress, 409, "a request with this Idempotency-Key (same caller) is still running; retry after `Retry-After` to receive its response"),
        (ErrorCodes.AuthNotConfigured, 503, "the API has no token authority configured (`Auth__authority`); payments and timers still run"),
        (ErrorCodes.EventBacklog, 503, "the package has 250 events waiting for the events topic; changes resume once they are sent (`Retry-After: 60`); payments are still recorded (up to 1,000)"),
        (ErrorCodes.ServiceUnavailable, 503, "a dependency stayed unavailable or throttled after the retries (`Retry-After`)"),
        (ErrorCodes.InternalError, 500, "unexpected; nothing about internals is returned"),
    ];

    public static int StatusOf(string code) => All.First(p => p.Code == code).Status;

    public static string MeaningOf(string code) => All.First(p => p.Code == code).Meaning;
}
