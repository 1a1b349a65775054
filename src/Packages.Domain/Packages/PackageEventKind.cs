namespace Packages.Domain.Packages;

public enum PackageEventKind
{
    Sold,
    Imported,
    PaymentApplied,
    PaymentUnapplied,
    Redeemed,
    SessionReturned,
    SessionForfeited,
    ExpiryChanged,
    Expired,
    Cancelled,
    Deleted,
}
