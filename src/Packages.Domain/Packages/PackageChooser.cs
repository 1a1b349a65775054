using Packages.Domain.Common;

namespace Packages.Domain.Packages;

/// <summary>
/// Which package pays for a client's appointment when staff name only the client and service: among the packages
/// the client owns or shares that could redeem it for them now, the nearest expiry first (never-expiring last), then the
/// oldest purchase, then the id, so the choice is always the same for the same packages.
/// </summary>
public static class PackageChooser
{
    public static Result<Package> Choose(IEnumerable<Package> packages, string clientId, string serviceType, DateTimeOffset now) =>
        // A membership's sessions are used through the membership (it refuses them while a period is past due).
        packages.Where(p => p.Membership is null && p.CheckRedemption(clientId, serviceType, now) is null)
                .OrderBy(p => p.ExpiresAt ?? DateTimeOffset.MaxValue)
                .ThenBy(p => p.PurchasedAt)
                .ThenBy(p => p.Id, StringComparer.Ordinal)
                .FirstOrDefault() is { } chosen
            ? chosen
            : PackageErrors.NoRedeemablePackage;
}
