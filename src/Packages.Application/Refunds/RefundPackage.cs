using Packages.Application.Packages;
using Packages.Application.Ports;
using Packages.Domain.Common;
using Packages.Domain.Packages;

namespace Packages.Application.Refunds;

public sealed record RefundPackageCommand(string ClinicId, string PackageId, long? LowerToMinor, string? Reason, Actor Actor);

/// <summary>
/// Quotes a refund by the package's policy, and requests it: one conditional write that closes the package and raises
/// refund-requested with the exact amount (docs/rules.md, "Refunds"). Repeating it changes nothing.
/// </summary>
public sealed class RefundPackage(IPackageStore packages, PackageUpdater updater, TimeProvider time)
{
    public async Task<Result<RefundQuote>> QuoteAsync(string clinicId, string packageId, CancellationToken cancellationToken) =>
        Identifiers.IsValid(packageId) && await packages.FindAsync(clinicId, packageId, cancellationToken) is { } stored
            ? stored.Value.QuoteRefund(time.GetUtcNow())
            : PackageErrors.NotFound(packageId);

    public async Task<Result<Package>> ExecuteAsync(RefundPackageCommand command, CancellationToken cancellationToken)
    {
        // Sessions received by a move were paid by the package they came from: while that one is not fully paid (its
        // payment taken back), their money is not held, so no cash refund of them.
        if (Identifiers.IsValid(command.PackageId) && await packages.FindAsync(command.ClinicId, command.PackageId, cancellationToken) is { Value.TransferredFrom: { } sourceId } received
            && received.Value.Status != PackageStatus.Refunded
            && await packages.FindAsync(command.ClinicId, sourceId, cancellationToken) is { Value: { IsFullyPaid: false } source })
        {
            return PackageErrors.SourceNotPaid(sourceId, source.AmountDue);
        }

        return await updater.ApplyAsync(command.ClinicId, command.PackageId, package =>
            package.RequestRefund(command.LowerToMinor, command.Reason, command.Actor, time.GetUtcNow()), cancellationToken);
    }
}
