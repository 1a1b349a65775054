namespace Packages.Domain.Packages;

public sealed partial class Package
{
    /// <summary>Marks an active package whose expiry has passed as expired. Returns whether it changed.</summary>
    public bool ExpireIfDue(DateTimeOffset now)
    {
        if (Status != PackageStatus.Active || !IsPastExpiry(now))
        {
            return false;
        }

        Status = PackageStatus.Expired;
        return true;
    }
}
