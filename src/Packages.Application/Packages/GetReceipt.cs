using Packages.Domain.Common;
using Packages.Domain.Packages;

namespace Packages.Application.Packages;

/// <summary>The insurance-friendly receipt of one redeemed appointment, naming the client served.</summary>
public sealed class GetReceipt(GetPackage getPackage)
{
    public async Task<Result<Receipt>> ExecuteAsync(
        string clinicId, string packageId, string appointmentId, ClientScope scope, CancellationToken cancellationToken)
    {
        var package = await getPackage.ExecuteAsync(clinicId, packageId, scope, cancellationToken);
        if (!package.IsSuccess)
        {
            return package.Error!;
        }

        // A beneficiary reads the receipts of their own appointments, not those of the rest of the family.
        return package.Value.RedemptionFor(appointmentId) is { } redemption && scope.SeesReceipt(package.Value, package.Value.ReceiptFor(redemption))
            ? package.Value.ReceiptFor(redemption)
            : PackageErrors.RedemptionNotFound(appointmentId);
    }
}
