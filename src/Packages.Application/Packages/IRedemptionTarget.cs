using Packages.Application.Ports;
using Packages.Domain.Common;
using Packages.Domain.Packages;

namespace Packages.Application.Packages;

/// <summary>
/// How one kind of redemption request finds its package: a named package, or the client's best package.
/// <see cref="AppointmentRedemption"/> does the rest, the same way for both.
/// </summary>
public interface IRedemptionTarget
{
    /// <summary>The package to redeem on now, the receipt when the appointment already used one, or a refusal.</summary>
    Task<TargetChoice> ChooseAsync(DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Whether the appointment, already claimed by <paramref name="claimed"/>, may use that package instead.</summary>
    bool MayHonour(Package claimed);

    /// <summary>The answer when the appointment already used a session of <paramref name="package"/>.</summary>
    Result<Receipt> AlreadyRedeemed(Package package, Receipt receipt);
}

/// <summary>Exactly one of: a package to redeem on, the receipt of an earlier redemption, a refusal.</summary>
public sealed record TargetChoice(Versioned<Package>? Package, Receipt? Existing = null, DomainError? Refusal = null)
{
    public static TargetChoice Use(Versioned<Package> package) => new(package);

    public static TargetChoice AlreadyRedeemed(Receipt receipt) => new(null, receipt);

    public static TargetChoice Refuse(DomainError error) => new(null, null, error);
}
