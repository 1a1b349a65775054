namespace Packages.Domain.Common;

/// <summary>
/// Every problem code the service answers or dead-letters with, defined once: the errors use these, and the
/// catalog of statuses and meanings (docs/problems.md, the OpenAPI ProblemCode enum) is keyed by them.
/// </summary>
public static class ErrorCodes
{
    public const string ValidationFailed = "validation-failed";

    public const string Unauthenticated = "unauthenticated";

    public const string Forbidden = "forbidden";

    public const string ClinicNotFound = "clinic-not-found";

    public const string ClientNotFound = "client-not-found";

    public const string RouteNotFound = "route-not-found";

    public const string MethodNotAllowed = "method-not-allowed";

    public const string UriTooLong = "uri-too-long";

    public const string HeadersTooLarge = "headers-too-large";

    public const string BadRequest = "bad-request";

    public const string HttpError = "http-error";

    public const string OfferNotFound = "offer-not-found";

    public const string PackageNotFound = "package-not-found";

    public const string RedemptionNotFound = "redemption-not-found";

    public const string PackageNotPaid = "package-not-paid";

    public const string InstallmentNotCovered = "installment-not-covered";

    public const string PackageExpired = "package-expired";

    public const string PackageCancelled = "package-cancelled";

    public const string PackageDeleted = "package-deleted";

    public const string PackageHasPayments = "package-has-payments";

    public const string PackageHasRedemptions = "package-has-redemptions";

    public const string NoRedeemablePackage = "no-redeemable-package";

    public const string PackageExhausted = "package-exhausted";

    public const string ServiceLimitReached = "service-limit-reached";

    public const string ClientNotBeneficiary = "client-not-beneficiary";

    public const string ClientLimitReached = "client-limit-reached";

    public const string BeneficiaryLimitReached = "beneficiary-limit-reached";

    public const string NotEnoughSessions = "not-enough-sessions";

    public const string TransferLimitReached = "transfer-limit-reached";

    public const string OfferArchived = "offer-archived";

    public const string PackageRefunded = "package-refunded";

    public const string NothingToRefund = "nothing-to-refund";

    public const string PackageFrozen = "package-frozen";

    public const string FreezeNotOffered = "freeze-not-offered";

    public const string FreezeOverlaps = "freeze-overlaps";

    public const string FreezeLimitReached = "freeze-limit-reached";

    public const string TooManyFreezes = "too-many-freezes";

    public const string FreezeNotFound = "freeze-not-found";

    public const string MembershipNotFound = "membership-not-found";

    public const string OfferIsMembership = "offer-is-membership";

    public const string OfferNotMembership = "offer-not-membership";

    public const string MembershipPastDue = "membership-past-due";

    public const string MembershipEnded = "membership-ended";

    public const string ManagedByMembership = "managed-by-membership";

    public const string RefundAbovePolicy = "refund-above-policy";

    public const string RefundNotRequested = "refund-not-requested";

    public const string OfferNotSoldOnline = "offer-not-sold-online";

    public const string TooManyUnpaidPurchases = "too-many-unpaid-purchases";

    public const string PurchaseLapsed = "purchase-lapsed";

    public const string ConcurrencyConflict = "concurrency-conflict";

    public const string AppointmentAlreadyRedeemed = "appointment-already-redeemed";

    public const string ImportConflict = "import-conflict";

    public const string ServiceNotEligible = "service-not-eligible";

    public const string CurrencyMismatch = "currency-mismatch";

    public const string AmountOutOfRange = "amount-out-of-range";

    public const string TooManyPayments = "too-many-payments";

    public const string PaymentAmountMismatch = "payment-amount-mismatch";

    public const string DuplicateRow = "duplicate-row";

    public const string IdempotencyKeyReused = "idempotency-key-reused";

    public const string IdempotencyRequestInProgress = "idempotency-request-in-progress";

    public const string AuthNotConfigured = "auth-not-configured";

    public const string EventBacklog = "event-backlog";

    public const string ServiceUnavailable = "service-unavailable";

    public const string InternalError = "internal-error";
}
