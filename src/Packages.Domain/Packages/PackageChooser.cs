using Packages.Domain.Common;

namespace Packages.Domain.Packages;

/// <summary>
/// Which of a client's packages pays for an appointment when staff name only the client and service:
/// among those that could redeem it now, the nearest expiry first (never-expiring last), then the
/// oldest purchase, then the id, so the choice is always the same for the same packages.
/// </summary>
public static class PackageChooser
{
    public static Result<Package> Choose(IEnumerable<Package> packages, string serviceType, DateTimeOffset now) =>
        packages.Where(p => p.CheckRedemption(serviceType, now) is null)
                .OrderBy(p => p.ExpiresAt ?? DateTimeOffset.MaxValue)
                .ThenBy(p => p.PurchasedAt)
                .ThenBy(p => p.Id, StringComparer.Ordinal)
                .FirstOrDefault() is { } chosen
            ? chosen
            : PackageErrors.NoRedeemablePackage;
}
